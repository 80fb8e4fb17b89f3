import fs from 'node:fs';
import path from 'node:path';
import { createServices, DATABASE_FILE } from '../electron/services/app/createServices';
import { benchStore } from './benchStore';
import { createInMemoryClient } from '../shared/contract/inMemoryTransport';
import { toFtsQuery } from '../electron/services/store/searchQuery';
import { ms, ratio, summarize, table, timeIt } from './stats';

const COUNT = 150_000;
const QUERIES = ['trasig kaffekvarn', 'faktura', 'leverans', 'espressomaskinen läcker', 'discount code', 'lösenord', 'Andersson', 'retur tekanna', 'presentkort', 'chai nuts'];

/**
 * The queue and search at 150,000 cases through the app API (validation and JSON round trip
 * included), each beside a peer on the same store in the same run: for a queue page, the plain
 * one-query SQL (JOIN + OFFSET) an app would write first; for search, a bare FTS5 match on message
 * text, the floor of any search over this index.
 */
export async function benchQueueAndSearch(): Promise<void> {
  const { dir, note } = await benchStore(COUNT, 1);
  const services = createServices({ dataDir: dir, mode: 'test' });
  const api = createInMemoryClient(services.endpoint);
  const raw = services.db;
  console.log(`\n## Queue and search over ${COUNT.toLocaleString('en')} cases (${note}; ${(fs.statSync(path.join(dir, DATABASE_FILE)).size / 2 ** 20).toFixed(0)} MiB store)`);

  const rawPage = raw.prepare(`SELECT c.*, cu.name FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id
    WHERE (c.status <> 'resolved') = 1 ORDER BY c.priority, coalesce(c.sla_due_at, 9007199254740991), c.number LIMIT 100 OFFSET ?`);
  const total = (await api.listCases({ filter: 'active', limit: 1 })).total;
  const rows = [['queue page of 100', 'Växel API p50', 'p95', 'one SQL query (JOIN + OFFSET) p50', 'p95', 'ratio p50']];
  for (const [label, offset] of [['top', 0], ['middle', Math.floor(total / 2)], ['end', total - 100]] as const) {
    const a: number[] = [];
    const b: number[] = [];
    for (let i = 0; i < 30; i++) {
      a.push(await timeIt(() => api.listCases({ filter: 'active', offset, limit: 100 })));
      b.push(await timeIt(() => rawPage.all(offset)));
    }
    const sa = summarize(a);
    const sb = summarize(b);
    rows.push([`${label} (offset ${offset.toLocaleString('en')})`, ms(sa.p50), ms(sa.p95), ms(sb.p50), ms(sb.p95), ratio(sa.p50, sb.p50)]);
  }
  console.log(table(rows));

  const rawSearch = raw.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ? ORDER BY rank LIMIT 50');
  // Each contender runs in a block of its own: interleaved, the peer's scans of every match
  // evicted the pages and caches Växel's next query then read again (p95 28–32 ms against 8.5 ms
  // in blocks, measured). The first pass over the queries reads the store from disk; it is printed
  // apart, and the figures are of the five passes after it.
  const passes = async (f: (q: string) => unknown): Promise<{ cold: number[]; warm: number[] }> => {
    const cold: number[] = [];
    const warm: number[] = [];
    for (let round = 0; round < 6; round++) for (const q of QUERIES) (round === 0 ? cold : warm).push(await timeIt(() => f(q)));
    return { cold, warm };
  };
  const vaxel = await passes((q) => api.search({ query: q, limit: 50 }));
  const peer = await passes((q) => rawSearch.all(toFtsQuery(q)));
  const [sa, sb, ca, cb] = [summarize(vaxel.warm), summarize(peer.warm), summarize(vaxel.cold), summarize(peer.cold)];
  const slowest = (a: number[]) => Math.max(...a);
  console.log(
    table([
      ['search, 10 queries × 5', 'Växel API p50', 'p95', 'raw FTS5 p50', 'p95', 'ratio p50'],
      ['(cases + messages, top 50)', ms(sa.p50), ms(sa.p95), ms(sb.p50), ms(sb.p95), ratio(sa.p50, sb.p50)],
      ['first pass after opening', ms(ca.p50), ms(slowest(vaxel.cold)), ms(cb.p50), ms(slowest(peer.cold)), ratio(ca.p50, cb.p50)],
    ]),
  );
  console.log('aim: search p95 under 10 ms through the API at 150,000 cases; the first pass after opening shows p50 and the slowest (max) instead.');
  console.log('Växel search also ranks subjects and customer names (bm25 over the newest 500 matches of each), makes each snippet from its own hit and returns whole case rows; the raw peer ranks message text only, over every match.');
  services.close();
}
