import type { RelayStore } from '../store/relayStore';

/** Acknowledged positions, kept in memory and written in one transaction every `everyMs`. */
export function coalescedAcks(store: RelayStore, everyMs: number) {
  const agents = new Map<string, { agent: string; conversation: string; seq: number }>();
  const customers = new Map<string, { customer: string; conversation: string; seq: number }>();
  const flush = () => {
    if (agents.size === 0 && customers.size === 0) return;
    const a = [...agents.values()];
    const c = [...customers.values()];
    agents.clear();
    customers.clear();
    store.db.transaction(() => {
      for (const x of a) store.ackAgent(x.agent, x.conversation, x.seq);
      for (const x of c) store.ackCustomer(x.customer, x.conversation, x.seq);
    })();
  };
  const timer = setInterval(flush, everyMs);
  timer.unref();
  const keep = <T extends { seq: number }>(m: Map<string, T>, key: string, v: T) => {
    const old = m.get(key);
    if (!old || old.seq < v.seq) m.set(key, v);
  };
  return {
    agent: (agent: string, conversation: string, seq: number) => keep(agents, `${agent}\u0000${conversation}`, { agent, conversation, seq }),
    customer: (customer: string, conversation: string, seq: number) => keep(customers, `${customer}\u0000${conversation}`, { customer, conversation, seq }),
    flush,
    stop: () => clearInterval(timer),
  };
}
