import { useEffect } from 'react';
import { useT } from '../../components/useT';
import { isOnline } from '../../store/connectionSlice';
import { useAppStore } from '../../store/useAppStore';

/** Online/offline and the outbox count, always in view. */
export function StatusIndicator() {
  const t = useT();
  const link = useAppStore((s) => s.link);
  const browserOnline = useAppStore((s) => s.browserOnline);
  const online = useAppStore(isOnline);
  const outbox = useAppStore((s) => s.status.outboxPending);
  const setBrowserOnline = useAppStore((s) => s.setBrowserOnline);

  useEffect(() => {
    const update = () => setBrowserOnline(navigator.onLine);
    update();
    window.addEventListener('online', update);
    window.addEventListener('offline', update);
    return () => {
      window.removeEventListener('online', update);
      window.removeEventListener('offline', update);
    };
  }, [setBrowserOnline]);

  const label = online ? t('link.up') : !browserOnline ? t('link.browserOffline') : t(`link.${link}`);
  return (
    <div className="status-indicator" role="status" aria-live="polite">
      <span className={`dot ${online ? 'online' : 'offline'}`} aria-hidden="true" />
      <span data-testid="link-state">{label}</span>
      <span className={`outbox${outbox > 0 ? ' pending' : ''}`} title={t('status.outboxTitle')} data-testid="outbox-count">
        {t('status.outbox', { count: outbox })}
      </span>
    </div>
  );
}
