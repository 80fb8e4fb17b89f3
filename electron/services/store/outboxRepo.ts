import type { Db } from './database';

export type OutboxState = 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'held';

/** Why an e-mail was held before it left (see mail/threadGuard.ts). */
export interface HeldReason {
  kind: 'newerCustomerMessage' | 'colleagueReplied' | 'answered' | 'claimed';
  /** The colleague, where known. */
  by: string | null;
  at: number | null;
}

export interface OutboxRow {
  id: number;
  uid: string;
  case_id: string | null;
  message_id: number | null;
  channel: string;
  account_id: string | null;
  payload: string;
  state: OutboxState;
  attempts: number;
  not_before: number;
  last_error: string | null;
  created_at: number;
  updated_at: number;
  held_reason: string | null;
}

export interface NewOutboxItem {
  uid: string;
  caseId: string | null;
  messageId: number | null;
  channel: string;
  accountId: string | null;
  payload: unknown;
  notBefore: number;
  now: number;
}

/**
 * What waits to go out. A row is written in the same transaction as the message it sends, before
 * any attempt; its state moves queued → sending → sent (or failed → sending again, or cancelled
 * while the undo window is open). 'sending' is written before the network is touched, so after a
 * crash the sender knows an attempt may have gone out and checks before trying again.
 */
export function createOutboxRepo(db: Db) {
  const pending = db.prepare<[], number>("SELECT count(*) FROM outbox WHERE state IN ('queued', 'sending', 'failed')").pluck();
  const insert = db.prepare(`INSERT INTO outbox (uid, case_id, message_id, channel, account_id, payload, state, attempts, not_before, created_at, updated_at)
    VALUES (@uid, @caseId, @messageId, @channel, @accountId, @payload, 'queued', 0, @notBefore, @now, @now)`);
  const byUid = db.prepare<[string], OutboxRow>('SELECT * FROM outbox WHERE uid = ?');
  const due = db.prepare<[string, number], OutboxRow>(
    "SELECT * FROM outbox WHERE channel = ? AND state IN ('queued', 'sending', 'failed') AND not_before <= ? ORDER BY not_before, id LIMIT 50",
  );
  const inOrder = db.prepare<[string], OutboxRow>(
    "SELECT * FROM outbox WHERE channel = ? AND state IN ('queued', 'sending', 'failed') ORDER BY id LIMIT 200",
  );
  const nextDue = db.prepare<[string], number | null>("SELECT min(not_before) FROM outbox WHERE channel = ? AND state IN ('queued', 'sending', 'failed')").pluck();
  const setState = db.prepare(
    'UPDATE outbox SET state = @state, attempts = attempts + @attempt, not_before = coalesce(@notBefore, not_before), last_error = CASE WHEN @setError = 1 THEN @error ELSE last_error END, payload = coalesce(@payload, payload), updated_at = @now WHERE uid = @uid',
  );
  const cancel = db.prepare("UPDATE outbox SET state = 'cancelled', message_id = NULL, held_reason = NULL, updated_at = ? WHERE uid = ? AND state IN ('queued', 'held') AND attempts = 0");
  const hold = db.prepare("UPDATE outbox SET state = 'held', held_reason = ?, updated_at = ? WHERE uid = ? AND state IN ('queued', 'failed')");
  // sent anyway: the agent saw what changed; the guard is not asked again for this e-mail
  const release = db.prepare(
    "UPDATE outbox SET state = 'queued', held_reason = NULL, not_before = ?, payload = json_set(payload, '$.guardOverridden', json('true')), updated_at = ? WHERE uid = ? AND state = 'held'",
  );
  const followUps = db.prepare<[string], OutboxRow>(
    `SELECT * FROM outbox WHERE channel = ? AND state = 'sent'
       AND (json_extract(payload, '$.followUps.sentCopy') = 0 OR json_extract(payload, '$.followUps.answered') = 0) LIMIT 50`,
  );
  const list = db.prepare<[], OutboxRow>("SELECT * FROM outbox WHERE state IN ('queued', 'sending', 'failed') ORDER BY not_before, id");

  const move = (uid: string, state: OutboxState, now: number, o: { attempt?: boolean; notBefore?: number; error?: string | null; payload?: unknown } = {}) =>
    setState.run({
      uid,
      state,
      now,
      attempt: o.attempt ? 1 : 0,
      notBefore: o.notBefore ?? null,
      setError: o.error === undefined ? 0 : 1,
      error: o.error ?? null,
      payload: o.payload === undefined ? null : JSON.stringify(o.payload),
    });

  return {
    pendingCount: (): number => pending.get() ?? 0,
    enqueue(i: NewOutboxItem): void {
      insert.run({ ...i, payload: JSON.stringify(i.payload) });
    },
    get: (uid: string) => byUid.get(uid) ?? null,
    due: (channel: string, now: number) => due.all(channel, now),
    nextDueAt: (channel: string) => nextDue.get(channel) ?? null,
    pending: () => list.all(),
    /** Sent, with the copy in Sent or the \Answered flag still to do. */
    followUpsPending: (channel: string) => followUps.all(channel),
    /** Written before the network is touched. */
    markSending: (uid: string, now: number) => move(uid, 'sending', now, { attempt: true }),
    markSent: (uid: string, now: number, payload?: unknown) => move(uid, 'sent', now, { payload, error: null }),
    /** `payload`, when given, replaces the stored one (it names the problem the window words). */
    markFailed: (uid: string, now: number, error: string, retryAt: number, payload?: unknown) => move(uid, 'failed', now, { error, notBefore: retryAt, payload }),
    updatePayload: (uid: string, state: OutboxState, now: number, payload: unknown) => move(uid, state, now, { payload }),
    /** Only what has not been tried yet can be taken back. */
    cancel: (uid: string, now: number): boolean => cancel.run(now, uid).changes === 1,
    /** What waits to go out on a channel, in the order it was written (due or not). */
    pendingInOrder: (channel: string) => inOrder.all(channel),
    hold: (uid: string, now: number, reason: HeldReason): boolean => hold.run(JSON.stringify(reason), now, uid).changes === 1,
    release: (uid: string, now: number): boolean => release.run(now, now, uid).changes === 1,
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
