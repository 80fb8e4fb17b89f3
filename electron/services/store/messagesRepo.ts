import { randomUUID } from 'node:crypto';
import type { Message } from '../../../shared/contract/api';
import type { Channel } from '../../../shared/domain/channels';
import type { Db } from './database';

interface MessageRow {
  id: number;
  case_id: string;
  direction: 'in' | 'out' | 'note';
  channel: Channel;
  author: string;
  subject: string | null;
  body_text: string;
  created_at: number;
}

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
  createdAt: number;
}

function toMessage(r: MessageRow): Message {
  return {
    id: r.id,
    caseId: r.case_id,
    direction: r.direction,
    channel: r.channel,
    author: r.author,
    subject: r.subject,
    bodyText: r.body_text,
    createdAt: r.created_at,
  };
}

export function createMessagesRepo(db: Db) {
  const insert = db.prepare(`INSERT INTO messages (uid, case_id, direction, channel, author, subject,
      body_text, body_html, headers, rfc_message_id, account_id, source_sha256, created_at)
    VALUES (@uid, @caseId, @direction, @channel, @author, @subject, @bodyText, @bodyHtml, @headers,
      @rfcMessageId, @accountId, @sourceSha256, @createdAt)`);
  const byCase = db.prepare<[string], MessageRow>(
    `SELECT id, case_id, direction, channel, author, subject, body_text, created_at
     FROM messages WHERE case_id = ? ORDER BY created_at, id`,
  );
  const byId = db.prepare<[number], MessageRow>(
    'SELECT id, case_id, direction, channel, author, subject, body_text, created_at FROM messages WHERE id = ?',
  );

  return {
    insert(m: NewMessage): Message {
      const info = insert.run({
        uid: randomUUID(),
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
      });
      return toMessage(byId.get(Number(info.lastInsertRowid))!);
    },

    listByCase(caseId: string): Message[] {
      return byCase.all(caseId).map(toMessage);
    },
  };
}
export type MessagesRepo = ReturnType<typeof createMessagesRepo>;
