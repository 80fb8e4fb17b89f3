import { fold } from './lexicon';
import { formsOf, stemsOf } from './stems';

/**
 * Finding a word list's entries in a text, as the suggestions' rules read it: folded, by the start
 * of a word, by another form of it (Snowball stems), and phrases by their words' stems.
 */

interface PreparedText {
  text: string;
  t: string;
  /** Each token's Swedish and English stems, in order, for entries of several words. */
  stems: Array<[string, string]>;
  /** Where each stem stands ("s:skick" → [3]), so a phrase is looked for only where it can start. */
  at: Map<string, number[]>;
  /** Every start of every word ("lev", "leve", … "leveransen"): a one-word entry is found by one look-up. */
  starts: Set<string>;
  /** The ways an entry can be a word, by language ("s:" its Swedish stem and the compound heads it ends in, "e:" its English stem), each to the words that have it. */
  formOf: Map<string, string[]>;
}

/** No one-word entry is longer than this (checked when the lists are read). */
const MAX_ENTRY_LENGTH = 32;

/** One suggestion asks ~20 word lists about the same text: it is folded, split and stemmed once. */
let last: PreparedText | null = null;
function prepared(text: string): PreparedText {
  if (last?.text !== text) {
    const flat = fold(text).replace(/[^\p{L}\p{N}' ]+/gu, ' ');
    const tokens = flat.split(/\s+/).filter(Boolean);
    const stems = tokens.map(stemsOf);
    const at = new Map<string, number[]>();
    stems.forEach(([sv, en], i) => {
      for (const key of [`s:${sv}`, `e:${en}`]) {
        const where = at.get(key);
        if (where) where.push(i);
        else at.set(key, [i]);
      }
    });
    const starts = new Set<string>();
    for (const tok of tokens) for (let n = 1; n <= Math.min(tok.length, MAX_ENTRY_LENGTH); n++) starts.add(tok.slice(0, n));
    const formOf = new Map<string, string[]>();
    const add = (key: string, tok: string) => {
      const toks = formOf.get(key);
      if (toks) toks.push(tok);
      else formOf.set(key, [tok]);
    };
    for (const tok of new Set(tokens)) {
      const { sv, en } = formsOf(tok);
      for (const f of sv) add(`s:${f}`, tok);
      add(`e:${en}`, tok);
    }
    last = { text, t: ` ${flat} `, stems, at, starts, formOf };
  }
  return last;
}

interface Entry {
  word: string;
  /** The word folded as it is written ("sign-in"), which says whether one found entry holds another. */
  foldedWord: string;
  /** The word folded as the text is read: punctuation as spaces ("sign in"). */
  folded: string;
  /** The same after a space: an entry with a space is found as it stands after a word's start. */
  spaced: string;
  single: boolean;
  /** For an entry of several words, each word's stems ("skicka tillbaka" → skick, tillbak). */
  wordStems: Array<[string, string]>;
  /** Its first word, which a text must have whole to hold the entry as written. */
  head: string;
  /** Its first word's stems as `PreparedText.at` keys them. */
  headKeys: [string, string];
  /** The phrase by its Swedish stems: two entries with the same one are one phrase. */
  signature: string;
  /** The same by its English stems ("size chart" and "sizing chart" are one phrase in English). */
  enSignature: string;
  /**
   * For a one-word entry of four letters or more, the `PreparedText.formOf` keys it is found by as
   * another form of a word (its Swedish form, its English stem, its Swedish stem): made once here,
   * not for every text.
   */
  formKeys: string[];
}
/**
 * A word list read once: its entries, and where each can be found, so a text is matched by
 * looking its own words up instead of trying every entry (a suggestion asks about 1,600 entries of
 * each message; a short one has a few words). Each index holds entry numbers in the list's order.
 */
interface IndexedList {
  entries: Entry[];
  /** One-word entries by their folded word: found at the start of a word of the text. */
  single: Map<string, number[]>;
  singles: number;
  /** Entries with a space ("ordern ", "skicka tillbaka") by their first word. */
  byHead: Map<string, number[]>;
  /** One-word entries by the keys they are found by as another form of a word (Entry.formKeys). */
  byFormKey: Map<string, number[]>;
  /** Entries of several words by their first word's stems (Entry.headKeys). */
  byHeadKey: Map<string, number[]>;
}

function push(index: Map<string, number[]>, key: string, i: number): void {
  const list = index.get(key);
  if (!list) index.set(key, [i]);
  else if (list.at(-1) !== i) list.push(i);
}

const lists = new WeakMap<readonly string[], IndexedList>();
function listOf(words: readonly string[]): IndexedList {
  let list = lists.get(words);
  if (!list) {
    const entries = words.map(entryOf);
    list = { entries, single: new Map(), singles: 0, byHead: new Map(), byFormKey: new Map(), byHeadKey: new Map() };
    for (const [i, e] of entries.entries()) {
      if (e.single) {
        push(list.single, e.folded, i);
        list.singles++;
      } else push(list.byHead, e.head, i);
      for (const key of e.formKeys) push(list.byFormKey, key, i);
      if (e.wordStems.length > 1) for (const key of e.headKeys) push(list.byHeadKey, key, i);
    }
    lists.set(words, list);
  }
  return list;
}

function entryOf(word: string): Entry {
  // the entry is read as the text is: folded, punctuation as spaces ("e-postadress" as "e postadress")
  const folded = fold(word).replace(/[^\p{L}\p{N}' ]+/gu, ' ').replace(/ +/g, ' ');
  const single = !folded.includes(' ');
  // "ordern " (a trailing space) means that word exactly: not a phrase, not another form
  const words = folded.trim().split(' ');
  const wordStems = words.length > 1 ? words.map(stemsOf) : [];
  if (single && folded.length > MAX_ENTRY_LENGTH) throw new Error(`a word list entry is longer than ${MAX_ENTRY_LENGTH} letters: ${word}`);
  const [sv0, en0] = wordStems[0] ?? ['', ''];
  const stem = stemsOf(folded)[0];
  const formKeys = single && folded.length >= 4 ? [`s:${folded}`, `e:${folded}`, ...(stem.length >= 4 ? [`s:${stem}`] : [])] : [];
  return { word, foldedWord: fold(word), folded, spaced: ` ${folded}`, single, wordStems, head: words[0]!, headKeys: [`s:${sv0}`, `e:${en0}`], signature: wordStems.map(([sv]) => sv).join(' '), enSignature: `e:${wordStems.map(([, en]) => en).join(' ')}`, formKeys };
}

/** The entry numbers of `index` under the keys of `keys`, ascending, each once: from the smaller side. */
function hits(index: Map<string, number[]>, keys: { size: number; keys(): Iterable<string>; has(k: string): boolean }): number[] {
  const out: number[] = [];
  if (keys.size < index.size) {
    for (const k of keys.keys()) {
      const list = index.get(k);
      if (list) for (const i of list) out.push(i);
    }
  } else for (const [k, list] of index) if (keys.has(k)) for (const i of list) out.push(i);
  return [...new Set(out.sort((a, b) => a - b))];
}

/**
 * The entries of a word list found in the text: at the start of a word ("reklamation" finds
 * "reklamationen"), or, for a one-word entry, as another form of the word ("skickas" for
 * "skickad", "lampa" for "lampor") or the last part of a compound ("leverans" in "hemleveransen"),
 * both by the Snowball stems (stems.ts). An entry that is the start of another found entry
 * ("leverans" in "leveranstid") is the same evidence and is left out.
 */
export function findWords(text: string, words: readonly string[]): string[] {
  const { t, stems, at, starts, formOf } = prepared(text);
  const list = listOf(words);
  const { entries } = list;
  // a one-word entry at the start of a word is one look-up; a phrase is looked for in the text
  // (a phrase whose first word the text lacks is not searched for: most are not there)
  const prefixAt = new Set([...hits(list.single, starts), ...hits(list.byHead, starts).filter((i) => t.includes(entries[i]!.spaced))]);
  const byPrefix = [...prefixAt].sort((a, b) => a - b).map((i) => entries[i]!);
  // a word already explained by an entry at its start ("dubbeldebiterad") is not read again as a compound
  const inForm = (key: string) => (formOf.get(key) ?? []).some((tok) => !byPrefix.some((e) => tok.startsWith(e.folded)));
  const byForm = hits(list.byFormKey, formOf)
    .filter((i) => !prefixAt.has(i) && entries[i]!.formKeys.some(inForm))
    .map((i) => entries[i]!);
  // an entry of several words, in other forms: "skickar tillbaka" for "skicka tillbaka"
  // ("skickat tillbaka" and "skickade tillbaka" are the same phrase by their stems: it counts once;
  // so are "size chart" and "sizing chart" by their English stems)
  const seen = new Set(byPrefix.filter((e) => e.wordStems.length > 1).flatMap((e) => [e.signature, e.enSignature]));
  const byPhrase = hits(list.byHeadKey, at)
    .filter((i) => {
      const e = entries[i]!;
      if (prefixAt.has(i) || seen.has(e.signature) || seen.has(e.enSignature) || !phraseAt(stems, at, e)) return false;
      seen.add(e.signature).add(e.enSignature);
      return true;
    })
    .map((i) => entries[i]!);
  const found = [...byPrefix, ...byForm, ...byPhrase];
  return found.filter((e) => !found.some((o) => o.word !== e.word && o.foldedWord.startsWith(e.foldedWord))).map((e) => e.word);
}

/** Whether the words' stems appear in a row, each in Swedish or in English. */
function phraseAt(stems: Array<[string, string]>, at: Map<string, number[]>, entry: Entry): boolean {
  const sv = at.get(entry.headKeys[0]);
  const en = at.get(entry.headKeys[1]);
  // most phrases' first word is not in the text: nothing to compare
  if (!sv && !en) return false;
  const phrase = entry.wordStems;
  const fits = (i: number) => i + phrase.length <= stems.length && phrase.every(([s, e], j) => stems[i + j]![0] === s || stems[i + j]![1] === e);
  return (sv ?? []).some(fits) || (en ?? []).some(fits);
}

