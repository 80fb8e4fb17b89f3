/**
 * The snippet under a search hit, made from the hit's own text. FTS5's snippet() would do it, but
 * it runs the whole MATCH again for every hit: for a common word that is reading the word's list
 * of tens of thousands of messages fifty times, which was most of a search's time. The text of
 * fifty hits is a few kilobytes, so it is marked here instead, the way the index reads it:
 * words are runs of letters and digits (unicode61), compared without case or diacritics
 * (remove_diacritics 2), and each query word matches as a prefix.
 */

const WORD = /[\p{L}\p{N}]+/gu;
const ASCII = /^[\x00-\x7f]*$/;
export const MARK_START = '\u0002';
export const MARK_END = '\u0003';

/** A word of a text: where it stands, and how the index compares it. */
interface Word {
  start: number;
  end: number;
  folded: string;
}

/** A text split into words once, so picking, ranking and the snippet do not split it again. */
export interface Tokens {
  text: string;
  words: Word[];
}

// Folding is most of the work of reading a hit's text, and a shop's words repeat: remember them.
const FOLDED = new Map<string, string>();
const FOLDED_MAX = 20_000;

/** A word as the index compares it: lower case, no diacritics ("Återköp" → "aterkop"). */
export function foldWord(w: string): string {
  if (ASCII.test(w)) return w.toLowerCase();
  let f = FOLDED.get(w);
  if (f === undefined) {
    if (FOLDED.size >= FOLDED_MAX) FOLDED.clear();
    f = w.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
    FOLDED.set(w, f);
  }
  return f;
}

export function tokensOf(text: string): Tokens {
  const words: Word[] = [];
  for (const m of text.matchAll(WORD)) words.push({ start: m.index, end: m.index + m[0].length, folded: foldWord(m[0]) });
  return { text, words };
}

/** The words of what the agent typed, folded, as the index will match them. */
export function searchTerms(text: string): string[] {
  return [...new Set((text.normalize('NFC').match(WORD) ?? []).map(foldWord))].slice(0, 24);
}

/** How many of the text's words match a term (0 when none): used to pick the column a snippet comes from. */
export function matchCount(t: Tokens, terms: string[]): number {
  let n = 0;
  for (const w of t.words) if (termOf(w.folded, terms) >= 0) n++;
  return n;
}

/** How many terms the text holds as whole words ("7" in "Samtal 7", not in "Samtal 79"). */
export function wholeWordCount(t: Tokens, terms: string[]): number {
  return terms.filter((term) => t.words.some((w) => w.folded === term)).length;
}

/**
 * Up to `size` words of text around the best place: the window holding the most different terms,
 * the first such. Matches are wrapped in \u0002…\u0003 (the window shows them as <mark>), and an
 * ellipsis says where the text goes on.
 */
export function snippetOf(t: Tokens, terms: string[], size = 12): string {
  const { text } = t;
  const words = t.words.map((w) => ({ ...w, term: termOf(w.folded, terms) }));
  if (words.length === 0) return '';
  let best = 0;
  let bestScore = -1;
  for (let i = 0; i < words.length; i++) {
    if (words[i]!.term < 0) continue;
    // start the window a little before the match, so it reads as a sentence
    const from = Math.max(0, Math.min(i - 2, words.length - size));
    const seen = new Set(words.slice(from, from + size).flatMap((w) => (w.term >= 0 ? [w.term] : [])));
    if (seen.size > bestScore) {
      bestScore = seen.size;
      best = from;
    }
    // no window can hold more different terms than there are
    if (bestScore === terms.length) break;
  }
  const shown = words.slice(best, best + size);
  let out = best > 0 ? '…' : '';
  let at = shown[0]!.start;
  for (const w of shown) {
    out += text.slice(at, w.start);
    out += w.term >= 0 ? `${MARK_START}${text.slice(w.start, w.end)}${MARK_END}` : text.slice(w.start, w.end);
    at = w.end;
  }
  return (out + (best + size < words.length ? '…' : '')).replace(/\s+/g, ' ').trim();
}

function termOf(word: string, terms: string[]): number {
  return terms.findIndex((t) => word.startsWith(t));
}
