import type Database from 'better-sqlite3';
import type { CaseSummary } from '../../../shared/contract/api';
import type { Channel } from '../../../shared/domain/channels';
import { priorityFromRank, type CaseStatus } from '../../../shared/domain/cases';
import type { Db } from './database';
import { deferredIndex } from './deferredIndex';
import { CASE_SEARCH_ROWS } from './searchIndex';

export interface CaseRow {
  id: string;
  number: number;
  channel: Channel;
  status: CaseStatus;
  priority: number;
  subject: string;
  customer_id: string | null;
  customer_name: string | null;
  assignee: string | null;
  preview: string;
  created_at: number;
  updated_at: number;
  last_message_at: number | null;
  waiting_since: number | null;
  sla_due_at: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
  shop_number: number | null;
  shared_key: string | null;
  /** 0: a live chat waiting for an answer (first in the queue); 1: everything else. */
  live_rank: number;
}

export type CaseFilter = 'active' | 'open' | 'waiting' | 'resolved' | 'all';

export interface NewCase {
  id: string;
  channel: Channel;
  status: CaseStatus;
  priority: number;
  subject: string;
  customerId: string | null;
  assignee: string | null;
  preview: string;
  now: number;
  waitingSince: number | null;
  slaDueAt: number | null;
  /** For cases that follow a mailbox thread or a chat conversation. */
  accountId?: string | null;
  threadKey?: string | null;
}

export type CasePatch = Partial<{
  status: CaseStatus;
  priority: number;
  subject: string;
  assignee: string | null;
  preview: string;
  last_message_at: number | null;
  waiting_since: number | null;
  sla_due_at: number | null;
  first_response_at: number | null;
  resolved_at: number | null;
}>;

const SELECT = `SELECT c.id, c.number, c.channel, c.status, c.priority, c.subject, c.customer_id,
  cu.name AS customer_name, c.assignee, c.preview, c.created_at, c.updated_at, c.last_message_at,
  c.waiting_since, c.sla_due_at, c.first_response_at, c.resolved_at, c.shop_number, c.shared_key, c.live_rank
  FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id`;

// These expressions must stay the same as in the cases_queue_* indexes (0011_live_chat_first.sql).
// A live chat waiting for an answer comes first (live_rank 0), then priority, then the deadline.
const QUEUE_ORDER = 'ORDER BY c.live_rank, c.priority, coalesce(c.sla_due_at, 9007199254740991), c.number';
const FILTERS: Record<CaseFilter, string> = {
  active: "(c.status <> 'resolved') = 1",
  open: "c.status = 'open'",
  waiting: "c.status = 'waiting'",
  resolved: "c.status = 'resolved'",
  all: '1 = 1',
};

export type OwnerFilter = 'everyone' | 'mine' | 'unassigned';
const OWNERS: Record<OwnerFilter, string> = {
  everyone: '1 = 1',
  mine: 'c.assignee = @me',
  unassigned: 'c.assignee IS NULL',
};

export function toSummary(r: CaseRow): CaseSummary {
  return {
    id: r.id,
    // the shop's number once the team log has given one; until then this laptop's own
    number: r.shop_number ?? r.number,
    channel: r.channel,
    status: r.status,
    priority: priorityFromRank(r.priority),
    subject: r.subject,
    customerId: r.customer_id,
    customerName: r.customer_name ?? '',
    assignee: r.assignee,
    preview: r.preview,
    createdAt: r.created_at,
    updatedAt: r.updated_at,
    lastMessageAt: r.last_message_at,
    waitingSince: r.waiting_since,
    slaDueAt: r.sla_due_at,
  };
}

const PATCHABLE = new Set<keyof CasePatch>([
  'status', 'priority', 'subject', 'assignee', 'preview', 'last_message_at', 'waiting_since',
  'sla_due_at', 'first_response_at', 'resolved_at',
]);

