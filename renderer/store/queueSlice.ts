import type { CaseSummary } from '../../shared/contract/api';
import type { SliceCreator } from './appState';
import type { OwnerFilter } from './teamSlice';

export type QueueFilter = 'active' | 'open' | 'waiting' | 'resolved' | 'all';

export const QUEUE_PAGE = 100;

export interface QueueSlice {
  filter: QueueFilter;
  /** Whose cases: everyone's, mine, or nobody's yet. */
  owner: OwnerFilter;
  setOwner(o: OwnerFilter): Promise<void>;
  total: number;
  /** Rows by position; only pages near what is on screen are loaded (the queue may hold 150,000 cases). */
  rows: Map<number, CaseSummary>;
  queueLoaded: boolean;
  setFilter(f: QueueFilter): Promise<void>;
  /** Make sure rows [start, end] are loaded. */
  ensureRows(start: number, end: number): Promise<void>;
  /** Something changed: reload what is on screen, keep showing the old rows until then. */
  invalidateQueue(): Promise<void>;
  /**
   * Cases changed, with their summaries as they are now (undefined: gone, or not sent). Rows the
   * queue holds are patched where they stand; anything that may move a row, add one or drop one
   * (a new case, a status, a deadline, an owner) reloads what is on screen instead.
   */
  applyCaseChanges(changes: Map<string, CaseSummary | undefined>): Promise<void>;
  /** Open the next (1) or previous (-1) case of the queue; the first one when none is open. */
  selectAdjacent(delta: 1 | -1): Promise<void>;
}

export const createQueueSlice: SliceCreator<QueueSlice> = (set, get, { api }) => {
  let version = 0;
  const loadedAt = new Map<number, number>(); // page -> version loaded
  const inFlight = new Set<string>();
  let lastRange: [number, number] = [0, QUEUE_PAGE - 1];

  async function loadPage(page: number): Promise<void> {
    const v = version;
    const filter = get().filter;
    const owner = get().owner;
    const key = `${filter}:${owner}:${v}:${page}`;
    if (loadedAt.get(page) === v || inFlight.has(key)) return;
    inFlight.add(key);
    try {
      const res = await api.listCases({ filter, owner, offset: page * QUEUE_PAGE, limit: QUEUE_PAGE });
      if (v !== version || filter !== get().filter || owner !== get().owner) return; // a newer load superseded this one
      const rows = new Map(get().rows);
      for (let i = 0; i < QUEUE_PAGE; i++) rows.delete(page * QUEUE_PAGE + i);
      res.items.forEach((c, i) => rows.set(page * QUEUE_PAGE + i, c));
      for (const k of rows.keys()) if (k >= res.total) rows.delete(k);
      loadedAt.set(page, v);
      set({ rows, total: res.total, queueLoaded: true });
    } catch (e) {
      get().showError(e);
    } finally {
      inFlight.delete(key);
    }
  }

  async function ensureRows(start: number, end: number): Promise<void> {
    lastRange = [start, end];
    const first = Math.floor(Math.max(0, start) / QUEUE_PAGE);
    const last = Math.floor(Math.max(0, end) / QUEUE_PAGE);
    const pages: Promise<void>[] = [];
    for (let p = first; p <= last; p++) pages.push(loadPage(p));
    await Promise.all(pages);
  }

  return {
    filter: 'active',
    total: 0,
    rows: new Map(),
    queueLoaded: false,
    owner: 'everyone',
    setFilter: async (filter) => {
      version++;
      loadedAt.clear();
      set({ filter, rows: new Map(), total: 0, queueLoaded: false });
      await ensureRows(0, QUEUE_PAGE - 1);
    },
    setOwner: async (owner) => {
      version++;
      loadedAt.clear();
      set({ owner, rows: new Map(), total: 0, queueLoaded: false });
      await ensureRows(0, QUEUE_PAGE - 1);
    },
    ensureRows,
    invalidateQueue: async () => {
      version++;
      loadedAt.clear();
      await ensureRows(lastRange[0], lastRange[1]);
    },
    applyCaseChanges: async (changes) => {
      const rows = new Map(get().rows);
      const at = new Map([...rows].map(([i, c]) => [c.id, i]));
      for (const [id, next] of changes) {
        const i = at.get(id);
        const before = i === undefined ? undefined : rows.get(i);
        if (!next || !before || placeOf(before) !== placeOf(next)) return get().invalidateQueue();
        rows.set(i!, next);
      }
      set({ rows });
    },
    selectAdjacent: async (delta) => {
      const { rows, total, selectedId } = get();
      if (total === 0) return;
      let at = -1;
      for (const [i, c] of rows) if (c.id === selectedId) at = i;
      const next = at < 0 ? 0 : Math.min(total - 1, Math.max(0, at + delta));
      await ensureRows(next, next);
      const c = get().rows.get(next);
      if (c) await get().select(c.id);
    },
  };
};

/** What decides a row's place in the queue and whether a filter shows it (queue order: casesRepo.ts). */
const placeOf = (c: CaseSummary): string => JSON.stringify([c.status, c.priority, c.slaDueAt, c.number, c.assignee, c.channel, c.waitingSince === null]);
