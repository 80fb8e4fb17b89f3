import type { AppStatus } from '../../../shared/contract/api';
import type { EventHub } from '../events/eventHub';
import type { Repositories } from '../store/repositories';

/**
 * The one place that says whether Växel is online and how much waits in the outbox. The mail
 * and chat services each report their own state; this combines them (online only when every
 * channel is) and emits `statusChanged` once per real change, so the top bar no longer flips
 * between the mail service's idea of "online" and the chat service's.
 */
export function createStatusAggregator(d: { events: EventHub; repos: Pick<Repositories, 'outbox'>; online(): boolean }) {
  let last: string | null = null;
  const current = (): AppStatus => ({ outboxPending: d.repos.outbox.pendingCount(), online: d.online() });
  const refresh = () => {
    const s = current();
    const key = `${s.outboxPending}:${s.online}`;
    if (key === last) return;
    last = key;
    d.events.emit('statusChanged', s);
  };
  // what can change the status: a channel's state, and anything that queues or sends (cases change with it)
  const stop = d.events.subscribe((name) => {
    if (name === 'mailStatusChanged' || name === 'chatStatusChanged' || name === 'casesChanged') refresh();
  });
  return { current, refresh, stop };
}
export type StatusAggregator = ReturnType<typeof createStatusAggregator>;
