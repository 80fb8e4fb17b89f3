import { randomUUID } from 'node:crypto';
import type { Message } from '../../../shared/contract/api';
import type { DeliveryProblem, SmsFailureKind, SmsReceipt } from '../../../shared/contract/schemas';
import type { Channel } from '../../../shared/domain/channels';
import { groupBy } from '../../../shared/domain/groupBy';
import type { Db } from './database';
import { deferredIndex } from './deferredIndex';
import { MESSAGE_SEARCH_ROWS } from './searchIndex';
import type { HeldReason } from './outboxRepo';

interface MessageRow {
  id: number;
  case_id: string;
  direction: 'in' | 'out' | 'note';
  channel: Channel;
  author: string;
  subject: string | null;
  body_text: string;
  created_at: number;
  headers: string | null;
  rfc_message_id: string | null;
  has_html: number;
  outbox_uid: string | null;
  outbox_state: 'queued' | 'sending' | 'sent' | 'failed' | 'cancelled' | 'held' | null;
  outbox_held: string | null;
  outbox_attempts: number | null;
  outbox_not_before: number | null;
  outbox_error: string | null;
  outbox_receipt: SmsReceipt | null;
  outbox_via: 'rcs' | 'sms' | null;
  outbox_failure: SmsFailureKind | null;
  outbox_demo: number | null;
  outbox_problem: DeliveryProblem | null;
}

interface AttachmentRow {
  id: number;
  message_id: number;
  filename: string;
  mime_type: string;
  size: number;
  inline: number;
}

type Addr = { name: string; address: string };

export interface NewMessage {
  caseId: string;
  direction: 'in' | 'out' | 'note';
  channel: Channel;
  author: string;
  subject?: string | null;
  bodyText: string;
  bodyHtml?: string | null;
  headers?: Record<string, unknown> | null;
  rfcMessageId?: string | null;
  accountId?: string | null;
  sourceSha256?: string | null;
  /** A stable id from the channel (chat: 'chat:<conversation>:<clientId>'); random when absent. */
  uid?: string;
  createdAt: number;
}

function emailOf(r: MessageRow): Message['email'] {
  if (r.channel !== 'email' || !r.headers) return null;
  let h: { from?: Addr | null; to?: Addr[]; cc?: Addr[]; replyTo?: Addr | null } = {};
  try {
    h = JSON.parse(r.headers) as typeof h;
  } catch {
    /* damaged headers: the message is still shown */
  }
  return { from: h.from ?? null, to: h.to ?? [], cc: h.cc ?? [], replyTo: h.replyTo ?? null, messageId: r.rfc_message_id };
}

function toMessage(r: MessageRow, attachments: AttachmentRow[] = []): Message {
  return {
    id: r.id,
    caseId: r.case_id,
    direction: r.direction,
    channel: r.channel,
    author: r.author,
    subject: r.subject,
    bodyText: r.body_text,
    createdAt: r.created_at,
    email: emailOf(r),
    hasHtml: r.has_html === 1,
    attachments: attachments.map((a) => ({ id: a.id, filename: a.filename, mimeType: a.mime_type, size: a.size, inline: a.inline === 1 })),
    delivery:
      r.outbox_uid && r.outbox_state
        ? { outboxId: r.outbox_uid, state: r.outbox_state, attempts: r.outbox_attempts ?? 0, notBefore: r.outbox_not_before ?? 0, lastError: r.outbox_error, receipt: r.outbox_receipt ?? null, via: r.outbox_via ?? null, failure: r.outbox_failure ?? null, demo: r.outbox_demo === 1, problem: r.outbox_state === 'failed' ? (r.outbox_problem ?? null) : null, held: r.outbox_held ? (JSON.parse(r.outbox_held) as HeldReason) : null }
        : null,
  };
}