export function createCasesRepo(db: Db) {
  const getById = db.prepare<[string], CaseRow>(`${SELECT} WHERE c.id = ?`);
  const nextNumber = db.prepare<[], { n: number }>('SELECT coalesce(max(number), 0) + 1 AS n FROM cases');
  const insert = db.prepare(`INSERT INTO cases (id, number, channel, status, priority, subject, customer_id,
      assignee, preview, created_at, updated_at, last_message_at, waiting_since, sla_due_at, account_id, thread_key)
    VALUES (@id, @number, @channel, @status, @priority, @subject, @customerId, @assignee, @preview,
      @now, @now, @now, @waitingSince, @slaDueAt, @accountId, @threadKey)`);
  // a new case is indexed for search here, not by a trigger (migration 0016); the customer's name
  // is read when it is indexed, so a batch indexes the name its cases ended with
  const indexOne = db.prepare<[number]>(`${CASE_SEARCH_ROWS} WHERE c.number = ?`);
  const index = deferredIndex(db, db.prepare<[], number>('SELECT coalesce(max(number), 0) FROM cases').pluck(), db.prepare<[number]>(`${CASE_SEARCH_ROWS} WHERE c.number > ?`));
  // A page is read in two steps: the positions from the covering queue index (an OFFSET deep in
  // 150,000 cases then costs index steps, not row and join lookups), then just those rows.
  const positions = new Map<string, Database.Statement<{ me: string; limit: number; offset: number }, number>>();
  const counts = new Map<string, Database.Statement<{ me: string }, { n: number }>>();
  for (const f of Object.keys(FILTERS) as CaseFilter[]) {
    for (const o of Object.keys(OWNERS) as OwnerFilter[]) {
      const where = `${FILTERS[f]} AND ${OWNERS[o]}`;
      positions.set(`${f}:${o}`, db.prepare<{ me: string; limit: number; offset: number }, number>(`SELECT c.number FROM cases c WHERE ${where} ${QUEUE_ORDER} LIMIT @limit OFFSET @offset`).pluck());
      counts.set(`${f}:${o}`, db.prepare(`SELECT count(*) AS n FROM cases c WHERE ${where}`));
    }
  }
  const byNumbers = db.prepare<[string], CaseRow & { number: number }>(`${SELECT} WHERE c.number IN (SELECT value FROM json_each(?))`);
  const byIds = db.prepare<[string], CaseRow>(`${SELECT} WHERE c.id IN (SELECT value FROM json_each(?))`);
  const idByNumber = db.prepare<[number, number], { id: string }>(
    'SELECT id FROM cases WHERE shop_number = ? UNION ALL SELECT id FROM (SELECT id FROM cases WHERE number = ? AND shop_number IS NULL) LIMIT 1',
  );
  const bySharedKey = db.prepare<[string], CaseRow>(`${SELECT} WHERE c.shared_key = ?`);
  const setShared = db.prepare('UPDATE cases SET shared_key = ? WHERE id = ? AND shared_key IS NULL');
  const setShopNumber = db.prepare('UPDATE cases SET shop_number = ? WHERE id = ? AND shop_number IS NOT ?');
  const freeShopNumber = db.prepare('UPDATE cases SET shop_number = NULL WHERE shop_number = ? AND id <> ?');
  const withoutKey = db.prepare<[], { id: string; channel: string; thread_key: string | null }>('SELECT id, channel, thread_key FROM cases WHERE shared_key IS NULL');
  const allIds = db.prepare<[], { id: string }>('SELECT id FROM cases ORDER BY number');
  const recentMail = db.prepare<[string, string, number], CaseRow>(
    `${SELECT} WHERE c.customer_id = ? AND c.account_id = ? AND c.channel = 'email' AND c.last_message_at >= ? ORDER BY c.last_message_at DESC LIMIT 20`,
  );
  const accountOf = db.prepare<[string], string | null>('SELECT account_id FROM cases WHERE id = ?').pluck();
  const threadKeyOf = db.prepare<[string], string | null>('SELECT thread_key FROM cases WHERE id = ?').pluck();
  const byCustomer = db.prepare<[string, string], CaseRow>(
    `${SELECT} WHERE c.customer_id = ? AND c.id <> ? ORDER BY c.created_at DESC LIMIT 50`,
  );

  const updates = new Map<string, Database.Statement>();

  return {
    get(id: string): CaseRow | null {
      return getById.get(id) ?? null;
    },

    /** The rows of these cases in one statement, keyed by id; a missing case is not in the map. */
    getMany(ids: string[]): Map<string, CaseRow> {
      return new Map(byIds.all(JSON.stringify(ids)).map((r) => [r.id, r]));
    },

    /** Insert a case with the next local number; run inside a transaction. */
    insert(c: NewCase): number {
      const number = nextNumber.get()!.n;
      insert.run({ accountId: null, threadKey: null, ...c, number });
      if (!index.deferring) indexOne.run(number);
      return number;
    },

    /** Like messagesRepo.indexedAtEnd: the cases `store` inserts are indexed for search at its end. */
    indexedAtEnd: <T>(store: () => T): T => index.atEnd(store),

    update(id: string, patch: CasePatch, now: number): void {
      const keys = (Object.keys(patch) as Array<keyof CasePatch>).filter((k) => PATCHABLE.has(k));
      if (keys.length === 0) return;
      const shape = keys.sort().join(',');
      let stmt = updates.get(shape);
      if (!stmt) {
        const sets = keys.map((k) => `${k} = @${k}`).join(', ');
        updates.set(shape, (stmt = db.prepare(`UPDATE cases SET ${sets}, updated_at = @now WHERE id = @id`)));
      }
      stmt.run({ ...patch, id, now });
    },

    /** A page of the queue; `owner` narrows it to the agent's own cases (`me`) or those nobody has. */
    list(filter: CaseFilter, offset: number, limit: number, owner: OwnerFilter = 'everyone', me = ''): { total: number; items: CaseRow[] } {
      const numbers = positions.get(`${filter}:${owner}`)!.all({ me, limit, offset });
      const rows = new Map(byNumbers.all(JSON.stringify(numbers)).map((r) => [r.number, r]));
      return { total: counts.get(`${filter}:${owner}`)!.get({ me })!.n, items: numbers.flatMap((n) => rows.get(n) ?? []) };
    },

    idByNumber(n: number): string | null {
      return idByNumber.get(n, n)?.id ?? null;
    },

    bySharedKey: (key: string): CaseRow | null => bySharedKey.get(key) ?? null,
    /** Give a case its shared key (once: a key never changes). */
    setSharedKey: (id: string, key: string) => setShared.run(key, id).changes === 1,
    casesWithoutKey: () => withoutKey.all(),
    setShopNumber(id: string, n: number): boolean {
      freeShopNumber.run(n, id);
      return setShopNumber.run(n, id, n).changes === 1;
    },

    /** Every case id in number order, read lazily (for export). */
    iterateIds(): IterableIterator<{ id: string }> {
      return allIds.iterate();
    },

    /** Recent e-mail cases of this customer in this mailbox, for threading by subject. */
    recentMailCasesOf(customerId: string, accountId: string, since: number): CaseRow[] {
      return recentMail.all(customerId, accountId, since);
    },

    accountOf: (id: string): string | null => accountOf.get(id) ?? null,
    threadKeyOf: (id: string): string | null => threadKeyOf.get(id) ?? null,

    otherCasesOf(customerId: string, exceptCaseId: string): CaseRow[] {
      return byCustomer.all(customerId, exceptCaseId);
    },
  };
}
export type CasesRepo = ReturnType<typeof createCasesRepo>;
