import { randomUUID } from 'node:crypto';
import type { Message, MethodArgs } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import { resolveLanguage } from '../../../shared/domain/settings';
import type { Clock } from '../../../shared/domain/clock';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import { emailBody, newMessageId, replyRecipients, replySubject, threadingHeaders, type EmailPayload, type Original, type ReplyMode } from './composeEmail';
import type { AttachmentStore } from './attachmentStore';
import { refreshActivity } from '../cases/caseActivity';
import type { Address } from './parseEmail';

/** How long a queued e-mail waits before its first try: the agent's window to undo it. */
export const UNDO_MS = 10_000;

interface Deps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  attachments: AttachmentStore;
  osLocale: string;
}

type Addr = { name?: string; address: string };
const norm = (a: Addr): Address => ({ name: a.name ?? '', address: a.address.trim().toLowerCase() });

export function originalOf(repos: Repositories, messageId: number): Original & { caseId: string; accountId: string | null } {
  const src = repos.messages.source(messageId);
  if (!src) throw new AppError('NOT_FOUND', `there is no message ${messageId}`);
  let h: { from?: Address | null; replyTo?: Address | null; to?: Address[]; cc?: Address[]; references?: string[] } = {};
  try {
    h = src.headers ? (JSON.parse(src.headers) as typeof h) : {};
  } catch {
    /* damaged headers: reply to what is known */
  }
  return {
    caseId: src.case_id,
    accountId: src.account_id,
    subject: src.subject,
    bodyText: src.body_text,
    createdAt: src.created_at,
    rfcMessageId: src.rfc_message_id,
    from: h.from ?? null,
    replyTo: h.replyTo ?? null,
    to: h.to ?? [],
    cc: h.cc ?? [],
    references: h.references ?? [],
  };
}

/**
 * Put an e-mail in the outbox: the message joins the case at once (the agent sees it, marked
 * queued), and the outbox row is written in the same transaction, before any attempt to send.
 * The Message-ID is fixed now, so every retry sends the very same message.
 */
export function queueEmail(d: Deps, input: MethodArgs<'sendEmail'>): Message {
  const c = d.repos.cases.get(input.caseId);
  if (!c) throw new AppError('NOT_FOUND', `there is no case ${input.caseId}`);
  const original = input.replyToMessageId !== null ? originalOf(d.repos, input.replyToMessageId) : null;
  if (original && original.caseId !== c.id) throw refused('otherCasesMessage', 'that message belongs to another case');
  // the mailbox asked for, the one the mail came to, the case's, else the first real one (a chat
  // case has none; the demo's mailbox only when there is no other)
  const accounts = d.repos.accounts.list();
  const firstAccount = (accounts.find((a) => !a.demo) ?? accounts[0])?.id;
  const candidates = input.accountId ? [input.accountId] : [original?.accountId, d.repos.cases.accountOf(c.id), firstAccount];
  const account = candidates.map((id) => (id ? d.repos.accounts.get(id) : null)).find(Boolean) ?? null;
  if (!account) throw refused('noMailbox', 'add a mailbox in Settings before sending e-mail');
  const settings = d.repos.settings.get();
  const lang = resolveLanguage(settings.language, d.osLocale);
  const shop: Address = { name: account.displayName || account.label, address: account.address.toLowerCase() };
  const mode: ReplyMode = original ? input.mode : 'new';
  const defaults = original ? replyRecipients(original, mode, shop) : { to: [], cc: [] };
  const to = input.to ? input.to.map(norm) : defaults.to;
  const cc = input.cc ? input.cc.map(norm) : defaults.cc;
  if (to.length + cc.length === 0) throw refused('noRecipient', 'the e-mail has no recipient');
  const now = d.clock.now();
  const payload: EmailPayload = {
    from: shop,
    to,
    cc,
    subject: input.subject?.trim() || (original ? replySubject(original.subject ?? c.subject, mode === 'forward' ? 'forward' : 'reply', lang) : c.subject),
    text: emailBody(input.body, settings.signature, mode, original, lang, settings.timeZone),
    messageId: newMessageId(shop.address),
    ...threadingHeaders(original, mode),
    date: now,
    attachments: input.attachments,
    answers: original && mode !== 'forward' ? input.replyToMessageId : null,
    typed: input.body,
    followUps: { sentCopy: false, answered: false },
    ...(settings.agentName ? { agent: settings.agentName } : {}),
  };
  for (const a of payload.attachments) if (!d.attachments.has(a.sha256)) throw refused('attachmentMissing', `attachment ${a.filename} was not uploaded`, { filename: a.filename });

  return d.db.transaction(() => {
    const message = d.repos.messages.insert({
      caseId: c.id,
      direction: 'out',
      channel: 'email',
      author: settings.agentName || shop.name,
      subject: payload.subject,
      bodyText: payload.text,
      headers: { from: shop, to, cc, replyTo: null, inReplyTo: payload.inReplyTo, references: payload.references },
      rfcMessageId: payload.messageId,
      accountId: account.id,
      createdAt: now,
    });
    for (const a of payload.attachments) {
      d.repos.mail.addAttachment({ messageId: message.id, sha256: a.sha256, size: d.attachments.size(a.sha256), mimeType: a.contentType, filename: a.filename, contentId: null, inline: false });
    }
    const outboxId = randomUUID();
    d.repos.outbox.enqueue({ uid: outboxId, caseId: c.id, messageId: message.id, channel: 'email', accountId: account.id, payload, notBefore: now + UNDO_MS, now });
    d.repos.caseEvents.append(c.id, now, settings.agentName || 'agent', 'email_queued', { outboxId, to: to.map((t) => t.address), mode });
    // answered: the case waits for the customer now
    if (c.status === 'open') {
      d.repos.cases.update(c.id, { status: 'waiting' }, now);
      d.repos.caseEvents.append(c.id, now, settings.agentName || 'agent', 'status', { from: 'open', to: 'waiting' });
    }
    refreshActivity(d, c.id, { reopenOnInbound: false, at: now });
    return d.repos.messages.get(message.id)!;
  })();
}

/**
 * Take back an e-mail still in its undo window: the message leaves the case, and its text goes
 * back to the agent's composer.
 */
export function undoEmail(d: Pick<Deps, 'db' | 'repos' | 'clock'>, outboxId: string): { undone: boolean; caseId: string | null; body: string } {
  const row = d.repos.outbox.get(outboxId);
  if (!row) throw new AppError('NOT_FOUND', `there is nothing queued as ${outboxId}`);
  return d.db.transaction(() => {
    const now = d.clock.now();
    if (!d.repos.outbox.cancel(outboxId, now)) return { undone: false, caseId: row.case_id, body: '' };
    const payload = JSON.parse(row.payload) as EmailPayload;
    d.repos.messages.remove(row.message_id!);
    if (row.case_id) {
      d.repos.caseEvents.append(row.case_id, now, 'agent', 'email_undone', { outboxId });
      // the customer is waiting again, as before the answer
      const latestIn = d.repos.messages.latestInboundAt(row.case_id);
      if (latestIn !== null) refreshActivity(d, row.case_id, { reopenOnInbound: true, at: latestIn });
      else refreshActivity(d, row.case_id, { reopenOnInbound: false, at: now });
    }
    return { undone: true, caseId: row.case_id, body: payload.typed ?? payload.text };
  })();
}
