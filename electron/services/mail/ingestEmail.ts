import { createHash, randomUUID } from 'node:crypto';
import { refreshActivity } from '../cases/caseActivity';
import type { Clock } from '../../../shared/domain/clock';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { AttachmentStore } from './attachmentStore';
import type { ParsedText } from './parseEmail';
import { parseAndStore, type ParsedAndStored, type ReadMessage } from './parseAndStore';
import { absorbCase } from '../cases/mergeSplit';
import { caseIdForThread, looksLikeReply, threadRoot, threadSubject } from './threading';

export interface IngestDeps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  attachments: AttachmentStore;
  /** Parses a message and stores its attachments: a worker thread during a sync (parserPool.ts), else this thread. */
  read?: ReadMessage;
}

export interface FetchedEmail {
  account: { id: string; address: string };
  folder: string;
  role: 'inbox' | 'sent';
  uidvalidity: number;
  uid: number;
  flags: string[];
  raw: Buffer;
  internalDate: number | null;
}

export type IngestResult =
  | { kind: 'stored'; caseId: string; messageId: number; newCase: boolean; joined: string[] }
  | { kind: 'duplicate'; caseId: string; messageId: number }
  | { kind: 'failed'; reason: string };

/** Messages older than this at the time they are first seen are history: they do not open cases. */
export const HISTORY_AGE_MS = 14 * 24 * 3600 * 1000;
const SUBJECT_THREAD_WINDOW_MS = 60 * 24 * 3600 * 1000;

export const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/**
 * Store one fetched message: find or make its case, its customer, its attachments, and remember
 * which server UID it was. Idempotent: the same message fetched again (a resumed sync, a
 * UIDVALIDITY reset, Växel's own sent copy) is recognised and not stored twice. A message that
 * can not be parsed is kept raw with the reason and never stops the messages after it.
 */
export async function ingestEmail(d: IngestDeps, m: FetchedEmail): Promise<IngestResult> {
  const read = await readEmail(d, m);
  return d.db.transaction(() => storeEmail(d, m, read))();
}

/** A fetched message made ready to store: parsed, its files written. Async; touches no rows. */
export type ReadEmail =
  | ({ kind: 'parsed'; hash: string } & ParsedAndStored)
  | { kind: 'known'; hash: string }
  | { kind: 'unreadable'; hash: string; reason: string; rawSha: string };

export async function readEmail(d: Pick<IngestDeps, 'repos' | 'attachments' | 'read'>, m: FetchedEmail): Promise<ReadEmail> {
  const hash = sha256(m.raw);
  if (d.repos.mail.messageBySource(m.account.id, hash)) return { kind: 'known', hash };
  try {
    // files first (content-addressed, so a crash here leaves at most an unreferenced file)
    const { parsed, files } = await (d.read ?? ((raw: Buffer) => parseAndStore(raw, d.attachments.write)))(m.raw);
    return { kind: 'parsed', hash, parsed, files };
  } catch (e) {
    if ((e as { code?: string }).code === 'DISK_FULL') throw e;
    return { kind: 'unreadable', hash, reason: `could not be read: ${(e as Error).message}`, rawSha: await d.attachments.write(m.raw) };
  }
}

/**
 * Store one read message: find or make its case, its customer, its attachments, and remember
 * which server UID it was. Synchronous, to run inside the caller's transaction (one per batch in
 * a sync, so the folder position is saved with the messages). Idempotent: the same message
 * fetched again (a resumed sync, a UIDVALIDITY reset, Växel's own sent copy) is recognised and
 * not stored twice. A message that can not be parsed is kept raw with the reason.
 */
