import { StemmerEn } from '@nlpjs/lang-en-min';
import { StemmerSv } from '@nlpjs/lang-sv';

/**
 * Word stems by the Snowball stemmers (nlp.js): "reklamationen" → "reklamation", "returnerade" →
 * "returner", "refunds" → "refund". Both languages are stemmed, since a short message's language
 * is a guess. Kept per word: a shop's vocabulary is small and repeats.
 */
const sv = new StemmerSv();
const en = new StemmerEn();
const cache = new Map<string, [string, string]>();

export function stemsOf(word: string): [string, string] {
  let s = cache.get(word);
  if (!s) {
    s = [sv.stem(word), en.stem(word)];
    if (cache.size > 50_000) cache.clear();
    cache.set(word, s);
  }
  return s;
}

/**
 * The forms an entry may match this word by, per language. Swedish: the word as written, its stem,
 * and every compound head it ends in (Swedish puts the head last: "hemleveransen" ends in
 * "leverans", "monteringsanvisningen" in "anvisning"; a head is five letters or more and leaves a
 * first part of three or more). English: its stem. An entry as written may match either; an entry's
 * Swedish stem only the Swedish forms, so English "passed" (English stem "pass") is no form of
 * "passar" (Swedish stem "pass"). Measured 2026-12-05 on the development part: the rules alone
 * changed no answer, and cross-validation mended one miss and made none; comparing the entries'
 * English stems with the English forms too made five misses and mended two, and is not done.
 */
export function formsOf(token: string): { sv: Set<string>; en: string } {
  const [sv, en] = stemsOf(token);
  const out = new Set([token, sv]);
  if (!NOT_COMPOUNDS.some((w) => token.startsWith(w))) for (const w of new Set([token, sv])) for (let i = 3; i <= w.length - 5; i++) out.add(w.slice(i));
  return { sv: out, en };
}

/**
 * Words, folded, whose tail is no head of theirs in a shop's words: "prislapp" is "pris|lapp", no
 * "släpp" (a sole that lets go); "beloppet" has no "öppet"; one "synskadad" is a customer who sees
 * badly, no thing damaged; a "prisgaranti" is about a price, no fault; English "students",
 * "residents", "incidents", "accidents" and "presidents" have no "dents"; an "återbetalning" is a
 * return's money coming back, no "betalning" (a payment of the customer's to look into); an
 * "ansiktskräm" or "kroppskräm" (folded, "ansikts|kram") holds no "skråma".
 */
const NOT_COMPOUNDS = ['prislapp', 'belopp', 'synskada', 'horselskada', 'prisgaranti', 'student', 'resident', 'incident', 'accident', 'president', 'aterbetalning', 'ansiktskram', 'kroppskram'];
