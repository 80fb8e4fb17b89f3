/**
 * Two neighbouring letters typed the wrong way round ("kan ni rigna mig", "mejal mig", "please
 * phoen me") are the commonest slip on a phone's keyboard, and they hide exactly the words the
 * wishes and the kinds are read from. A word of the text that the shop's own messages never had
 * is set right where swapping one pair of its neighbouring letters gives a word they have often:
 * a spelling corrector of the smallest kind (one edit, one kind of edit), because the larger ones
 * (hunspell dictionaries, every edit) would also "correct" the names, brands and compounds a
 * shop's messages are full of. A swap keeps the text's length, so nothing that reads it by
 * position moves.
 */

/** How often a word must stand in the shop's messages to be what a slip meant. */
export const MIN_TARGET_COUNT = 5;
/** Words shorter than this are left alone: "from"/"form" and "ni"/"in" are both words. */
const MIN_LENGTH = 4;

/** The words one swap of neighbouring letters from `word` (itself not among them). */
export function oneSwapFrom(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < word.length; i++) if (word[i] !== word[i + 1]) out.push(word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2));
  return out;
}

/** How often each word (a run of letters a–z, folded text) stands in these texts. */
export function countWords(foldedTexts: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const t of foldedTexts) for (const w of t.match(/[a-z]+/g) ?? []) counts.set(w, (counts.get(w) ?? 0) + 1);
  return counts;
}

/**
 * The folded text with each unknown word whose one swap of neighbouring letters makes a common
 * word set to that word (the most common where two do). Known words (in the shop's messages, or
 * among `realWords`: Swedish and English words the shop's messages lack, "tired", "bröt",
 * "platsen", that a swap would turn into one of theirs, "tried", "bort", "plasten"), words of
 * fewer than four letters and words with no such swap are kept as written.
 */
export function mendTransposed(folded: string, counts: ReadonlyMap<string, number>, realWords: ReadonlySet<string> = new Set()): string {
  return folded.replace(/[a-z]+/g, (w) => {
    if (w.length < MIN_LENGTH || counts.has(w) || realWords.has(w)) return w;
    let best = w;
    let bestCount = MIN_TARGET_COUNT - 1;
    for (const swapped of oneSwapFrom(w)) {
      const n = counts.get(swapped) ?? 0;
      if (n > bestCount) [best, bestCount] = [swapped, n];
    }
    return best;
  });
}
