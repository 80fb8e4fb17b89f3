/**
 * Who is on which case right now: "Maja is viewing", "Ali is replying", "Ali is writing a note".
 * Each agent's Växel repeats what it is doing every few seconds; an entry not repeated for
 * `ttlMs` has expired (a laptop that went to sleep does not hold a case forever). Kept in memory
 * only: after a relay restart the next heartbeat fills it again.
 */
import type { CaseActivity } from '../../shared/contract/relayProtocol';

export const ACTIVITY_TTL_MS = 30_000;

export function caseActivityBoard(now: () => number, ttlMs = ACTIVITY_TTL_MS) {
  const entries = new Map<string, CaseActivity>();
  return {
    /** What one agent does now (null: nothing); true when the board changed. */
    set(agent: { id: string; name: string }, caseKey: string | null, activity: CaseActivity['activity'] | null): boolean {
      const before = entries.get(agent.id);
      if (!caseKey || !activity) return entries.delete(agent.id);
      entries.set(agent.id, { agent, caseKey, activity, at: now() });
      return before?.caseKey !== caseKey || before.activity !== activity;
    },
    drop: (agentId: string) => entries.delete(agentId),
    /** Entries not repeated for the time to live go; true when any did. */
    prune(): boolean {
      let changed = false;
      for (const [id, e] of entries) if (now() - e.at > ttlMs && entries.delete(id)) changed = true;
      return changed;
    },
    list: (): CaseActivity[] => [...entries.values()].filter((e) => now() - e.at <= ttlMs),
  };
}
export type CaseActivityBoard = ReturnType<typeof caseActivityBoard>;
