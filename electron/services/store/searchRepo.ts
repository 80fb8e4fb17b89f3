import type { Db } from './database';
import { caseNumberIn, toFtsQuery } from './searchQuery';

export interface SearchRow {
  caseId: string;
  snippet: string;
}

/**
 * Full-text search over case subjects, customer names and message text, best match first. Matches
 * are ranked first (bm25 only), grouped per case, and snippets are made only for the cases shown:
 * a common word can match tens of thousands of messages, and a snippet for each would dominate.
 */
export function createSearchRepo(db: Db) {
  const caseMatches = db.prepare<{ q: string; cap: number }, { case_id: string; rowid: number; score: number }>(`
    SELECT c.id AS case_id, f.rowid, f.score FROM (
      SELECT rowid, bm25(cases_fts, 4.0, 3.0) AS score FROM cases_fts WHERE cases_fts MATCH @q ORDER BY score LIMIT @cap
    ) f JOIN cases c ON c.number = f.rowid`);
  const messageMatches = db.prepare<{ q: string; cap: number }, { case_id: string; rowid: number; score: number }>(`
    SELECT m.case_id, f.rowid, f.score FROM (
      SELECT rowid, bm25(messages_fts, 2.0, 1.0) AS score FROM messages_fts WHERE messages_fts MATCH @q ORDER BY score LIMIT @cap
    ) f JOIN messages m ON m.id = f.rowid`);
  const caseSnippet = db
    .prepare<{ q: string; rowid: bigint }, string>("SELECT snippet(cases_fts, -1, char(2), char(3), '…', 12) FROM cases_fts WHERE cases_fts MATCH @q AND rowid = @rowid")
    .pluck();
  const messageSnippet = db
    .prepare<{ q: string; rowid: bigint }, string>("SELECT snippet(messages_fts, -1, char(2), char(3), '…', 12) FROM messages_fts WHERE messages_fts MATCH @q AND rowid = @rowid")
    .pluck();
  // '#N' is the shop's number where the team log gave one, else this laptop's own
  const byNumber = db.prepare<[number, number], { id: string; subject: string }>(
    'SELECT id, subject FROM cases WHERE shop_number = ? UNION ALL SELECT id, subject FROM (SELECT id, subject FROM cases WHERE number = ? AND shop_number IS NULL) LIMIT 1',
  );

  return {
    search(text: string, limit: number): SearchRow[] {
      const rows: SearchRow[] = [];
      const n = caseNumberIn(text);
      if (n !== null) {
        const c = byNumber.get(n, n);
        if (c) rows.push({ caseId: c.id, snippet: c.subject });
      }
      const q = toFtsQuery(text);
      if (!q) return rows.slice(0, limit);

      const cap = limit * 4;
      const best = new Map<string, { score: number; rowid: number; table: 'case' | 'message' }>();
      const consider = (caseId: string, score: number, rowid: number, table: 'case' | 'message') => {
        const b = best.get(caseId);
        if (!b || score < b.score) best.set(caseId, { score, rowid, table });
      };
      for (const r of caseMatches.all({ q, cap })) consider(r.case_id, r.score, r.rowid, 'case');
      for (const r of messageMatches.all({ q, cap })) consider(r.case_id, r.score, r.rowid, 'message');

      const ranked = [...best.entries()].sort((a, b) => a[1].score - b[1].score);
      for (const [caseId, m] of ranked) {
        if (rows.length >= limit) break;
        if (rows.some((x) => x.caseId === caseId)) continue;
        // the rowid goes in as an INTEGER: FTS5 ignores a rowid constraint given a REAL, which is how a
        // JS number is bound, and every hit then got the first matching message's snippet
        const snippet = (m.table === 'case' ? caseSnippet : messageSnippet).get({ q, rowid: BigInt(m.rowid) }) ?? '';
        rows.push({ caseId, snippet });
      }
      return rows;
    },
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;