export function storeEmail(d: IngestDeps, m: FetchedEmail, read: ReadEmail): IngestResult {
  const hash = read.hash;
  const again = d.repos.mail.messageBySource(m.account.id, hash);
  if (again) {
    d.repos.mail.rememberUid(m.account.id, m.folder, m.uidvalidity, m.uid, again.id, m.flags);
    return { kind: 'duplicate', caseId: again.case_id, messageId: again.id };
  }
  if (read.kind === 'unreadable' || read.kind === 'known') {
    const reason = read.kind === 'unreadable' ? read.reason : 'the message vanished while it was stored';
    d.repos.mail.recordFailure(m.account.id, m.folder, m.uidvalidity, m.uid, reason, read.kind === 'unreadable' ? read.rawSha : null, m.raw.length, d.clock.now());
    return { kind: 'failed', reason };
  }
  const { parsed, files } = read;
  const address = m.account.address.toLowerCase();
  // Outgoing is what is in Sent, or what Växel itself sent (its Message-ID). A mail in INBOX that
  // merely says From: the shop's address is a customer's (or a forger's), and does not stop the clock.
  const own = parsed.messageId ? d.repos.mail.messageByRfcId(m.account.id, parsed.messageId) : null;
  const direction = m.role === 'sent' || own?.direction === 'out' ? 'out' : 'in';
  if (direction === 'out' && parsed.messageId) {
    // Växel's own reply, now seen in Sent: link it, do not store it again
    if (own && own.direction === 'out') {
      d.repos.mail.rememberUid(m.account.id, m.folder, m.uidvalidity, m.uid, own.id, m.flags);
      return { kind: 'duplicate', caseId: own.case_id, messageId: own.id };
    }
  }
  const now = d.clock.now();
  const at = parsed.date ?? m.internalDate ?? now;
  const historical = at < now - HISTORY_AGE_MS;
  const party = direction === 'in' ? (parsed.replyTo ?? parsed.from) : (parsed.to.find((t) => t.address !== address) ?? parsed.to[0] ?? null);
  const customerId = party
    ? d.repos.customers.findOrCreate({ name: party.name, identities: [{ kind: 'email', value: party.address }] }, at)
    : null;

  const thread = threadCases(d, m.account.id, address, parsed, customerId, at);
  // a message that connects cases (it is the parent of one and the reply of another): they become one
  let caseId = thread[0] ?? null;
  for (const other of thread.slice(1)) absorbCase(d, caseId!, other, 'mail');
  let newCase = false;
  if (!caseId) {
    const root = threadRoot(parsed);
    const derived = root ? caseIdForThread(address, root) : null;
    caseId = derived && !d.repos.mail.caseExists(derived) ? derived : randomUUID();
    d.repos.cases.insert({
      id: caseId,
      channel: 'email',
      status: historical ? 'resolved' : direction === 'in' ? 'open' : 'waiting',
      priority: 2,
      subject: parsed.subject.replace(/\s+/g, ' ').trim() || '(no subject)',
      customerId,
      assignee: null,
      preview: '',
      now: at,
      waitingSince: null,
      slaDueAt: null,
      accountId: m.account.id,
      threadKey: root ? `${root}#${caseId.slice(0, 8)}` : null,
    });
    d.repos.caseEvents.append(caseId, at, 'mail', 'created', { channel: 'email', from: parsed.from?.address ?? null });
    newCase = true;
  }
  const message = d.repos.messages.insert({
    caseId,
    direction,
    channel: 'email',
    author: direction === 'in' ? parsed.from?.name || parsed.from?.address || '' : parsed.from?.name || address,
    subject: parsed.subject,
    bodyText: parsed.text,
    bodyHtml: parsed.html,
    headers: {
      from: parsed.from,
      replyTo: parsed.replyTo,
      to: parsed.to,
      cc: parsed.cc,
      inReplyTo: parsed.inReplyTo,
      references: parsed.references,
    },
    rfcMessageId: parsed.messageId,
    accountId: m.account.id,
    sourceSha256: hash,
    createdAt: at,
  });
  d.repos.mail.addRefs(message.id, threadLinks(parsed));
  for (const f of files) {
    d.repos.mail.addAttachment({ messageId: message.id, sha256: f.sha, size: f.size, mimeType: f.contentType, filename: f.filename, contentId: f.contentId, inline: f.inline });
  }
  d.repos.mail.rememberUid(m.account.id, m.folder, m.uidvalidity, m.uid, message.id, m.flags);
  refreshActivity(d, caseId, { reopenOnInbound: direction === 'in' && !historical, at });
  return { kind: 'stored', caseId, messageId: message.id, newCase, joined: thread.slice(1) };
}

/** What an e-mail links to: its parent and the thread above it (ids with an '@' only). */
const threadLinks = (p: ParsedText): string[] => [...new Set([...(p.inReplyTo ? [p.inReplyTo] : []), ...p.references])];

/**
 * The cases this message's thread already has here, the oldest first, whatever order its messages
 * came in: those holding its parent or an ancestor, those whose messages name it or one of its
 * ancestors (replies that came before it), the case made under the thread's root, and only then a
 * recent case of the same customer with the same subject.
 */
function threadCases(d: IngestDeps, accountId: string, address: string, p: ParsedText, customerId: string | null, at: number): string[] {
  const links = threadLinks(p);
  const found = new Set(d.repos.mail.casesLinkedTo(accountId, p.messageId ? [p.messageId, ...links] : links));
  const root = threadRoot(p);
  if (root) {
    const derived = caseIdForThread(address, root);
    if (d.repos.mail.caseExists(derived)) found.add(derived);
  }
  if (found.size === 0 && customerId && looksLikeReply(p)) {
    const subject = threadSubject(p.subject);
    const match = d.repos.cases.recentMailCasesOf(customerId, accountId, at - SUBJECT_THREAD_WINDOW_MS).find((c) => threadSubject(c.subject) === subject);
    if (match) found.add(match.id);
  }
  const rows = [...found].flatMap((id) => d.repos.cases.get(id) ?? []);
  return rows.sort((a, b) => a.created_at - b.created_at || a.number - b.number).map((r) => r.id);
}

