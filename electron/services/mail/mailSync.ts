import { ImapFlow, type ListResponse } from 'imapflow';
import { refused } from '../../../shared/contract/errors';
import type { Logger } from '../logger';
import { readEmail, storeEmail, type FetchedEmail, type IngestDeps, type IngestResult } from './ingestEmail';
import type { MailAccount } from './mailAccounts';
import { imapOptions, type ConnectionTuning } from './mailConnection';
import { createParserPool } from './parserPool';

export interface SyncDeps extends IngestDeps {
  logger: Logger;
}

export interface FolderProgress {
  accountId: string;
  folder: string;
  /** Messages handled in this run, and how many the run set out to fetch. */
  done: number;
  total: number;
}

export interface SyncCounts {
  fetched: number;
  stored: number;
  duplicates: number;
  failed: number;
  newCases: number;
  /** Folders whose UIDVALIDITY changed: their messages were matched again by content. */
  uidvalidityResets: number;
  flagUpdates: number;
}

export interface SyncHooks {
  onProgress?(p: FolderProgress): void;
  /** Cases that got new messages, after each batch: the queue refreshes them. */
  onCases?(caseIds: string[]): void;
  signal?: AbortSignal;
}

export interface FolderRef {
  path: string;
  role: 'inbox' | 'sent';
}

export const emptyCounts = (): SyncCounts => ({ fetched: 0, stored: 0, duplicates: 0, failed: 0, newCases: 0, uidvalidityResets: 0, flagUpdates: 0 });

export function addCounts(a: SyncCounts, b: SyncCounts): SyncCounts {
  const out = { ...a };
  for (const k of Object.keys(out) as Array<keyof SyncCounts>) out[k] += b[k];
  return out;
}

/** Fetched in one go: a resumed sync repeats at most one batch, deduplicated by content. */
export const BATCH_MESSAGES = 200;
const BATCH_BYTES = 32 * 1024 * 1024;

function* batches<T extends { size: number }>(items: T[]): Generator<T[]> {
  let cur: T[] = [];
  let bytes = 0;
  for (const it of items) {
    if (cur.length && (cur.length >= BATCH_MESSAGES || bytes + it.size > BATCH_BYTES)) {
      yield cur;
      cur = [];
      bytes = 0;
    }
    cur.push(it);
    bytes += it.size;
  }
  if (cur.length) yield cur;
}

export function connectImap(account: MailAccount, tuning?: ConnectionTuning): ImapFlow {
  const client = new ImapFlow(imapOptions(account, tuning));
  // errors also reject the running command; without a listener an 'error' event would crash
  client.on('error', () => {});
  return client;
}

/** One connection for one piece of work, logged out (or closed) afterwards whatever happens. */
export async function withImap<T>(account: MailAccount, tuning: ConnectionTuning | undefined, fn: (c: ImapFlow) => Promise<T>): Promise<T> {
  // the demo's mailbox names no real server: never try to reach one
  if (account.demo) throw refused('demoMailbox', `${account.label} is the demo's mailbox and has no IMAP server`);
  const c = connectImap(account, tuning);
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.logout().catch(() => c.close());
  }
}

/** INBOX and the folder the server marks \Sent (SPECIAL-USE), or a folder named like one. */
export async function mailFolders(client: ImapFlow): Promise<{ inbox: FolderRef; sent: FolderRef | null; all: ListResponse[] }> {
  const all = await client.list();
  const sent = all.find((f) => f.specialUse === '\\Sent');
  return { inbox: { path: 'INBOX', role: 'inbox' }, sent: sent ? { path: sent.path, role: 'sent' } : null, all };
}

/**
 * Bring one folder up to date, read-only (EXAMINE: the server's \Seen flags stay as they are).
 * New messages are fetched from the last UID stored, in batches; the position is saved after each
 * batch, so an interrupted sync resumes where it stopped. A changed UIDVALIDITY means the server
 * renumbered the folder: everything is fetched again and matched by content, so nothing is
 * stored twice and nothing is lost. With CONDSTORE, flag changes since the last run are read too.
 */
