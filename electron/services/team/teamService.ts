/**
 * The shop's shared case state on this laptop: every change an agent makes to a case becomes an
 * event (kept here at once, appended to the mailbox's log folder when it can be), and what the
 * others did comes back from the folder and is merged onto the local cases. Works offline: events
 * wait here and go out when the mailbox is back.
 */
import { randomUUID } from 'node:crypto';
import type { TeamEvent, TeamOp } from '../../../shared/contract/teamLog';
import type { Logger } from '../logger';
import { loadMailAccount, type MailAccount } from '../mail/mailAccounts';
import type { ConnectionTuning } from '../mail/mailConnection';
import { createRepeatingJob } from '../repeatingJob';
import type { SecretBox } from '../secrets/secretBox';
import { applyEvent, projectCase, type TeamStateDeps } from './teamState';
import { exchangeTeamLog, type TeamSyncResult } from './teamSync';
import { watchTeamLog, type TeamWatcher } from './teamWatcher';

export interface TeamServiceDeps extends TeamStateDeps {
  logger: Logger;
  secrets: SecretBox;
  tuning?: ConnectionTuning;
  /** How often the log folder is read while running (ms); IDLE pushes changes in between. */
  pollMs?: number;
  /** Push with IDLE on the log folder while running (on by default). */
  idle?: boolean;
  compactAfter?: number;
}

export interface TeamService {
  /** The key every laptop knows this case by (given now where it has none). */
  keyOf(caseId: string): string;
  /** Record an agent's change to a case: merged here at once, shared at the next exchange. */
  record(caseId: string, op: TeamOp, fields: Record<string, unknown>, as?: string): TeamEvent;
  /** A case appeared or changed here (mail synced, a chat arrived): show the shared state on it. */
  caseSeen(caseId: string): void;
  /** Exchange with the log folder now; null when there is no mailbox to hold it. */
  syncOnce(): Promise<TeamSyncResult | null>;
  /** Exchange soon (after a change). */
  kick(): void;
  start(): void;
  stop(): Promise<void>;
  /** Events made here that wait for the mailbox. */
  pendingCount(): number;
}

