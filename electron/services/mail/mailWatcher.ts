import type { ImapFlow } from 'imapflow';
import type { MailAccount } from './mailAccounts';
import { classifyMailError, type MailProblem } from './mailProblems';
import { connectImap, mailFolders, syncFolder, type FolderProgress, type FolderRef, type SyncCounts, type SyncDeps } from './mailSync';
import type { ConnectionTuning } from './mailConnection';

export type WatcherState = 'connecting' | 'syncing' | 'watching' | 'offline' | 'stopped';

export interface WatcherStatus {
  accountId: string;
  state: WatcherState;
  /** Whether the server pushes new mail (IDLE) or is polled. */
  push: boolean;
  problem: MailProblem | null;
  nextRetryAt: number | null;
  lastSyncAt: number | null;
}

export interface WatcherHooks {
  onStatus?(s: WatcherStatus): void;
  onProgress?(p: FolderProgress): void;
  onCases?(caseIds: string[]): void;
  onSynced?(counts: SyncCounts): void;
}

export interface WatcherOptions extends ConnectionTuning {
  /** A full check of INBOX and Sent this often, whatever IDLE says: the polling fallback. */
  pollMs?: number;
  /** Waits between reconnects: doubling from the first to the last, with jitter. */
  backoffMs?: [number, number];
  /** A wait this much longer than asked for means the laptop slept: reconnect and catch up. */
  sleepJumpMs?: number;
  /** Known without opening the account's secrets (which may fail: that is reported, not thrown). */
  accountId?: string;
}

export interface MailWatcher {
  /** Check now (the agent pressed sync, or the network came back); also ends a reconnect wait. */
  kick(): void;
  status(): WatcherStatus;
  stop(): Promise<void>;
}

type Wake = 'exists' | 'poll' | 'kick' | 'closed' | 'stop' | 'slept';

/**
 * Keep one mailbox in sync: connect, catch up on INBOX and Sent, then wait on INBOX with IDLE
 * for new mail, checking both folders every `pollMs` as well (servers without IDLE, missed
 * pushes). When the server or the network goes away, reconnect with backoff and catch up; after
 * the laptop slept, start over with a fresh connection.
 */
export function startMailWatcher(d: SyncDeps, loadAccount: () => MailAccount, hooks: WatcherHooks = {}, o: WatcherOptions = {}): MailWatcher {
  const pollMs = o.pollMs ?? 60_000;
  const [backoffMin, backoffMax] = o.backoffMs ?? [1_000, 5 * 60_000];
  const sleepJumpMs = o.sleepJumpMs ?? 30_000;
  let stopped = false;
  let wake: ((w: Wake) => void) | null = null;
  let pendingWake: Wake | null = null;
  let client: ImapFlow | null = null;
  let status: WatcherStatus = { accountId: o.accountId ?? loadAccount().id, state: 'connecting', push: false, problem: null, nextRetryAt: null, lastSyncAt: null };
  const setStatus = (patch: Partial<WatcherStatus>) => {
    status = { ...status, ...patch };
    hooks.onStatus?.(status);
  };
  const signal = (w: Wake) => {
    if (wake) {
      const fn = wake;
      wake = null;
      fn(w);
    } else if (w !== 'poll' && pendingWake !== 'stop') pendingWake = w;
  };
  const waitFor = (ms: number) =>
    new Promise<Wake>((resolve) => {
      if (pendingWake) {
        const w = pendingWake;
        pendingWake = null;
        return resolve(w);
      }
      const started = Date.now();
      const t = setTimeout(() => {
        wake = null;
        resolve(Date.now() - started > ms + sleepJumpMs ? 'slept' : 'poll');
      }, ms);
      wake = (w) => {
        clearTimeout(t);
        resolve(w);
      };
    });

  const syncBoth = async (c: ImapFlow, account: MailAccount, folders: FolderRef[]) => {
    setStatus({ state: 'syncing' });
    for (const f of folders) {
      const counts = await syncFolder(c, d, account, f, { onProgress: hooks.onProgress, onCases: hooks.onCases });
      hooks.onSynced?.(counts);
    }
    setStatus({ state: 'watching', lastSyncAt: d.clock.now(), problem: null, nextRetryAt: null });
  };

  const session = async () => {
    const account = loadAccount();
    const c = connectImap(account, o);
    client = c;
    if (pendingWake !== 'stop') pendingWake = null;
    c.on('close', () => client === c && signal('closed'));
    c.on('exists', () => client === c && signal('exists'));
    setStatus({ state: 'connecting', nextRetryAt: null });
    await c.connect();
    const { inbox, sent } = await mailFolders(c);
    const all = sent ? [inbox, sent] : [inbox];
    await syncBoth(c, account, all);
    setStatus({ push: c.capabilities.has('IDLE') });
    // the UID the inbox was last caught up to here, so that one that cannot be fetched (expunged
    // meanwhile) is not synced for again and again
    let caughtUpTo = 0;
    for (;;) {
      const box = await c.mailboxOpen(inbox.path, { readOnly: true });
      // mail that came after the inbox was synced and before it was opened again (while Sent was
      // synced) raises no 'exists': the server counts it in silently, so it is fetched now, not
      // at the next poll
      const lastUid = d.repos.mail.folderState(account.id, inbox.path)?.lastUid ?? 0;
      if (box.exists > 0 && box.uidNext - 1 > lastUid && box.uidNext !== caughtUpTo) {
        caughtUpTo = box.uidNext;
        await syncBoth(c, account, [inbox]);
        continue;
      }
      // IDLE until a command (the next sync) ends it; failures surface as 'close'
      void c.idle().catch(() => {});
      const w = await waitFor(pollMs);
      if (w === 'stop') return;
      if (w === 'closed' || w === 'slept') throw Object.assign(new Error(w === 'slept' ? 'woke up after sleep' : 'connection closed'), { code: 'ECONNRESET' });
      if (w === 'exists') await syncBoth(c, account, [inbox]);
      else await syncBoth(c, account, all);
    }
  };

  const dropClient = () => {
    const c = client;
    client = null;
    c?.close();
  };

  const loop = (async () => {
    let attempt = 0;
    while (!stopped) {
      try {
        await session();
        attempt = 0;
      } catch (e) {
        if (stopped) break;
        const problem = classifyMailError(e, 'imap');
        // a wrong password will not fix itself: wait long, until the agent changes it or kicks
        const base = problem.kind === 'auth' ? backoffMax : Math.min(backoffMax, backoffMin * 2 ** attempt);
        const wait = Math.round(base * (0.8 + Math.random() * 0.4));
        attempt++;
        d.logger.warn('mailbox connection lost; retrying', { account: status.accountId, kind: problem.kind, message: problem.message, waitMs: wait });
        dropClient(); // before the wait: its 'close' must not end the wait below
        setStatus({ state: 'offline', problem, nextRetryAt: Date.now() + wait });
        const w = await waitFor(wait);
        if (w === 'stop') break;
      } finally {
        dropClient();
      }
    }
    setStatus({ state: 'stopped', nextRetryAt: null });
  })();

  return {
    kick: () => signal('kick'),
    status: () => status,
    async stop() {
      stopped = true;
      signal('stop');
      pendingWake = 'stop';
      client?.close();
      await loop;
    },
  };
}
