import type { Channel } from '../../shared/domain/channels';
import { useT } from './useT';

// Inline SVG: renders the same on every machine, with or without an emoji font.
const PATHS: Record<Channel, string> = {
  email: 'M2 4h12v8H2z M2 4l6 5 6-5',
  chat: 'M2 3h12v8H7l-3 3v-3H2z',
  phone: 'M4 2h3l1 3-2 1a8 8 0 0 0 4 4l1-2 3 1v3a1 1 0 0 1-1 1A12 12 0 0 1 3 3a1 1 0 0 1 1-1z',
  sms: 'M3 2h10v12H3z M6 11h4',
  walkin: 'M2 6l1-3h10l1 3v1H2z M3 7v7h10V7 M6 14v-4h4v4',
};

export function ChannelBadge({ channel }: { channel: Channel }) {
  const t = useT();
  return (
    <span className={`channel channel-${channel}`} title={t(`channel.${channel}`)}>
      <svg className="channel-icon" viewBox="0 0 16 16" width="12" height="12" aria-hidden="true">
        <path d={PATHS[channel]} fill="none" stroke="currentColor" strokeWidth="1.4" strokeLinejoin="round" strokeLinecap="round" />
      </svg>{' '}
      {t(`channel.${channel}`)}
    </span>
  );
}