export function createTeamService(d: TeamServiceDeps): TeamService {
  const t = d.repos.team;
  const agentName = (as?: string) => as || d.repos.settings.get().agentName || 'agent';
  let running = false;
  let watcher: TeamWatcher | null = null;

  function keyOf(caseId: string): string {
    const row = d.repos.cases.get(caseId);
    if (!row) throw new Error(`there is no case ${caseId}`);
    if (row.shared_key) return row.shared_key;
    // a chat (or a callback booked through the relay) is on every laptop already, by its conversation
    const chat = d.repos.chat.ofCase(caseId);
    if (chat && d.repos.cases.setSharedKey(caseId, `chat:${chat.conversation_id}`)) return `chat:${chat.conversation_id}`;
    const threadKey = d.repos.cases.threadKeyOf(caseId);
    const root = threadKey && threadKey.includes('#') ? threadKey.slice(0, threadKey.lastIndexOf('#')) : null;
    // an e-mail thread is known by its root Message-ID on every laptop; anything else by its own id
    if (root && !d.repos.cases.bySharedKey(root) && d.repos.cases.setSharedKey(caseId, root)) return root;
    const key = `manual:${caseId}`;
    d.repos.cases.setSharedKey(caseId, key);
    return key;
  }

  /** What a case that only this laptop can make (phone, walk-in, SMS) needs so others can show it. */
  function openFields(caseId: string, key: string): Record<string, unknown> {
    const row = d.repos.cases.get(caseId)!;
    // an SMS reaches every laptop from the gateway already: a copy made from the log would be a second case
    if (!key.startsWith('manual:') || row.channel === 'sms') return {};
    const customer = row.customer_id ? d.repos.customers.get(row.customer_id) : null;
    const first = d.repos.messages.listByCase(caseId)[0];
    return {
      byHand: 1,
      caseId,
      channel: row.channel,
      subject: row.subject,
      priority: ['urgent', 'high', 'normal', 'low'][row.priority] ?? 'normal',
      createdAt: row.created_at,
      customer: customer ? { name: customer.name, email: customer.identities.find((i) => i.kind === 'email')?.value ?? null, phone: customer.identities.find((i) => i.kind === 'phone')?.value ?? null } : null,
      note: first?.bodyText ?? '',
      author: first?.author ?? '',
    };
  }

  function record(caseId: string, op: TeamOp, fields: Record<string, unknown>, as?: string): TeamEvent {
    const key = keyOf(caseId);
    const agent = agentName(as);
    const make = (o: TeamOp, f: Record<string, unknown>): TeamEvent => ({ v: 1, type: 'event', id: randomUUID(), caseKey: key, agent, lamport: t.maxLamport() + 1, at: d.clock.now(), op: o, fields: f });
    const event = d.db.transaction(() => {
      // the first event of a case opens it in the log, which gives it the shop's number
      if (op !== 'open' && t.eventsOfCase(key).every((e) => e.op !== 'open') && t.number(key) === null) applyEvent(d, make('open', openFields(caseId, key)), null, true);
      const e = make(op, op === 'open' ? { ...openFields(caseId, key), ...fields } : fields);
      applyEvent(d, e, null, true);
      return e;
    })();
    kick();
    return event;
  }

  function caseSeen(caseId: string): void {
    const row = d.repos.cases.get(caseId);
    if (!row) return;
    const key = row.shared_key ?? (row.channel === 'email' || d.repos.chat.ofCase(caseId) ? keyOf(caseId) : null);
    if (!key) return;
    projectCase(d, key);
    // an active case the log has not opened yet: open it, so every laptop gets one number for it
    if (row.status !== 'resolved' && t.number(key) === null && t.eventsOfCase(key).length === 0 && t.cursor(accountId() ?? '') !== null) record(caseId, 'open', {}, undefined);
  }

  // the team's log lives in a real mailbox: the demo's has none
  const accountId = (): string | null => d.repos.accounts.list().find((a) => !a.demo)?.id ?? null;
  const account = (): MailAccount | null => {
    const id = accountId();
    return id ? loadMailAccount(d, id) : null;
  };

  async function exchange(): Promise<TeamSyncResult | null> {
    const a = account();
    if (!a) return null;
    const r = await exchangeTeamLog(d, a, { agent: agentName(), compactAfter: d.compactAfter ?? 500 });
    const changed: string[] = [];
    d.db.transaction(() => {
      for (const key of r.touched) {
        const id = projectCase(d, key);
        if (id) changed.push(id);
      }
    })();
    if (changed.length) d.events.emit('casesChanged', { ids: changed });
    for (const l of r.lost) {
      const row = d.repos.cases.bySharedKey(l.caseKey);
      if (row) d.events.emit('teamConflict', { caseId: row.id, field: l.field as 'status', value: l.value, by: l.by, at: l.at });
    }
    return r;
  }

  // one exchange at a time, every pollMs while running, sooner after a change here or a push
  const job = createRepeatingJob({
    run: exchange,
    everyMs: d.pollMs ?? 15_000,
    onError: (e) => d.logger.warn('shared case log: exchange failed; changes wait here and go out later', { error: String(e) }),
  });
  function kick(): void {
    // a short pause gathers a burst of changes (a hand-over is a note and an owner) into one exchange
    job.wake(50);
  }

  return {
    keyOf,
    record,
    caseSeen,
    syncOnce: () => job.runNow(),
    kick,
    start() {
      if (running) return;
      running = true;
      job.start();
      if (d.idle !== false) watcher = watchTeamLog({ account, onChange: () => job.wake(0), logger: d.logger, ...(d.tuning ? { tuning: d.tuning } : {}) });
    },
    async stop() {
      running = false;
      await watcher?.stop();
      watcher = null;
      await job.stop();
    },
    pendingCount: () => t.pending().length,
  };
}
