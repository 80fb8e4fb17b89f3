import { shiftDays } from '../../shared/domain/calendar';
import type { ConversationInfo } from '../../shared/contract/relayProtocol';
import type { RelayDb } from './relayStore';
import { CONVERSATION_SELECT, toConversation, type ConversationRow } from './rows';

/** How far back a laptop new to the relay is told of chats it never saw, and how long a read position of a closed one is kept. */
export const BACKLOG_DAYS = 30;

/** The backlog's statement: the candidates by three index look-ups, then what has news (agentBacklog.test.ts reads its plan). */
export const UNSEEN_SQL = `WITH candidates(id) AS (
     SELECT id FROM conversations WHERE state IN ('queued', 'active')
     UNION SELECT id FROM conversations WHERE state = 'closed' AND created_at >= @since
     UNION SELECT conversation_id FROM agent_cursors WHERE agent_id = @agent)
   ${CONVERSATION_SELECT.replace('SELECT v.*', 'SELECT v.*, coalesce(k.seq, 0) AS cursor').replace('FROM conversations v', 'FROM candidates JOIN conversations v ON v.id = candidates.id')}
   LEFT JOIN agent_cursors k ON k.conversation_id = v.id AND k.agent_id = @agent
   WHERE v.last_seq > coalesce(k.seq, 0) AND (k.seq IS NOT NULL OR v.created_at >= @since OR v.state <> 'closed') ORDER BY v.created_at`;

/**
 * What an agent's laptop has not acknowledged, told when it connects: every open conversation, the
 * closed ones of the last BACKLOG_DAYS, and any the agent has a read position in, each with news
 * after that position.
 *
 * Read as one union of three index look-ups, not by a filter over every conversation: measured
 * 2026-12-05 with 100,000 closed chats, the filter took 130 ms per hello (every chat line of every
 * customer waiting meanwhile). The read positions grow with the history, so those of conversations
 * closed BACKLOG_DAYS ago and read to their end are forgotten (forgetReadPositions, hourly): a line
 * written after that into such a conversation still reaches every laptop connected, and a laptop
 * that connects later no longer hears of it, as for a laptop new to the relay.
 */
export function createAgentBacklog(db: RelayDb, timeZone: () => string) {
  const q = {
    unseen: db.prepare<[{ agent: string; since: number }], ConversationRow & { cursor: number }>(UNSEEN_SQL),
    forget: db.prepare<[{ from: number; before: number }]>(
      // by (agent, conversation), the key: the few agents times the conversations that closed in the
      // window. Without INDEXED BY the planner reads every closed conversation by its state.
      `DELETE FROM agent_cursors WHERE agent_id IN (SELECT id FROM agents)
       AND conversation_id IN (SELECT id FROM conversations INDEXED BY conversations_closed WHERE state = 'closed' AND closed_at >= @from AND closed_at < @before)
       AND seq >= (SELECT last_seq FROM conversations v WHERE v.id = agent_cursors.conversation_id)`,
    ),
    forgottenBefore: db.prepare<[], string>("SELECT value FROM relay_settings WHERE key = 'readPositionsForgottenBefore'").pluck(),
    setForgottenBefore: db.prepare<[string]>("INSERT INTO relay_settings (key, value) VALUES ('readPositionsForgottenBefore', ?) ON CONFLICT DO UPDATE SET value = excluded.value"),
  };
  const forget = db.transaction((before: number): number => {
    const from = Number(q.forgottenBefore.get() ?? 0);
    // a clock set back does not forget twice, nor go back over what it forgot
    if (!(before > from)) return 0;
    const n = q.forget.run({ from, before }).changes;
    q.setForgottenBefore.run(String(before));
    return n;
  });
  return {
    unseenFor(agentId: string, now: number): Array<{ conversation: ConversationInfo; cursor: number }> {
      return q.unseen.all({ agent: agentId, since: shiftDays(now, -BACKLOG_DAYS, timeZone()) }).map((r) => ({ conversation: toConversation(r), cursor: r.cursor }));
    },
    /**
     * Forget read positions of conversations closed before BACKLOG_DAYS ago and read to their end,
     * each closing looked at once (from where the last call stopped); returns how many.
     */
    forgetReadPositions: (now: number): number => forget(shiftDays(now, -BACKLOG_DAYS, timeZone())),
  };
}
