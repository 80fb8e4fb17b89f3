/**
 * "Maja is viewing", "Ali is replying", "Ali is writing a note": what each agent does on a shared
 * case, through the relay (it is fleeting, so it does not belong in the mailbox's log). This
 * laptop repeats its own activity as a heartbeat; the relay lets an entry expire after 30 s.
 * Without a relay there is no presence, and the log still carries who owns what.
 */
import type { CaseActivity } from '../../../shared/contract/relayProtocol';
import type { EventHub } from '../events/eventHub';
import type { Repositories } from '../store/repositories';

export const ACTIVITY_HEARTBEAT_MS = 10_000;

export interface TeamActivity {
  caseId: string;
  name: string;
  activity: CaseActivity['activity'];
  at: number;
}

interface PresenceDeps {
  repos: Repositories;
  events: EventHub;
  chat: { sendActivity(caseKey: string | null, activity: CaseActivity['activity'] | null): boolean; status(): { me: { id: string } | null } };
  keyOf(caseId: string): string;
  heartbeatMs?: number;
}

export function createTeamPresence(d: PresenceDeps) {
  let mine: { caseKey: string; activity: CaseActivity['activity'] } | null = null;
  let board: CaseActivity[] = [];
  const heartbeat = setInterval(() => {
    if (mine) d.chat.sendActivity(mine.caseKey, mine.activity);
  }, d.heartbeatMs ?? ACTIVITY_HEARTBEAT_MS);
  heartbeat.unref();

  /** The board as the window shows it: local cases, colleagues only. */
  function view(): TeamActivity[] {
    const me = d.chat.status().me?.id;
    return board.flatMap((e) => {
      if (e.agent.id === me) return [];
      const row = d.repos.cases.bySharedKey(e.caseKey);
      return row ? [{ caseId: row.id, name: e.agent.name, activity: e.activity, at: e.at }] : [];
    });
  }

  return {
    /** What this agent does now on a case (null: nothing, or the case was closed). */
    set(caseId: string | null, activity: CaseActivity['activity'] | null): void {
      mine = caseId && activity ? { caseKey: d.keyOf(caseId), activity } : null;
      d.chat.sendActivity(mine?.caseKey ?? null, mine?.activity ?? null);
    },
    received(entries: CaseActivity[]): void {
      board = entries;
      d.events.emit('teamActivity', view());
    },
    view,
    stop: () => clearInterval(heartbeat),
  };
}
export type TeamPresence = ReturnType<typeof createTeamPresence>;
