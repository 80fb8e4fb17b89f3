import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** A colleague's change won over this agent's on the open case: say so once, plainly. */
export function ConflictNotice({ caseId }: { caseId: string }) {
  const t = useT();
  const conflict = useAppStore((s) => s.conflict);
  const dismiss = useAppStore((s) => s.dismissConflict);
  if (!conflict || conflict.caseId !== caseId) return null;
  const value = conflict.field === 'status' ? t(`status.${conflict.value as 'open'}`) : String(conflict.value ?? '–');
  const text =
    conflict.field === 'status' && conflict.value === 'resolved'
      ? t('team.conflict.resolved', { by: conflict.by })
      : t('team.conflict.other', { by: conflict.by, field: t(`team.field.${conflict.field}`), value });
  return (
    <div className="conflict-notice" role="alert" data-testid="conflict-notice">
      {text}{' '}
      <button type="button" className="link" onClick={dismiss}>
        {t('team.conflict.dismiss')}
      </button>
    </div>
  );
}