const SELECT_MESSAGE = `SELECT m.id, m.case_id, m.direction, m.channel, m.author, m.subject, m.body_text, m.created_at,
    m.headers, m.rfc_message_id, m.body_html IS NOT NULL AS has_html,
    o.uid AS outbox_uid, o.state AS outbox_state, o.held_reason AS outbox_held, o.attempts AS outbox_attempts, o.not_before AS outbox_not_before,
    coalesce(o.last_error, json_extract(o.payload, '$.failure')) AS outbox_error, json_extract(o.payload, '$.receipt') AS outbox_receipt, json_extract(o.payload, '$.via') AS outbox_via, json_extract(o.payload, '$.failureKind') AS outbox_failure,
    json_extract(o.payload, '$.demo') AS outbox_demo, json_extract(o.payload, '$.problemKind') AS outbox_problem
  FROM messages m LEFT JOIN outbox o ON o.message_id = m.id`;

const NO_OUTBOX = {
  outbox_uid: null,
  outbox_state: null,
  outbox_held: null,
  outbox_attempts: null,
  outbox_not_before: null,
  outbox_error: null,
  outbox_receipt: null,
  outbox_via: null,
  outbox_failure: null,
  outbox_demo: null,
  outbox_problem: null,
} as const;

export function createMessagesRepo(db: Db) {
  const insert = db.prepare(`INSERT INTO messages (uid, case_id, direction, channel, author, subject,
      body_text, body_html, headers, rfc_message_id, account_id, source_sha256, created_at)
    VALUES (@uid, @caseId, @direction, @channel, @author, @subject, @bodyText, @bodyHtml, @headers,
      @rfcMessageId, @accountId, @sourceSha256, @createdAt)`);
  // a new message is indexed for search here, not by a trigger (migration 0016)
  const indexOne = db.prepare<[number, string | null, string]>('INSERT INTO messages_fts(rowid, subject, body_text) VALUES (?, ?, ?)');
  const index = deferredIndex(
    db,
    db.prepare<[], number>('SELECT coalesce(max(id), 0) FROM messages').pluck(),
    db.prepare<[number]>(`${MESSAGE_SEARCH_ROWS} WHERE id > ?`),
  );
  const byCase = db.prepare<[string], MessageRow>(`${SELECT_MESSAGE} WHERE m.case_id = ? ORDER BY m.created_at, m.id`);
  const byId = db.prepare<[number], MessageRow>(`${SELECT_MESSAGE} WHERE m.id = ?`);
  const attachmentsOfCase = db.prepare<[string], AttachmentRow>(
    `SELECT a.id, a.message_id, a.filename, a.mime_type, a.size, a.inline FROM attachments a
     JOIN messages m ON m.id = a.message_id WHERE m.case_id = ? ORDER BY a.id`,
  );
  const attachmentsOfMessage = db.prepare<[number], AttachmentRow>(
    'SELECT id, message_id, filename, mime_type, size, inline FROM attachments WHERE message_id = ? ORDER BY id',
  );
  const raw = db.prepare<[number], { body_html: string | null; headers: string | null; case_id: string; account_id: string | null; rfc_message_id: string | null; subject: string | null; body_text: string; created_at: number; direction: string }>(
    'SELECT body_html, headers, case_id, account_id, rfc_message_id, subject, body_text, created_at, direction FROM messages WHERE id = ?',
  );
  const attachment = db.prepare<[number], { id: number; message_id: number; sha256: string; filename: string; mime_type: string; size: number; content_id: string | null; inline: number }>(
    'SELECT * FROM attachments WHERE id = ?',
  );
  const inlineOf = db.prepare<[number], { sha256: string; mime_type: string; content_id: string }>(
    'SELECT sha256, mime_type, content_id FROM attachments WHERE message_id = ? AND content_id IS NOT NULL',
  );

  const del = db.prepare('DELETE FROM messages WHERE id = ?');
  const setBody = db.prepare('UPDATE messages SET body_text = ? WHERE id = ? AND body_text <> ?');
  const moveAll = db.prepare('UPDATE messages SET case_id = ? WHERE case_id = ?');
  const moveOne = db.prepare('UPDATE messages SET case_id = ? WHERE id = ?');
  const moveOutbox = db.prepare('UPDATE outbox SET case_id = ? WHERE case_id = ?');
  const idByUid = db.prepare<[string], number>('SELECT id FROM messages WHERE uid = ?').pluck();
  const noteById = db.prepare<[number], { uid: string; case_id: string }>("SELECT uid, case_id FROM messages WHERE id = ? AND direction = 'note'");
  const createdAt = db.prepare<[number], number>('SELECT created_at FROM messages WHERE id = ?').pluck();
  const inboundAfter = db.prepare<[string, number], { id: number; created_at: number }>(
    "SELECT id, created_at FROM messages WHERE case_id = ? AND direction = 'in' AND id > ? ORDER BY id LIMIT 1",
  );
  const latestIn = db.prepare<[string], number | null>("SELECT max(created_at) FROM messages WHERE case_id = ? AND direction = 'in'").pluck();

  return {
    remove: (id: number) => void del.run(id),
    /** A note's text after an edit (search follows through the FTS trigger); true when it changed. */
    setBody: (id: number, text: string) => setBody.run(text, id, text).changes === 1,
    /** Every message of one case into another; returns how many moved. */
    moveAll(fromCase: string, toCase: string): number {
      moveOutbox.run(toCase, fromCase);
      return moveAll.run(toCase, fromCase).changes;
    },
    move: (id: number, toCase: string) => void moveOne.run(toCase, id),
    latestInboundAt: (caseId: string) => latestIn.get(caseId) ?? null,
    idByUid: (uid: string): number | null => idByUid.get(uid) ?? null,
    noteById: (id: number) => noteById.get(id) ?? null,
    createdAtOf: (id: number): number | null => createdAt.get(id) ?? null,
    /** The first customer message stored after message `afterId` (row order: arrival here, whatever the clocks say). */
    inboundStoredAfter: (caseId: string, afterId: number) => inboundAfter.get(caseId, afterId) ?? null,
    insert(m: NewMessage): Message {
      const row = {
        uid: m.uid ?? randomUUID(),
        caseId: m.caseId,
        direction: m.direction,
        channel: m.channel,
        author: m.author,
        subject: m.subject ?? null,
        bodyText: m.bodyText,
        bodyHtml: m.bodyHtml ?? null,
        headers: m.headers ? JSON.stringify(m.headers) : null,
        rfcMessageId: m.rfcMessageId ?? null,
        accountId: m.accountId ?? null,
        sourceSha256: m.sourceSha256 ?? null,
        createdAt: m.createdAt,
      };
      const id = Number(insert.run(row).lastInsertRowid);
      if (!index.deferring) indexOne.run(id, row.subject, row.bodyText);
      // the message as stored, without reading it back (and its HTML with it): a new message has
      // no outbox entry and no attachments yet
      return toMessage({
        id,
        case_id: row.caseId,
        direction: row.direction,
        channel: row.channel,
        author: row.author,
        subject: row.subject,
        body_text: row.bodyText,
        created_at: row.createdAt,
        headers: row.headers,
        rfc_message_id: row.rfcMessageId,
        has_html: row.bodyHtml === null ? 0 : 1,
        ...NO_OUTBOX,
      });
    },

    /**
     * Run `store` with the messages it inserts indexed for search in one statement at its end, not
     * one by one: a mail sync's batch of 200 spends a fraction of the time. Only inside a
     * transaction. `store` may insert messages but not change or delete one it inserted: the
     * triggers that keep the index in step would find that one missing from it.
     */
    indexedAtEnd: <T>(store: () => T): T => index.atEnd(store),

    get(id: number): Message | null {
      const r = byId.get(id);
      return r ? toMessage(r, attachmentsOfMessage.all(id)) : null;
    },

    listByCase(caseId: string): Message[] {
      const atts = groupBy(attachmentsOfCase.all(caseId), (a) => a.message_id);
      return byCase.all(caseId).map((r) => toMessage(r, atts.get(r.id)));
    },

    /** The stored source parts of one message, for replies and the HTML view. */
    source: (id: number) => raw.get(id) ?? null,
    attachment: (id: number) => attachment.get(id) ?? null,
    inlineParts: (messageId: number) => inlineOf.all(messageId),
  };
}
export type MessagesRepo = ReturnType<typeof createMessagesRepo>;
