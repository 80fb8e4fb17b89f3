import nodemailer from 'nodemailer';
import type { ImapFlow } from 'imapflow';
import type { Clock } from '../../../shared/domain/clock';
import type { Logger } from '../logger';
import type { Db } from '../store/database';
import type { OutboxRow } from '../store/outboxRepo';
import type { Repositories } from '../store/repositories';
import type { AttachmentStore } from './attachmentStore';
import { buildRawEmail, type EmailPayload } from './composeEmail';
import type { MailAccount } from './mailAccounts';
import { smtpOptions, type ConnectionTuning } from './mailConnection';
import { classifyMailError, isTransient, type MailProblem } from './mailProblems';
import { mailFolders, withImap } from './mailSync';
import { checkThread, claimedByOther } from './threadGuard';
import type { HeldReason } from '../store/outboxRepo';

export interface SenderDeps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  attachments: AttachmentStore;
  logger: Logger;
  loadAccount(id: string): MailAccount;
  tuning?: ConnectionTuning;
}

export interface SendReport {
  sent: number;
  failed: number;
  /** Found already in Sent after an interrupted attempt: not sent again. */
  foundInSent: number;
  followUps: number;
  /** Held before leaving: the thread changed while they waited; the agent decides. */
  held: number;
  /** Cases whose e-mail went out in this round. */
  sentCases: string[];
  problems: MailProblem[];
  changedCases: string[];
}

/** Waits after the first, second, … failed attempt; the last repeats. */
export const RETRY_MS = [15_000, 60_000, 2 * 60_000, 5 * 60_000, 15 * 60_000, 30 * 60_000];
/** A wrong password or a rejected recipient will not pass by itself: tried again only much later. */
const PERMANENT_RETRY_MS = 6 * 3600_000;
const CLEAN_FAILURES = new Set<MailProblem['kind']>(['refused', 'hostNotFound', 'auth', 'tls', 'untrustedCertificate']);

/** Whether a message with this Message-ID is already in the Sent folder (the server filed it, or we did). */
export async function isInSent(account: MailAccount, messageId: string, tuning?: ConnectionTuning): Promise<boolean> {
  return withImap(account, tuning, async (c) => {
    const { sent } = await mailFolders(c);
    if (!sent) return false;
    await c.mailboxOpen(sent.path, { readOnly: true });
    const found = await c.search({ header: { 'message-id': `<${messageId}>` } }, { uid: true });
    return Array.isArray(found) && found.length > 0;
  });
}

/**
 * After the SMTP server took the message: a copy in Sent (SPECIAL-USE), and \Answered on the
 * customer's message. Recorded in the payload, retried on later rounds until done; never a reason
 * to send again.
 */
/** Put the copy in Sent unless it is there: it is also how a later round knows the e-mail went out. */
async function copyToSent(c: ImapFlow, p: EmailPayload, raw: Buffer): Promise<void> {
  const { sent } = await mailFolders(c);
  if (!sent) return;
  await c.mailboxOpen(sent.path);
  const there = await c.search({ header: { 'message-id': `<${p.messageId}>` } }, { uid: true });
  if (!(Array.isArray(there) && there.length)) await c.append(sent.path, raw, ['\\Seen'], new Date(p.date));
}

async function followUps(d: SenderDeps, account: MailAccount, row: OutboxRow, p: EmailPayload, raw: Buffer): Promise<EmailPayload> {
  const done = { sentCopy: p.followUps?.sentCopy ?? false, answered: p.followUps?.answered ?? false };
  await withImap(account, d.tuning, async (c) => {
    if (!done.sentCopy) {
      await copyToSent(c, p, raw);
      done.sentCopy = true;
    }
    if (!done.answered) {
      for (const u of p.answers !== null ? d.repos.mail.uidsOf(p.answers) : []) {
        const box = await c.mailboxOpen(u.folder);
        if (Number(box.uidValidity) === u.uidvalidity) await c.messageFlagsAdd(String(u.uid), ['\\Answered'], { uid: true });
      }
      done.answered = true;
    }
  });
  const next = { ...p, followUps: done };
  d.repos.outbox.updatePayload(row.uid, 'sent', d.clock.now(), next);
  return next;
}

/**
 * Send what is due in the e-mail outbox, once each. The order makes "never twice" hold: the row
 * is marked 'sending' before the network is touched; the SMTP server's acceptance is recorded
 * right after; a row found still 'sending' (the app died in between), or one whose last attempt
 * ended without a clear answer, is first looked for in Sent by its Message-ID.
 */