export async function syncFolder(client: ImapFlow, d: SyncDeps, account: MailAccount, folder: FolderRef, hooks: SyncHooks = {}): Promise<SyncCounts> {
  const counts = emptyCounts();
  const box = await client.mailboxOpen(folder.path, { readOnly: true });
  const uidvalidity = Number(box.uidValidity);
  const saved = d.repos.mail.folderState(account.id, folder.path);
  let lastUid = saved?.lastUid ?? 0;
  let modseq = saved?.highestModseq ?? null;
  if (saved && saved.uidvalidity !== uidvalidity) {
    d.logger.warn('UIDVALIDITY changed: refetching the folder, matching messages by content', { account: account.id, folder: folder.path, before: saved.uidvalidity, now: uidvalidity });
    counts.uidvalidityResets++;
    lastUid = 0;
    modseq = null;
  }
  const state = (last: number, ms: string | null) => d.repos.mail.saveFolderState(account.id, folder.path, { uidvalidity, lastUid: last, highestModseq: ms });

  // flags of messages already here, changed since the last run (CONDSTORE/QRESYNC)
  if (modseq !== null && box.highestModseq !== undefined && box.highestModseq > BigInt(modseq) && lastUid > 0) {
    for await (const m of client.fetch(`1:${lastUid}`, { uid: true, flags: true }, { uid: true, changedSince: BigInt(modseq) })) {
      d.repos.mail.updateFlags(account.id, folder.path, uidvalidity, m.uid, [...(m.flags ?? [])]);
      counts.flagUpdates++;
    }
  }

  // the new messages' UIDs and sizes, then batches by count and by bytes
  const pending: Array<{ uid: number; size: number }> = [];
  if (box.exists > 0 && box.uidNext - 1 > lastUid) {
    for await (const m of client.fetch(`${lastUid + 1}:*`, { uid: true, size: true }, { uid: true })) {
      if (m.uid > lastUid) pending.push({ uid: m.uid, size: m.size ?? 0 });
    }
    pending.sort((a, b) => a.uid - b.uid);
  }
  const total = pending.length;
  hooks.onProgress?.({ accountId: account.id, folder: folder.path, done: 0, total });
  let done = 0;
  type Fetched = Array<{ uid: number; source: Buffer; flags: string[]; internalDate: number | null }>;
  const fetchBatch = async (batch: Array<{ uid: number }>): Promise<Fetched> =>
    (await client.fetchAll(batch.map((b) => b.uid).join(','), { uid: true, source: true, flags: true, internalDate: true }, { uid: true }))
      .filter((m) => m.source)
      .map((m) => ({ uid: m.uid, source: m.source!, flags: [...(m.flags ?? [])], internalDate: m.internalDate ? new Date(m.internalDate).getTime() : null }));
  const all = [...batches(pending)];
  type Ready = Array<{ m: FetchedEmail; read: Promise<Awaited<ReturnType<typeof readEmail>>> }>;
  // parsing starts as soon as a batch is fetched, on the parser thread when there is one
  const prepare = (fetched: Fetched): Ready =>
    fetched
      .sort((a, b) => a.uid - b.uid)
      .map((f) => {
        const m: FetchedEmail = { account, folder: folder.path, role: folder.role, uidvalidity, uid: f.uid, flags: f.flags, raw: f.source, internalDate: f.internalDate };
        const read = readEmail(d, m);
        read.catch(() => {});
        return { m, read };
      });
  // the next batch is fetched (and parsed) while this one is stored
  let next: Promise<Ready> | null = all.length ? fetchBatch(all[0]!).then(prepare) : null;
  for (let b = 0; b < all.length; b++) {
    const batch = all[b]!;
    const pendingReads = await next!;
    next = b + 1 < all.length ? fetchBatch(all[b + 1]!).then(prepare) : null;
    next?.catch(() => {}); // a failure surfaces when it is awaited, or not at all if this round throws first
    hooks.signal?.throwIfAborted();
    const ready = await Promise.all(pendingReads.map(async ({ m, read }) => ({ m, read: await read })));
    const top = Math.max(lastUid, batch[batch.length - 1]!.uid);
    const results: IngestResult[] = d.db.transaction(() => {
      // the batch's messages are indexed for search together, at its end
      const out = d.repos.cases.indexedAtEnd(() => d.repos.messages.indexedAtEnd(() => ready.map(({ m, read }) => storeEmail(d, m, read))));
      // UIDs listed but no longer returned (expunged meanwhile) are passed over too
      state(top, modseq);
      return out;
    })();
    lastUid = top;
    const touched = new Set<string>();
    results.forEach((r, i) => {
      counts.fetched++;
      if (r.kind === 'stored') {
        counts.stored++;
        if (r.newCase) counts.newCases++;
        touched.add(r.caseId);
        r.joined.forEach((id) => touched.add(id));
      } else if (r.kind === 'duplicate') counts.duplicates++;
      else {
        counts.failed++;
        d.logger.warn('a message could not be read; kept raw', { account: account.id, folder: folder.path, uid: ready[i]!.m.uid, reason: r.reason });
      }
    });
    done += batch.length;
    hooks.onProgress?.({ accountId: account.id, folder: folder.path, done, total });
    if (touched.size) hooks.onCases?.([...touched]);
  }
  state(lastUid, box.highestModseq !== undefined ? String(box.highestModseq) : null);
  return counts;
}

/** INBOX then Sent, on one connection. */
export async function syncAccountFolders(client: ImapFlow, d: SyncDeps, account: MailAccount, hooks: SyncHooks = {}): Promise<SyncCounts> {
  const { inbox, sent } = await mailFolders(client);
  let counts = await syncFolder(client, d, account, inbox, hooks);
  if (sent) counts = addCounts(counts, await syncFolder(client, d, account, sent, hooks));
  return counts;
}

/** Connect, sync INBOX and Sent once, log out: what `sync --once` and the first run do. */
export async function syncAccountOnce(d: SyncDeps, account: MailAccount, hooks: SyncHooks = {}, tuning?: ConnectionTuning): Promise<SyncCounts> {
  const parser = d.read ? null : createParserPool(d.logger, d.attachments);
  try {
    return await withImap(account, tuning, (client) => syncAccountFolders(client, parser ? { ...d, read: parser.read } : d, account, hooks));
  } finally {
    await parser?.close();
  }
}
