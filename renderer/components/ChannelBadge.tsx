import type { Channel } from '../../shared/domain/channels';
import { useT } from './useT';

const ICON: Record<Channel, string> = { email: '✉', chat: '💬', phone: '☎', sms: '✆', walkin: '🏬' };

export function ChannelBadge({ channel }: { channel: Channel }) {
  const t = useT();
  return (
    <span className={`channel channel-${channel}`} title={t(`channel.${channel}`)}>
      <span aria-hidden="true">{ICON[channel]}</span> {t(`channel.${channel}`)}
    </span>
  );
}
