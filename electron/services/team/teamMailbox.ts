/**
 * The log folder on the shop's IMAP server: find or make it, append an entry, read entries after a
 * UID, delete what a snapshot covers. Only plain IMAP4rev1 with UIDPLUS is used (no keywords, no
 * CONDSTORE, no METADATA), so the same code works on Dovecot, Gmail and Microsoft 365.
 */
import { randomUUID } from 'node:crypto';
import type { ImapFlow } from 'imapflow';
import { TEAM_FOLDER, TEAM_FOLDER_UNDER_INBOX, TEAM_HEADER, TeamLogEntrySchema, type TeamLogEntry } from '../../../shared/contract/teamLog';

export interface LogFolder {
  path: string;
  uidValidity: number;
  /** The folder did not exist and was made now. */
  created: boolean;
}

export interface LogRead {
  uid: number;
  /** null: the message is not a readable Växel entry (someone put mail there, or it is damaged). */
  entry: TeamLogEntry | null;
}

/** Open the log folder, making it where it is missing: top level first, under INBOX where refused. */
export async function openLogFolder(c: ImapFlow): Promise<LogFolder> {
  const names = new Set((await c.list()).map((f) => f.path));
  const existing = [TEAM_FOLDER, TEAM_FOLDER_UNDER_INBOX, `INBOX/${TEAM_FOLDER}`].find((p) => names.has(p));
  let path = existing;
  let created = false;
  if (!path) {
    try {
      path = (await c.mailboxCreate(TEAM_FOLDER)).path;
    } catch {
      // some servers keep every folder under INBOX
      path = (await c.mailboxCreate(['INBOX', TEAM_FOLDER])).path;
    }
    created = true;
  }
  const box = await c.mailboxOpen(path);
  return { path, uidValidity: Number(box.uidValidity), created };
}

/** One entry as a message: JSON in base64, so any server takes it byte for byte. */
export function entryMessage(entry: TeamLogEntry, mailbox: string, at: Date): string {
  const label = entry.type === 'snapshot' ? 'snapshot' : `${entry.op} ${entry.caseKey.slice(0, 40)}`;
  const body = Buffer.from(JSON.stringify(entry), 'utf8').toString('base64').replace(/.{76}/g, '$&\r\n');
  return [
    `From: =?UTF-8?Q?V=C3=A4xel?= <${mailbox}>`,
    `To: <${mailbox}>`,
    `Subject: =?UTF-8?Q?V=C3=A4xel?= log: ${label.replace(/[^\x20-\x7e]/g, '?')}`,
    `Date: ${at.toUTCString().replace('GMT', '+0000')}`,
    `Message-ID: <${entry.id}.${randomUUID().slice(0, 8)}@vaxel.invalid>`,
    `${TEAM_HEADER}: ${entry.type}`,
    'MIME-Version: 1.0',
    'Content-Type: application/json; charset=utf-8',
    'Content-Transfer-Encoding: base64',
    '',
    body,
    '',
  ].join('\r\n');
}

/** Read one message back into an entry, or null when it is not one. */
export function parseEntryMessage(source: Buffer): TeamLogEntry | null {
  const text = source.toString('latin1');
  const split = text.search(/\r?\n\r?\n/);
  if (split < 0 || !new RegExp(`^${TEAM_HEADER}:`, 'im').test(text.slice(0, split))) return null;
  try {
    const json = Buffer.from(text.slice(split).replace(/\s+/g, ''), 'base64').toString('utf8');
    const parsed = TeamLogEntrySchema.safeParse(JSON.parse(json));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

/** Append an entry, marked read so no one's mail client shows it as new; its UID, where the server says. */
export async function appendEntry(c: ImapFlow, path: string, entry: TeamLogEntry, mailbox: string, at: Date): Promise<number | null> {
  const r = await c.append(path, entryMessage(entry, mailbox, at), ['\\Seen'], at);
  return r && typeof r === 'object' && r.uid ? Number(r.uid) : null;
}

/** Every entry with a UID above `afterUid`, in UID order (the folder must be open). */
export async function readEntriesAfter(c: ImapFlow, afterUid: number): Promise<LogRead[]> {
  const out: LogRead[] = [];
  // `n:*` also returns the last message when nothing is above n: filtered below
  for await (const m of c.fetch(`${afterUid + 1}:*`, { uid: true, source: true }, { uid: true })) {
    if (m.uid <= afterUid || !m.source) continue;
    out.push({ uid: m.uid, entry: parseEntryMessage(m.source) });
  }
  return out.sort((a, b) => a.uid - b.uid);
}

/** Remove the entries a snapshot covers (UIDs 1..coversUid except `keep`). */
export async function deleteCovered(c: ImapFlow, coversUid: number, keep: number[]): Promise<void> {
  if (coversUid < 1) return;
  const uids: number[] = [];
  for await (const m of c.fetch(`1:${coversUid}`, { uid: true }, { uid: true })) if (m.uid <= coversUid && !keep.includes(m.uid)) uids.push(m.uid);
  if (uids.length) await c.messageDelete(uids.join(','), { uid: true });
}
