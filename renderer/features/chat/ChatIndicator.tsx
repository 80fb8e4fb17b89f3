import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** The chat line in the top bar: connected or not, and the agent's own presence (online / away). */
export function ChatIndicator() {
  const t = useT();
  const status = useAppStore((s) => s.chatStatus);
  const setPresence = useAppStore((s) => s.setChatPresence);
  if (!status?.configured) return null;
  const connected = status.state === 'online';
  const label = connected ? t(`chat.presence.${status.presence}`) : t(`chat.state.${status.state}`);
  return (
    <span className={`chat-indicator ${connected ? 'ok' : 'down'}`} data-testid="chat-indicator" title={status.detail ?? ''}>
      {t('chat.label')}: {label}
      {connected && (
        <button type="button" className="link" onClick={() => void setPresence(status.presence === 'online' ? 'away' : 'online')}>
          {status.presence === 'online' ? t('chat.goAway') : t('chat.goOnline')}
        </button>
      )}
    </span>
  );
}
