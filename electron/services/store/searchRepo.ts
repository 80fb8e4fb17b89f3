import type { Db } from './database';
import { caseNumberIn, toFtsQuery } from './searchQuery';

export interface SearchRow {
  caseId: string;
  snippet: string;
}

/** Full-text search over case subjects, customer names and message text, best match first. */
export function createSearchRepo(db: Db) {
  const ranked = db.prepare<{ q: string; limit: number }, { case_id: string; score: number; snip: string }>(`
    SELECT case_id, min(score) AS score, snip FROM (
      SELECT c.id AS case_id, bm25(cases_fts, 4.0, 3.0) AS score,
             snippet(cases_fts, -1, char(2), char(3), '…', 12) AS snip
      FROM cases_fts JOIN cases c ON c.number = cases_fts.rowid
      WHERE cases_fts MATCH @q
      UNION ALL
      SELECT m.case_id, bm25(messages_fts, 2.0, 1.0),
             snippet(messages_fts, -1, char(2), char(3), '…', 12)
      FROM messages_fts JOIN messages m ON m.id = messages_fts.rowid
      WHERE messages_fts MATCH @q
    )
    GROUP BY case_id ORDER BY score LIMIT @limit`);
  const byNumber = db.prepare<[number], { id: string; subject: string }>('SELECT id, subject FROM cases WHERE number = ?');

  return {
    search(text: string, limit: number): SearchRow[] {
      const rows: SearchRow[] = [];
      const n = caseNumberIn(text);
      if (n !== null) {
        const c = byNumber.get(n);
        if (c) rows.push({ caseId: c.id, snippet: c.subject });
      }
      const q = toFtsQuery(text);
      if (q) {
        for (const r of ranked.all({ q, limit })) {
          if (!rows.some((x) => x.caseId === r.case_id)) rows.push({ caseId: r.case_id, snippet: r.snip });
        }
      }
      return rows.slice(0, limit);
    },
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;
