/**
 * A sign-off at the end of a message written on one line ("… Order 60113. /Jesper", "… Mvh Anna
 * Lind", "… Kind regards, Karen"), left out of the words shown as the kind model's reasons: a name
 * says nothing of what the case is about, yet "birgitta" was shown as a word for a complaint,
 * because some complaints the model learned from were signed so. (Cut from what the model reads
 * as well, it changed 27 answers in cross-validation and mended as many as it broke, so the model
 * still reads the whole text.) A signature block on lines of its own is customerWords.ts's; this is
 * the closing inside the last line.
 */

/**
 * Closings, lower case, each followed by the writer's name: the ones that are only ever closings
 * ("mvh", "kind regards,") anywhere; words that are also said in a sentence ("best", "thanks",
 * "tack") only after a full stop, a question or a comma.
 */
const CLOSING =
  /(?:^|[\s.!?,])(mvh|m\.v\.h\.?|med vänliga? hälsningar|med vänlig hälsning|vänliga hälsningar|vänligen|hälsningar|kind regards|best regards|warm regards|regards|best wishes|sincerely|yours sincerely)[,!.]?\s+|(?:^|[.!?,]\s*)(best|thanks|thank you|many thanks|cheers|tack på förhand|tack)[,!.]?\s+/g;
/** A name, a title or a firm after the closing: short, one sentence at most, no question in it. */
const MAX_TAIL = 80;
const MAX_TAIL_WORDS = 6;
const STARTS_UPPER = /^\p{Lu}/u;
const nameLike = (tail: string) =>
  tail.length <= MAX_TAIL && STARTS_UPPER.test(tail) && !tail.includes('?') && !/[.!]\s+\S/.test(tail) && tail.split(/\s+/).length <= MAX_TAIL_WORDS;

export function withoutSignOff(text: string): string {
  const trimmed = text.trimEnd();
  const lower = trimmed.toLowerCase();
  let cut = -1;
  const take = (at: number) => (cut = cut < 0 ? at : Math.min(cut, at));
  for (const m of lower.matchAll(CLOSING)) {
    // cut at the closing word itself, after the space or mark the pattern starts with
    if (nameLike(trimmed.slice(m.index + m[0].length))) take(m.index + m[0].indexOf((m[1] ?? m[2])!));
  }
  // or a slash and a name: "/Jesper", "/Fredrik och Jenny", "/Ekonomi, Bergs Bygg AB"
  const slash = trimmed.lastIndexOf('/');
  if (slash > 0 && /\s/.test(trimmed[slash - 1]!) && nameLike(trimmed.slice(slash + 1).trimStart())) take(slash);
  // a message that is all sign-off ("Tack Jenny!") keeps its words
  return cut > 0 ? trimmed.slice(0, cut).trimEnd() : text;
}
