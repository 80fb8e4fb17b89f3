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
  /** The lists' entries found in it, by list (`hitsOf`), as of the lists indexed then. */
  hits?: { version: number; byList: ListHits };
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
 * A word list read once: its entries, numbered in the list's order, and the keys each is found by
 * (see `everyList`).
 */
interface IndexedList {
  id: number;
  entries: Entry[];
}

/** The four ways an entry is found, each the key of one index. */
type Way = 'single' | 'byHead' | 'byFormKey' | 'byHeadKey';
const WAYS: readonly Way[] = ['single', 'byHead', 'byFormKey', 'byHeadKey'];

/**
 * Every word list's entries, across lists, by the keys they are found by: a suggestion asks about
 * 30-odd lists (1,950 entries in its ten kinds and six word groups) of the same text, and the text's
 * own words are looked up here once for all of them instead of once per list (a list took 30-110 µs,
 * 0.8 ms a suggestion). Each key holds pairs, flat: `[listId, entry, listId, entry, …]`.
 *
 * - single: one-word entries by their folded word, found at the start of a word of the text;
 * - byHead: entries with a space ("ordern ", "skicka tillbaka") by their first word;
 * - byFormKey: one-word entries by the keys they are found by as another form (Entry.formKeys);
 * - byHeadKey: entries of several words by their first word's stems (Entry.headKeys).
 */
const everyList: Record<Way, Map<string, number[]>> = { single: new Map(), byHead: new Map(), byFormKey: new Map(), byHeadKey: new Map() };
/** Changes whenever a list comes or goes: a text's hits found before are found again. */
let everyListVersion = 0;
let nextListId = 0;

function post(way: Way, key: string, listId: number, i: number): void {
  const pairs = everyList[way].get(key);
  if (!pairs) everyList[way].set(key, [listId, i]);
  // a list's entry under one key once ("lampa" and "lampor" share the key s:lamp)
  else if (pairs.at(-2) !== listId || pairs.at(-1) !== i) pairs.push(listId, i);
}

/**
 * A list that is no more (a template's keywords after the templates changed) leaves the index:
 * its keys are kept with it, so that only those are visited.
 */
const gone = new FinalizationRegistry<{ id: number; keys: Array<[Way, string]> }>(({ id, keys }) => {
  for (const [way, key] of keys) {
    const pairs = everyList[way].get(key);
    if (!pairs) continue;
    const kept: number[] = [];
    for (let k = 0; k < pairs.length; k += 2) if (pairs[k] !== id) kept.push(pairs[k]!, pairs[k + 1]!);
    if (kept.length > 0) everyList[way].set(key, kept);
    else everyList[way].delete(key);
  }
  everyListVersion++;
});

const lists = new WeakMap<readonly string[], IndexedList>();
function listOf(words: readonly string[]): IndexedList {
  let list = lists.get(words);
  if (!list) {
    const entries = words.map(entryOf);
    list = { id: nextListId++, entries };
    const keys: Array<[Way, string]> = [];
    const add = (way: Way, key: string, i: number) => {
      post(way, key, list!.id, i);
      keys.push([way, key]);
    };
    for (const [i, e] of entries.entries()) {
      if (e.single) add('single', e.folded, i);
      else add('byHead', e.head, i);
      for (const key of e.formKeys) add('byFormKey', key, i);
      if (e.wordStems.length > 1) for (const key of e.headKeys) add('byHeadKey', key, i);
    }
    lists.set(words, list);
    gone.register(words, { id: list.id, keys });
    everyListVersion++;
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

/** Per list (by id), the entry numbers found each way, ascending, each once. */
type ListHits = Map<number, Record<Way, number[]>>;

/**
 * Every list's entries found in the text, by list: each of the text's keys (its words' starts,
 * their forms, their stems) looked up once in `everyList`, kept with the text until a list comes or goes.
 */
function hitsOf(p: PreparedText): ListHits {
  if (p.hits?.version === everyListVersion) return p.hits.byList;
  const byList: ListHits = new Map();
  const keysOf: Record<Way, Iterable<string>> = { single: p.starts, byHead: p.starts, byFormKey: p.formOf.keys(), byHeadKey: p.at.keys() };
  for (const way of WAYS) {
    const index = everyList[way];
    for (const key of keysOf[way]) {
      const pairs = index.get(key);
      if (!pairs) continue;
      for (let k = 0; k < pairs.length; k += 2) {
        let found = byList.get(pairs[k]!);
        if (!found) byList.set(pairs[k]!, (found = { single: [], byHead: [], byFormKey: [], byHeadKey: [] }));
        found[way].push(pairs[k + 1]!);
      }
    }
  }
  for (const found of byList.values()) for (const way of WAYS) if (found[way].length > 1) found[way] = [...new Set(found[way].sort((a, b) => a - b))];
  p.hits = { version: everyListVersion, byList };
  return byList;
}

const NO_HITS: Readonly<Record<Way, readonly number[]>> = { single: [], byHead: [], byFormKey: [], byHeadKey: [] };

/**
 * The entries of a word list found in the text: at the start of a word ("reklamation" finds
 * "reklamationen"), or, for a one-word entry, as another form of the word ("skickas" for
 * "skickad", "lampa" for "lampor") or the last part of a compound ("leverans" in "hemleveransen"),
 * both by the Snowball stems (stems.ts). An entry that is the start of another found entry
 * ("leverans" in "leveranstid") is the same evidence and is left out.
 */
export function findWords(text: string, words: readonly string[]): string[] {
  const list = listOf(words);
  const p = prepared(text);
  const { t, stems, at, formOf } = p;
  const { entries } = list;
  const found = hitsOf(p).get(list.id) ?? NO_HITS;
  // most lists have nothing in a given text
  if (found === NO_HITS) return [];
  // a one-word entry at the start of a word is one look-up; a phrase is looked for in the text
  // (a phrase whose first word the text lacks is not searched for: most are not there)
  const prefixAt = new Set([...found.single, ...found.byHead.filter((i) => t.includes(entries[i]!.spaced))]);
  const byPrefix = [...prefixAt].sort((a, b) => a - b).map((i) => entries[i]!);
  // a word already explained by an entry at its start ("dubbeldebiterad") is not read again as a compound
  const inForm = (key: string) => (formOf.get(key) ?? []).some((tok) => !byPrefix.some((e) => tok.startsWith(e.folded)));
  const byForm = found.byFormKey
    .filter((i) => !prefixAt.has(i) && entries[i]!.formKeys.some(inForm))
    .map((i) => entries[i]!);
  // an entry of several words, in other forms: "skickar tillbaka" for "skicka tillbaka"
  // ("skickat tillbaka" and "skickade tillbaka" are the same phrase by their stems: it counts once;
  // so are "size chart" and "sizing chart" by their English stems)
  const seen = new Set(byPrefix.filter((e) => e.wordStems.length > 1).flatMap((e) => [e.signature, e.enSignature]));
  const byPhrase = found.byHeadKey
    .filter((i) => {
      const e = entries[i]!;
      if (prefixAt.has(i) || seen.has(e.signature) || seen.has(e.enSignature) || !phraseAt(stems, at, e)) return false;
      seen.add(e.signature).add(e.enSignature);
      return true;
    })
    .map((i) => entries[i]!);
  const all = [...byPrefix, ...byForm, ...byPhrase];
  return all.filter((e) => !all.some((o) => o.word !== e.word && o.foldedWord.startsWith(e.foldedWord))).map((e) => e.word);
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

