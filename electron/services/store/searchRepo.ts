import type { Db } from './database';
import { caseNumberIn, toFtsQuery } from './searchQuery';
import { matchCount, searchTerms, snippetOf, tokensOf as wordsOf, wholeWordCount, type Tokens } from './searchSnippet';

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
  // `t` tells the tables apart: 0 a case (subject, name), 1 a message
  const caseMatches = db.prepare<{ q: string; window: number }, Hit>(
    'SELECT rowid, bm25(cases_fts, 4.0, 3.0) AS score, 0 AS t FROM cases_fts WHERE cases_fts MATCH @q ORDER BY rowid DESC LIMIT @window',
  );
  const messageMatches = db.prepare<{ q: string; window: number }, Hit>(
    'SELECT rowid, bm25(messages_fts, 2.0, 1.0) AS score, 1 AS t FROM messages_fts WHERE messages_fts MATCH @q ORDER BY rowid DESC LIMIT @window',
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

  /** The case and texts of each hit in the run, keyed by keyOf; split into words only when needed. */
  const readTexts = (hits: Hit[], into: Map<number, HitText | null>): void => {
    const ids = (t: Hit['t']) => JSON.stringify(hits.filter((h) => h.t === t).map((h) => h.rowid));
    for (const h of hits) into.set(keyOf(h), null);
    for (const c of caseTexts.all(ids(0))) into.set(c.number * 2, { caseId: c.id, texts: [c.subject, c.name ?? ''] });
    for (const m of messageTexts.all(ids(1))) into.set(m.id * 2 + 1, { caseId: m.case_id, texts: [m.body_text, m.subject ?? ''] });
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

      const ranked = caseMatches.all({ q, window: RANKED_MATCHES });
      for (const m of messageMatches.all({ q, window: RANKED_MATCHES })) ranked.push(m);
      ranked.sort((a, b) => a.score - b.score || b.rowid - a.rowid);
      const terms = searchTerms(text);
      const shown = new Set(rows.map((r) => r.caseId));
      const texts = new Map<number, HitText | null>();
      const textOf = (at: number): HitText | null => {
        const key = keyOf(ranked[at]!);
        if (!texts.has(key)) readTexts(ranked.slice(at, at + READ_AHEAD), texts);
        return texts.get(key)!;
      };
      // a hit's text is split into words once, and only for a tie or a case shown
      const tokensOf = (hit: HitText): Tokens => (hit.tokens ??= pick(hit.texts, terms));
      // best first; a case shows once, with the snippet of its best hit
      for (let i = 0; i < ranked.length && rows.length < limit; ) {
        // hits bm25 cannot tell apart (every query word only as a prefix, say): whole words first
        // ("Samtal 7" before "Samtal 79"), then the newest
        let j = i + 1;
        while (j < ranked.length && ranked[j]!.score === ranked[i]!.score) j++;
        const tied: Array<{ hit: HitText; whole: number }> = [];
        for (let k = i; k < Math.min(j, i + TIE_LOOKAHEAD); k++) {
          const hit = textOf(k);
          if (hit) tied.push({ hit, whole: j - i > 1 ? wholeWordCount(tokensOf(hit), terms) : 0 });
        }
        for (const { hit } of tied.sort((a, b) => b.whole - a.whole)) {
          if (rows.length >= limit || shown.has(hit.caseId)) continue;
          shown.add(hit.caseId);
          rows.push({ caseId: hit.caseId, snippet: snippetOf(tokensOf(hit), terms) });
        }
        i = Math.min(j, i + TIE_LOOKAHEAD);
      }
      return rows;
    },
  };
}
export type SearchRepo = ReturnType<typeof createSearchRepo>;

/** A match: its rowid, its bm25 score (lower is better), and its table (0 cases, 1 messages). */
type Hit = { rowid: number; score: number; t: 0 | 1 };
/** A hit's case, and its texts (the column to show first); their words once they are needed. */
type HitText = { caseId: string; texts: string[]; tokens?: Tokens };
/** One number per hit: case numbers and message ids may be equal, so the table is the low bit. */
const keyOf = (h: Hit): number => h.rowid * 2 + h.t;

/** The text that holds the most terms; the first on a tie. */
function pick(texts: string[], terms: string[]): Tokens {
  let best = wordsOf(texts[0] ?? '');
  let most = matchCount(best, terms);
  for (const t of texts.slice(1)) {
    const tokens = wordsOf(t);
    const n = matchCount(tokens, terms);
    if (n > most) [best, most] = [tokens, n];
  }
  return best;
}
