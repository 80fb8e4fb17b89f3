import type { Db } from './database';
import { caseNumberIn, toFtsQuery } from './searchQuery';
import { matchCount, searchTerms, snippetOf, tokensOf, wholeWordCount, type Tokens } from './searchSnippet';

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
/** Hits' texts are read this many at a time, in one statement per table. */
const READ_AHEAD = 64;

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
  // the texts of a run of hits are read in one statement each, not one per hit
  const caseTexts = db.prepare<[string], { number: number; id: string; subject: string; name: string | null }>(
    'SELECT c.number, c.id, c.subject, cu.name FROM cases c LEFT JOIN customers cu ON cu.id = c.customer_id WHERE c.number IN (SELECT value FROM json_each(?))',
  );
  const messageTexts = db.prepare<[string], { id: number; case_id: string; subject: string | null; body_text: string }>(
    'SELECT id, case_id, subject, body_text FROM messages WHERE id IN (SELECT value FROM json_each(?))',
  );
  // '#N' is the shop's number where the team log gave one, else this laptop's own
  const byNumber = db.prepare<[number, number], { id: string; subject: string }>(
    'SELECT id, subject FROM cases WHERE shop_number = ? UNION ALL SELECT id, subject FROM (SELECT id, subject FROM cases WHERE number = ? AND shop_number IS NULL) LIMIT 1',
  );

  type Hit = { table: 'case' | 'message'; rowid: number };
  type HitText = { caseId: string; tokens: Tokens };
  /** The case and text of each hit in the run, keyed by table and rowid: the column that holds the most terms. */
  const readTexts = (hits: Hit[], terms: string[], into: Map<string, HitText | null>): void => {
    const ids = (table: Hit['table']) => JSON.stringify(hits.filter((h) => h.table === table).map((h) => h.rowid));
    for (const h of hits) into.set(`${h.table}:${h.rowid}`, null);
    for (const c of caseTexts.all(ids('case'))) into.set(`case:${c.number}`, { caseId: c.id, tokens: pick([c.subject, c.name ?? ''], terms) });
    for (const m of messageTexts.all(ids('message'))) into.set(`message:${m.id}`, { caseId: m.case_id, tokens: pick([m.body_text, m.subject ?? ''], terms) });
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
      const texts = new Map<string, HitText | null>();
      const textOf = (at: number): HitText | null => {
        const h = ranked[at]!;
        if (!texts.has(`${h.table}:${h.rowid}`)) readTexts(ranked.slice(at, at + READ_AHEAD), terms, texts);
        return texts.get(`${h.table}:${h.rowid}`)!;
      };
      // best first; a case shows once, with the snippet of its best hit
      for (let i = 0; i < ranked.length && rows.length < limit; ) {
        // hits bm25 cannot tell apart (every query word only as a prefix, say): whole words first
        // ("Samtal 7" before "Samtal 79"), then the newest
        let j = i + 1;
        while (j < ranked.length && ranked[j]!.score === ranked[i]!.score) j++;
        const tied: Array<HitText & { whole: number }> = [];
        for (let k = i; k < Math.min(j, i + TIE_LOOKAHEAD); k++) {
          const hit = textOf(k);
          if (hit) tied.push({ ...hit, whole: wholeWordCount(hit.tokens, terms) });
        }
        for (const hit of tied.sort((a, b) => b.whole - a.whole)) {
          if (rows.length >= limit || shown.has(hit.caseId)) continue;
          shown.add(hit.caseId);
          rows.push({ caseId: hit.caseId, snippet: snippetOf(hit.tokens, terms) });
        }
        i = Math.min(j, i + TIE_LOOKAHEAD);
      }
      return rows;
    },
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;

/** The text that holds the most terms; the first on a tie. */
function pick(texts: string[], terms: string[]): Tokens {
  let best = tokensOf(texts[0] ?? '');
  let most = matchCount(best, terms);
  for (const t of texts.slice(1)) {
    const tokens = tokensOf(t);
    const n = matchCount(tokens, terms);
    if (n > most) [best, most] = [tokens, n];
  }
  return best;
}
