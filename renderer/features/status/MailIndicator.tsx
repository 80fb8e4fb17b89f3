import type { MessageKey } from '../../i18n/en';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** The mailboxes' state: syncing with progress, up to date, or offline and why; a click checks now. */
export function MailIndicator() {
  const t = useT();
  const statuses = useAppStore((s) => s.mailStatus);
  const syncMail = useAppStore((s) => s.syncMail);
  if (statuses.length === 0) return null;
  const worst = statuses.find((s) => s.state === 'offline') ?? statuses.find((s) => s.state === 'syncing' || s.state === 'connecting') ?? statuses[0]!;
  const progress = worst.progress && worst.progress.total > 0 ? ` · ${t('mail.progress', { folder: worst.progress.folder, done: worst.progress.done, total: worst.progress.total })}` : '';
  const problem = worst.problem ? t(`mail.problem.${worst.problem.kind}` as MessageKey) : '';
  return (
    <button type="button" className={`mail-indicator mail-${worst.state}`} data-testid="mail-state" data-state={worst.state} title={problem || t('mail.syncNow')} onClick={() => void syncMail()}>
      {t(`mail.state.${worst.state}` as MessageKey)}
      {progress}
    </button>
  );
}
