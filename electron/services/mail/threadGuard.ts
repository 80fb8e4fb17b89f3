/**
 * No customer answered twice: before an e-mail leaves the outbox, look at its thread once more. The
 * shared case log says whether a colleague took the case; the mailbox says whether the customer
 * wrote again, whether a colleague's reply is in Sent, and whether the message being answered is
 * already \Answered. The relay is not asked: this works with the relay down.
 */
import type { ImapFlow } from 'imapflow';
import type { Repositories } from '../store/repositories';
import type { HeldReason, OutboxRow } from '../store/outboxRepo';
import type { EmailPayload } from './composeEmail';
import { mailFolders } from './mailSync';

interface GuardDeps {
  repos: Repositories;
}

/** From the shop's log: the case belongs to someone else now. */
export function claimedByOther(d: GuardDeps, caseId: string | null, me: string): HeldReason | null {
  if (!caseId) return null;
  const key = d.repos.cases.get(caseId)?.shared_key;
  if (!key) return null;
  const reg = d.repos.team.registers(key).find((r) => r.field === 'assignee');
  const owner = reg ? (JSON.parse(reg.value) as string | null) : null;
  if (!owner || owner === me) return null;
  return { kind: 'claimed', by: owner, at: d.repos.team.event(reg!.event_id)?.at ?? null };
}

/**
 * From this laptop's store: a customer message arrived after the answer was written (stored after
 * it). Told by arrival order, not by timestamps: chat lines carry the relay's clock and e-mail the
 * sender's, and neither is this laptop's.
 */
function newerInStore(d: GuardDeps, row: OutboxRow): HeldReason | null {
  if (!row.case_id || row.message_id === null) return null;
  const newer = d.repos.messages.inboundStoredAfter(row.case_id, row.message_id);
  return newer ? { kind: 'newerCustomerMessage', by: null, at: newer.created_at } : null;
}

type Found = { uid: number; date: number; messageId: string; agent: string | null; from: string };

async function threadMessages(c: ImapFlow, folder: string, ids: string[]): Promise<Found[]> {
  await c.mailboxOpen(folder, { readOnly: true });
  const uids = new Set<number>();
  for (const id of ids) {
    const hit = await c.search({ or: [{ header: { references: `<${id}>` } }, { header: { 'in-reply-to': `<${id}>` } }] }, { uid: true });
    if (Array.isArray(hit)) hit.forEach((u) => uids.add(u));
  }
  if (uids.size === 0) return [];
  const out: Found[] = [];
  for await (const m of c.fetch([...uids].join(','), { uid: true, envelope: true, internalDate: true, headers: ['x-vaxel-agent'] }, { uid: true })) {
    const agent = m.headers ? /x-vaxel-agent:\s*(.+)/i.exec(m.headers.toString('utf8'))?.[1]?.trim() ?? null : null;
    const date = m.envelope?.date ? new Date(m.envelope.date).getTime() : m.internalDate ? new Date(m.internalDate).getTime() : 0;
    out.push({ uid: m.uid, date, messageId: (m.envelope?.messageId ?? '').replace(/^<|>$/g, ''), agent, from: m.envelope?.from?.[0]?.address?.toLowerCase() ?? '' });
  }
  return out;
}

/**
 * What in the thread changed while the e-mail waited, or null to send it. `since` is when the
 * message it answers arrived (or when it was queued).
 */
export async function checkThread(c: ImapFlow, d: GuardDeps, row: OutboxRow, p: EmailPayload, me: string): Promise<HeldReason | null> {
  const answered = p.answers !== null ? d.repos.messages.createdAtOf(p.answers) : null;
  const since = answered ?? row.created_at;
  // a colleague's claim is checked before this (claimedByOther), without the mailbox
  const local = newerInStore(d, row);
  if (local) return local;
  const ids = [...new Set([...p.references, ...(p.inReplyTo ? [p.inReplyTo] : [])])];
  if (ids.length === 0) return null; // a new e-mail, not an answer: there is no thread to look at

  const shop = p.from.address.toLowerCase();
  const inbox = await threadMessages(c, 'INBOX', ids);
  // in INBOX and not yet here (a message already stored was handled by newerInStore)
  const newer = inbox.find((m) => m.from !== shop && !ids.includes(m.messageId) && !d.repos.mail.messageByRfcId(row.account_id ?? '', m.messageId) && m.date > since);
  if (newer) return { kind: 'newerCustomerMessage', by: null, at: newer.date };

  const { sent } = await mailFolders(c);
  let mineEarlier = false;
  if (sent) {
    const replies = (await threadMessages(c, sent.path, ids)).filter((m) => m.messageId !== p.messageId && m.date > since);
    const colleague = replies.find((m) => m.agent !== me);
    if (colleague) return { kind: 'colleagueReplied', by: colleague.agent, at: colleague.date };
    mineEarlier = replies.length > 0;
  }
  // \Answered set by this agent's own earlier reply is no reason to hold the next one
  if (mineEarlier) return null;
  for (const u of p.answers !== null ? d.repos.mail.uidsOf(p.answers) : []) {
    const box = await c.mailboxOpen(u.folder, { readOnly: true });
    if (Number(box.uidValidity) !== u.uidvalidity) continue;
    for await (const m of c.fetch(String(u.uid), { uid: true, flags: true }, { uid: true })) {
      if (m.flags?.has('\\Answered')) return { kind: 'answered', by: null, at: null };
    }
  }
  return null;
}
