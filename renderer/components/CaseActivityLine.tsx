import { useT } from './useT';
import { useAppStore } from '../store/useAppStore';

/** "Maja tittar på ärendet · Ali svarar": colleagues on this case now (from the relay). */
export function CaseActivityLine({ caseId, compact = false }: { caseId: string; compact?: boolean }) {
  const t = useT();
  const activity = useAppStore((s) => s.activity);
  const here = activity.filter((a) => a.caseId === caseId);
  if (here.length === 0) return null;
  return (
    <span className={compact ? 'case-activity compact' : 'case-activity'} data-testid="case-activity" aria-live="polite">
      {here.map((a) => t(`team.activity.${a.activity}`, { name: a.name })).join(' · ')}
    </span>
  );
}
