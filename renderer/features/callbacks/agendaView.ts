import type { Callback } from '../../../shared/contract/api';

/**
 * What the agenda shows: calls from the shop's today on (and older ones still to make), mine
 * only when asked (mine is assigned to me: a call nobody has taken is the shop's, not mine),
 * split into the overdue and the rest.
 */
export function agendaView(agenda: Callback[], o: { whose: 'mine' | 'shop'; me: string; from: number; now: number }) {
  const shown = agenda
    .filter((c) => c.status !== 'cancelled')
    .filter((c) => c.dueAt >= o.from || c.status === 'booked' || c.status === 'missed')
    .filter((c) => o.whose === 'shop' || (!!o.me && c.assignee === o.me));
  const overdue = shown.filter((c) => (c.status === 'booked' && c.dueAt < o.now) || c.status === 'missed');
  return { overdue, upcoming: shown.filter((c) => !overdue.includes(c)) };
}

/** The status word of a call: a made call says how it went ("not reached" is no "done"). */
export const statusKey = (c: Pick<Callback, 'status' | 'outcome'>) => (c.status === 'done' && c.outcome ? `callbacks.outcome.${c.outcome}` : `callbacks.status.${c.status}`);
