/**
 * A chat line where the customer takes back what they just asked ("kan ni se om min retur har
 * kommit? nej förlåt, jag menar min nya order", "… no wait, do you have it in blue?"): the case is
 * what follows the correction, so the kind is read from there. Only plain forms of taking back
 * count: "nej förresten", "nej vänta", "nä skit i det", "no wait", "never mind", "jk", and "nej/sorry/förlåt,
 * jag menar / I mean".
 */
const L = '(?<![\\p{L}\\p{N}])';
const R = '(?![\\p{L}\\p{N}])';
const CORRECTION = new RegExp(
  `${L}(?:(?:nej|nä|no)[,!.]?\\s+(?:förresten|vänta|wait|skit i det|strunta i det|glöm det)|(?:never ?mind)|(?:jk|just kidding|j/k)|(?:nej|nä|no|sorry|förlåt|oj|oops)[,!.]?\\s+(?:(?:förlåt|sorry)[,!.]?\\s+)?(?:jag menar|jag menade|i mean|i meant)(?!\\s+(?:it|allvar|det)${R}))${R}[,!.:]?`,
  'giu',
);
// ("no, I mean it" and "nej, jag menar allvar" insist; they take nothing back)
/** What follows must say something: at least this many words of three letters or more. */
const MIN_WORDS = 2;

export function afterCorrection(text: string): string {
  let rest: string | null = null;
  for (const m of text.matchAll(CORRECTION)) rest = text.slice(m.index + m[0].length);
  if (rest === null) return text;
  return (rest.match(/[\p{L}\p{N}]{3,}/gu) ?? []).length >= MIN_WORDS ? rest.trim() : text;
}
