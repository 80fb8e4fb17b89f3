import type { Db } from './database';
import { caseNumberIn, toFtsQuery } from './searchQuery';
import { matchCount, searchTerms, snippetOf, wholeWordCount } from './searchSnippet';

export interface SearchRow {
  caseId: string;
  snippet: string;
}

/**
 * How many of the newest matches per table are ranked. bm25 costs a little per match, and a common
 * word ("leverans") matches tens of thousands of messages at a busy shop: ranking them all took
 * most of a search's time. Below this many matches the ranking is the full one; above it, the best
 * of the newest this many, which in customer service is what is looked for.
 */
export const RANKED_MATCHES = 500;
/** Tied hits are read this many at a time to put whole-word matches first (a bounded cost). */
const TIE_LOOKAHEAD = 64;

/**
 * Full-text search over case subjects, customer names and message text, best match first. Matches
 * are ranked (bm25 only), grouped per case, and snippets are made only for the cases shown, from
 * each hit's own text (searchSnippet.ts).
 */
export function createSearchRepo(db: Db) {
  const caseMatches = db.prepare<{ q: string; window: number }, { rowid: number; score: number }>(
    'SELECT rowid, bm25(cases_fts, 4.0, 3.0) AS score FROM cases_fts WHERE cases_fts MATCH @q ORDER BY rowid DESC LIMIT @window',
  );
  const messageMatches = db.prepare<{ q: string; window: number }, { rowid: number; score: number }>(
    'SELECT rowid, bm25(messages_fts, 2.0, 1.0) AS score FROM messages_fts WHERE messages_fts MATCH @q ORDER BY rowid DESC LIMIT @window',
  );
  const caseText = db.prepare<[number], { id: string; subject: string; name: string | null }>(
    'SELECT c.id, c.subject, cu.name FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.number = ?',
  );
  const messageText = db.prepare<[number], { case_id: string; subject: string | null; body_text: string }>('SELECT case_id, subject, body_text FROM messages WHERE id = ?');
  // '#N' is the shop's number where the team log gave one, else this laptop's own
  const byNumber = db.prepare<[number, number], { id: string; subject: string }>(
    'SELECT id, subject FROM cases WHERE shop_number = ? UNION ALL SELECT id, subject FROM (SELECT id, subject FROM cases WHERE number = ? AND shop_number IS NULL) LIMIT 1',
  );

  /** The hit's case and the text its snippet comes from: the column that holds the most terms. */
  const hitText = (table: 'case' | 'message', rowid: number, terms: string[]): { caseId: string; text: string } | null => {
    if (table === 'case') {
      const c = caseText.get(rowid);
      return c ? { caseId: c.id, text: pick([c.subject, c.name ?? ''], terms) } : null;
    }
    const m = messageText.get(rowid);
    return m ? { caseId: m.case_id, text: pick([m.body_text, m.subject ?? ''], terms) } : null;
  };

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

      const ranked = [
        ...caseMatches.all({ q, window: RANKED_MATCHES }).map((r) => ({ ...r, table: 'case' as const })),
        ...messageMatches.all({ q, window: RANKED_MATCHES }).map((r) => ({ ...r, table: 'message' as const })),
      ].sort((a, b) => a.score - b.score || b.rowid - a.rowid);
      const terms = searchTerms(text);
      const shown = new Set(rows.map((r) => r.caseId));
      // best first; a case shows once, with the snippet of its best hit
      for (let i = 0; i < ranked.length && rows.length < limit; ) {
        // hits bm25 cannot tell apart (every query word only as a prefix, say): whole words first
        // ("Samtal 7" before "Samtal 79"), then the newest
        let j = i + 1;
        while (j < ranked.length && ranked[j]!.score === ranked[i]!.score) j++;
        const tied = ranked.slice(i, Math.min(j, i + TIE_LOOKAHEAD)).flatMap((m) => {
          const hit = hitText(m.table, m.rowid, terms);
          return hit ? [{ ...hit, whole: wholeWordCount(hit.text, terms) }] : [];
        });
        for (const hit of tied.sort((a, b) => b.whole - a.whole)) {
          if (rows.length >= limit || shown.has(hit.caseId)) continue;
          shown.add(hit.caseId);
          rows.push({ caseId: hit.caseId, snippet: snippetOf(hit.text, terms) });
        }
        i = Math.min(j, i + TIE_LOOKAHEAD);
      }
      return rows;
    },
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;

/** The text that holds the most terms; the first on a tie. */
function pick(texts: string[], terms: string[]): string {
  let best = texts[0] ?? '';
  let most = matchCount(best, terms);
  for (const t of texts.slice(1)) {
    const n = matchCount(t, terms);
    if (n > most) [best, most] = [t, n];
  }
  return best;
}
