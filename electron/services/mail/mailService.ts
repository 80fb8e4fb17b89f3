import type { MailStatus } from '../../../shared/contract/api';
import type { Clock } from '../../../shared/domain/clock';
import type { EventHub } from '../events/eventHub';
import type { Logger } from '../logger';
import type { SecretBox } from '../secrets/secretBox';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { AttachmentStore } from './attachmentStore';
import { loadMailAccount } from './mailAccounts';
import type { ConnectionTuning } from './mailConnection';
import { startMailWatcher, type MailWatcher, type WatcherStatus } from './mailWatcher';
import { sendDueEmails } from './sendEmails';
import { classifyMailError, type MailProblem } from './mailProblems';

export interface MailServiceDeps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  attachments: AttachmentStore;
  logger: Logger;
  events: EventHub;
  secrets: SecretBox;
  tuning?: ConnectionTuning;
  pollMs?: number;
  backoffMs?: [number, number];
  /** An e-mail of this case went out (the first answer may take the case: cases/caseCommands.ts). */
  onSent?(caseId: string): void;
}

export interface MailService {
  /** Watch every mailbox and run the outbox. */
  start(): void;
  /** The accounts changed: watch the ones there are now. */
  reload(): void;
  statuses(): MailStatus[];
  /** Check now; with no id, every mailbox. Also sends what is due. */
  kick(accountId?: string): number;
  kickOutbox(): void;
  /** Whether every mailbox is reachable (true when there are none). */
  online(): boolean;
  stop(): Promise<void>;
}

/**
 * The running e-mail channel: one watcher per mailbox (IDLE, polling, reconnects) and one outbox
 * runner that sends what is due, waking when something is queued, when a retry is due, and when a
 * mailbox comes back online.
 */
export function createMailService(d: MailServiceDeps): MailService {
  const watchers = new Map<string, MailWatcher>();
  const statuses = new Map<string, MailStatus>();
  let running = false;
  let outboxWake: (() => void) | null = null;
  let outboxLoop: Promise<void> | null = null;
  let outboxKicked = false;
  /** The outbox could not write to this computer's disk: shown on every mailbox until a round succeeds. */
  let outboxProblem: MailProblem | null = null;

  const current = () => [...statuses.values()].map((s) => (outboxProblem && !s.problem ? { ...s, problem: outboxProblem } : s));
  const publish = () => {
    // the app's one status (online, outbox) is made from this by app/statusAggregator.ts
    d.events.emit('mailStatusChanged', current());
  };
  const setStatus = (s: WatcherStatus, progress: MailStatus['progress'] = statuses.get(s.accountId)?.progress ?? null) => {
    const before = statuses.get(s.accountId);
    statuses.set(s.accountId, { ...s, progress: s.state === 'syncing' ? progress : null });
    if (before?.state === 'offline' && s.state !== 'offline') service.kickOutbox();
    publish();
  };

  const watch = (id: string) => {
    if (d.repos.accounts.get(id)?.demo) {
      // the demo's mailbox has no server to watch: it is simply there, and its outbox sends locally
      setStatus({ accountId: id, state: 'watching', push: false, problem: null, nextRetryAt: null, lastSyncAt: null });
      return;
    }
    const w = startMailWatcher(
      d,
      () => loadMailAccount(d, id),
      {
        onStatus: (s) => setStatus(s),
        onProgress: (p) => {
          const s = statuses.get(id);
          if (s) {
            statuses.set(id, { ...s, progress: { folder: p.folder, done: p.done, total: p.total } });
            d.events.emit('mailStatusChanged', current());
          }
        },
        onCases: (ids) => d.events.emit('casesChanged', { ids }),
      },
      { ...d.tuning, pollMs: d.pollMs, backoffMs: d.backoffMs, accountId: id },
    );
    watchers.set(id, w);
  };

  const runOutbox = async () => {
    while (running) {
      outboxKicked = false;
      try {
        const r = await sendDueEmails({ ...d, loadAccount: (id) => loadMailAccount(d, id) });
        for (const id of new Set(r.sentCases)) d.onSent?.(id);
        if (r.changedCases.length) d.events.emit('casesChanged', { ids: [...new Set(r.changedCases)] });
        const cleared = outboxProblem !== null;
        outboxProblem = null;
        if (r.sent || r.failed || r.foundInSent || cleared) publish();
      } catch (e) {
        d.logger.error('outbox round failed', { error: String(e) });
        const problem = classifyMailError(e, 'smtp');
        if (problem.kind === 'diskFull') {
          outboxProblem = problem;
          publish();
        }
      }
      if (!running) break;
      if (outboxKicked) continue;
      const next = d.repos.outbox.nextDueAt('email');
      const wait = Math.max(200, Math.min(30_000, next === null ? 30_000 : next - d.clock.now()));
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, wait);
        outboxWake = () => {
          clearTimeout(t);
          resolve();
        };
      });
      outboxWake = null;
    }
  };

  const service: MailService = {
    start() {
      if (running) return;
      running = true;
      for (const a of d.repos.accounts.list()) watch(a.id);
      outboxLoop = runOutbox();
    },
    reload() {
      if (!running) return;
      const ids = new Set(d.repos.accounts.list().map((a) => a.id));
      for (const [id, w] of watchers) {
        void w.stop();
        watchers.delete(id);
      }
      for (const id of [...statuses.keys()]) if (!ids.has(id)) statuses.delete(id);
      for (const id of ids) watch(id);
      publish();
    },
    statuses: current,
    kick(accountId) {
      let n = 0;
      for (const [id, w] of watchers) {
        if (accountId && id !== accountId) continue;
        w.kick();
        n++;
      }
      service.kickOutbox();
      return n;
    },
    kickOutbox() {
      outboxKicked = true;
      outboxWake?.();
    },
    online: () => [...statuses.values()].every((s) => s.state !== 'offline'),
    async stop() {
      running = false;
      outboxWake?.();
      await Promise.all([...watchers.values()].map((w) => w.stop()));
      watchers.clear();
      await outboxLoop;
    },
  };
  return service;
}
