import type { CaseSummary } from '../../shared/contract/api';
import { slaState } from '../../shared/domain/cases';
import { formatDuration } from '../../shared/domain/durations';
import { useAppStore } from '../store/useAppStore';
import { useT } from './useT';

/** How long the customer has waited, against the channel's target. */
export function WaitClock({ c, now }: { c: CaseSummary; now: number }) {
  const t = useT();
  const target = useAppStore((s) => s.settings.slaTargets[c.channel]);
  if (c.waitingSince === null || c.slaDueAt === null) return null;
  const state = slaState(c.slaDueAt, now, target);
  const label =
    state === 'breached'
      ? t('queue.overdue', { duration: formatDuration(now - c.slaDueAt) })
      : t('queue.dueIn', { duration: formatDuration(c.slaDueAt - now) });
  return (
    <span className={`wait wait-${state}`} title={t('queue.waited', { duration: formatDuration(now - c.waitingSince) })}>
      {label}
    </span>
  );
}
