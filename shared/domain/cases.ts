import type { Channel, SlaTargets } from './channels';

export const CASE_STATUSES = ['open', 'waiting', 'resolved'] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

/** Ordered from most to least pressing; the index is the rank stored in the database. */
export const PRIORITIES = ['urgent', 'high', 'normal', 'low'] as const;
export type Priority = (typeof PRIORITIES)[number];

export function priorityRank(priority: Priority): number {
  return PRIORITIES.indexOf(priority);
}

export function priorityFromRank(rank: number): Priority {
  const p = PRIORITIES[rank];
  if (!p) throw new RangeError(`unknown priority rank ${rank}`);
  return p;
}

/** When the first answer is due: the moment the customer started waiting plus the channel's target. */
export function slaDueAt(channel: Channel, waitingSince: number, targets: SlaTargets): number {
  return waitingSince + targets[channel] * 1000;
}

export type SlaState = 'none' | 'ok' | 'soon' | 'breached';

/** 'soon' when less than a fifth of the target (at least one minute) remains. */
export function slaState(dueAt: number | null, now: number, targetSeconds: number): SlaState {
  if (dueAt === null) return 'none';
  const left = dueAt - now;
  if (left < 0) return 'breached';
  const soonWindow = Math.max(60_000, targetSeconds * 1000 * 0.2);
  return left <= soonWindow ? 'soon' : 'ok';
}