export async function sendDueEmails(d: SenderDeps, o: { createTransport?: typeof nodemailer.createTransport } = {}): Promise<SendReport> {
  const report: SendReport = { sent: 0, failed: 0, foundInSent: 0, followUps: 0, held: 0, sentCases: [], problems: [], changedCases: [] };
  const createTransport = o.createTransport ?? nodemailer.createTransport;
  const now = () => d.clock.now();

  for (const row of d.repos.outbox.due('email', now())) {
    const payload = JSON.parse(row.payload) as EmailPayload;
    let account: MailAccount;
    try {
      account = d.loadAccount(row.account_id ?? '');
    } catch (e) {
      d.repos.outbox.markFailed(row.uid, now(), `the mailbox of this e-mail is gone: ${(e as Error).message}`, now() + PERMANENT_RETRY_MS, { ...payload, problemKind: 'mailboxGone' });
      report.failed++;
      continue;
    }
    if (row.case_id) report.changedCases.push(row.case_id);
    if (account.demo) {
      // the demo's mailbox reaches no server: the e-mail is kept as sent, and says it was a demo
      d.repos.outbox.markSent(row.uid, now(), { ...payload, demo: true, followUps: { sentCopy: true, answered: true } });
      if (row.case_id) d.repos.caseEvents.append(row.case_id, now(), 'outbox', 'email_sent', { outboxId: row.uid, demo: true });
      if (row.case_id) report.sentCases.push(row.case_id);
      report.sent++;
      continue;
    }
    const raw = await buildRawEmail(payload, d.attachments.read);

    if (row.state === 'sending' || (row.attempts > 0 && payload.ambiguous !== false)) {
      // an earlier attempt may have gone out: ask the mailbox before sending again
      let there: boolean;
      try {
        there = await isInSent(account, payload.messageId, d.tuning);
      } catch (e) {
        const problem = classifyMailError(e, 'imap');
        d.repos.outbox.markFailed(row.uid, now(), `waiting to check Sent before trying again: ${problem.message}`, now() + retryDelay(row.attempts), { ...payload, problemKind: problem.kind });
        report.problems.push(problem);
        report.failed++;
        continue;
      }
      if (there) {
        d.repos.outbox.markSent(row.uid, now(), { ...payload, followUps: { sentCopy: true, answered: payload.followUps?.answered ?? false } });
        if (row.case_id) d.repos.caseEvents.append(row.case_id, now(), 'outbox', 'email_sent', { outboxId: row.uid, foundInSent: true });
        report.foundInSent++;
        continue;
      }
    }

    if (row.state === 'queued' && row.attempts === 0 && !payload.guardOverridden) {
      const reason = await threadChange(d, account, row, payload);
      if (reason) {
        d.repos.outbox.hold(row.uid, now(), reason);
        if (row.case_id) d.repos.caseEvents.append(row.case_id, now(), 'outbox', 'email_held', { outboxId: row.uid, ...reason });
        report.held++;
        continue;
      }
    }

    d.repos.outbox.markSending(row.uid, now());
    const transport = createTransport(smtpOptions(account, d.tuning));
    try {
      await transport.sendMail({
        envelope: { from: payload.from.address, to: [...payload.to, ...payload.cc].map((a) => a.address) },
        raw,
      });
    } catch (e) {
      const problem = classifyMailError(e, 'smtp');
      const wait = isTransient(problem) ? retryDelay(row.attempts + 1) : PERMANENT_RETRY_MS;
      // refused before a word was exchanged, or a login that failed: nothing can have gone out
      d.repos.outbox.markFailed(row.uid, now(), `${problem.kind}: ${problem.message}`, now() + wait, { ...payload, ambiguous: !CLEAN_FAILURES.has(problem.kind), problemKind: problem.kind });
      if (row.case_id) d.repos.caseEvents.append(row.case_id, now(), 'outbox', 'email_failed', { outboxId: row.uid, kind: problem.kind, retryInMs: wait });
      d.logger.warn('an e-mail could not be sent; it stays in the outbox', { outboxId: row.uid, kind: problem.kind, message: problem.message });
      report.problems.push(problem);
      report.failed++;
      continue;
    } finally {
      transport.close();
    }
    try {
      d.repos.outbox.markSent(row.uid, now());
    } catch (e) {
      // Accepted by the server but not written down here (the disk is full): the copy goes to
      // Sent at once, so the next round finds it there and does not send it a second time.
      await withImap(account, d.tuning, (c) => copyToSent(c, payload, raw)).catch(() => {});
      throw e;
    }
    if (row.case_id) d.repos.caseEvents.append(row.case_id, now(), 'outbox', 'email_sent', { outboxId: row.uid });
    if (row.case_id) report.sentCases.push(row.case_id);
    report.sent++;
    try {
      await followUps(d, account, row, payload, raw);
      report.followUps++;
    } catch (e) {
      d.logger.warn('sent, but the copy in Sent or the \\Answered flag must wait', { outboxId: row.uid, message: (e as Error).message });
    }
  }

  // sent earlier, with the copy in Sent or \Answered still to do
  for (const row of d.repos.outbox.followUpsPending('email')) {
    try {
      const payload = JSON.parse(row.payload) as EmailPayload;
      const account = d.loadAccount(row.account_id ?? '');
      await followUps(d, account, row, payload, await buildRawEmail(payload, d.attachments.read));
      report.followUps++;
    } catch {
      /* next round */
    }
  }
  return report;
}

/** What changed in the thread while the e-mail waited (the log's claim is known even offline). */
async function threadChange(d: SenderDeps, account: MailAccount, row: OutboxRow, p: EmailPayload): Promise<HeldReason | null> {
  const me = p.agent ?? '';
  const claimed = claimedByOther(d, row.case_id, me);
  if (claimed) return claimed;
  try {
    return await withImap(account, d.tuning, (c) => checkThread(c, d, row, p, me));
  } catch (e) {
    // the same mailbox is needed to send: if it does not answer now, sending fails and retries
    d.logger.warn('could not look at the thread before sending', { outboxId: row.uid, error: String(e) });
    return null;
  }
}

export const retryDelay = (attempts: number) => RETRY_MS[Math.min(RETRY_MS.length - 1, Math.max(0, attempts - 1))]!;
