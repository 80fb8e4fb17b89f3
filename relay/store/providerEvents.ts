import type { RelayDb } from './relayStore';

export interface ProviderEventRow {
  seq: number;
  provider: string;
  body: string;
  received_at: number;
}

/**
 * Callbacks from a messaging gateway (delivery reports, replies, taps), kept like chat lines: each
 * agent's laptop gets every one after its own cursor and acknowledges it, so a laptop that was
 * closed catches up when it connects.
 */
export function createProviderEvents(db: RelayDb) {
  const q = {
    add: db.prepare('INSERT OR IGNORE INTO provider_events (provider, nonce, body, received_at) VALUES (?, ?, ?, ?)'),
    seen: db.prepare<[string], number>('SELECT count(*) FROM provider_events WHERE nonce = ?').pluck(),
    bySeq: db.prepare<[number], ProviderEventRow>('SELECT seq, provider, body, received_at FROM provider_events WHERE seq = ?'),
    // a laptop new to the relay starts with the last week: older reports are of no use to it
    // from the agent's position on by seq (the table's key), not by a filter over every event kept
    after: db.prepare<[{ agent: string; since: number }], ProviderEventRow>(
      `SELECT seq, provider, body, received_at FROM provider_events
       WHERE seq > coalesce((SELECT seq FROM provider_cursors WHERE agent_id = @agent), 0)
       AND (EXISTS (SELECT 1 FROM provider_cursors WHERE agent_id = @agent) OR received_at >= @since) ORDER BY seq LIMIT 1000`,
    ),
    ack: db.prepare('INSERT INTO provider_cursors (agent_id, seq) VALUES (?, ?) ON CONFLICT DO UPDATE SET seq = max(seq, excluded.seq)'),
    prune: db.prepare('DELETE FROM provider_events WHERE received_at < ?'),
    claimNotice: db.prepare('INSERT OR IGNORE INTO notice_claims (conversation_id, notice, agent_id, at) VALUES (?, ?, ?, ?)'),
    claimedBy: db.prepare<[string, string], string>('SELECT agent_id FROM notice_claims WHERE conversation_id = ? AND notice = ?').pluck(),
    pruneClaims: db.prepare('DELETE FROM notice_claims WHERE at < ?'),
  };
  return {
    /** Keeps a callback; null when its nonce was already used (a replay). */
    add(provider: string, nonce: string, body: string, at: number): ProviderEventRow | null {
      const r = q.add.run(provider, nonce, body, at);
      return r.changes === 1 ? q.bySeq.get(Number(r.lastInsertRowid))! : null;
    },
    seen: (nonce: string) => (q.seen.get(nonce) ?? 0) > 0,
    after: (agentId: string, since: number) => q.after.all({ agent: agentId, since }),
    ack: (agentId: string, seq: number) => void q.ack.run(agentId, seq),
    /** Drops callbacks and notice claims older than this instant (far past any replay window); returns the callbacks dropped. */
    prune: (before: number) => db.transaction(() => (q.pruneClaims.run(before), q.prune.run(before).changes))(),
    /**
     * The right to send one notice (its key names the callback's time, so a moved call is reminded
     * again): true for the first agent who asks, and again for that same agent after a resend.
     */
    claimNotice(conversation: string, notice: string, agentId: string, at: number): boolean {
      q.claimNotice.run(conversation, notice, agentId, at);
      return q.claimedBy.get(conversation, notice) === agentId;
    },
  };
}
export type ProviderEvents = ReturnType<typeof createProviderEvents>;
