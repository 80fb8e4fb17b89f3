import { StopwordsEn } from '@nlpjs/lang-en-min';
import { StopwordsSv } from '@nlpjs/lang-sv';
import shipped from '../../../resources/suggest/kind-model.json';
import { fold, type Intent } from './lexicon';
import { inSlices } from './inSlices';
import { charGramsOf, makingNaiveBayes, naiveBayes, type NaiveBayesModel, type NaiveBayesSnapshot } from './naiveBayes';
import { withoutSignOff } from './signOff';
import { withoutWishes } from './wishes';

/**
 * What a case is about, learned from labeled example messages: a naive Bayes model over character
 * n-grams, trained on resources/suggest/kind-examples.json (the development part of the
 * evaluation set; scripts/kind-examples.mjs), never on its test or late parts. Word lists know only the
 * words someone thought of; n-grams also see "sugkraften", "kantstötta" or a typo as near words
 * the examples had. The engine blends it with the rules (blendKinds).
 */
export interface KindModel {
  /** Each kind's probability for this text, most likely first. */
  probabilities(text: string): Array<{ label: string; p: number }>;
  /** The text's own words (not stop words) that speak most for `label`, at most three. */
  wordsFor(text: string, label: string): string[];
  /** How many examples of `label` the model learned from. */
  examplesOf(label: string): number;
}

const STOPWORDS_SV = new StopwordsSv();
const STOPWORDS_EN = new StopwordsEn();

/** The words of three letters or more that are not stop words ("det", "att", "the"), in order. */
function contentWords(text: string): string[] {
  return (text.match(/[\p{L}\p{N}]{3,}/gu) ?? []).filter((w) => !STOPWORDS_SV.isStopword(w) && !STOPWORDS_EN.isStopword(w));
}

/**
 * Words, folded, that tell why a wish is made and not what the case is about ("it is complicated
 * to explain in writing", "jag hinner inte sitta vid datorn"): beside a wish they are no case.
 */
const CHANNEL_TALK = new Set([
  'telefon', 'telefonen', 'phone', 'ringa', 'ringer', 'call', 'calls', 'mejl', 'mejla', 'mail', 'email', 'skriva', 'skriver', 'skriftligt', 'writing', 'write', 'text',
  'datorn', 'dator', 'computer', 'forklara', 'explain', 'lattare', 'easier', 'enklare', 'simpler', 'komplicerat', 'complicated', 'krangligt', 'hinner', 'time', 'tid',
  'honestly', 'arligt', 'moten', 'mote', 'meetings', 'meeting', 'typing', 'type', 'jobbet', 'work', 'nummer', 'number', 'prata', 'talk', 'speak', 'sitter', 'sitta', 'busy', 'upptagen',
  // why a voice suits the customer: writing or reading hard, for the hands, the eyes or an illness
  // ("ring mig istället, det är svårt för mig att skriva med min reumatism", "my arthritis makes typing
  // hard"): a reason for the wish, no case (the model had learned such words as a complaint's)
  'svart', 'hard', 'difficult', 'lasa', 'read', 'reading', 'skarmen', 'screen', 'hander', 'handerna', 'hands', 'fingrar', 'fingrarna', 'fingers',
  'ogon', 'ogonen', 'eyes', 'synen', 'sight', 'darrar', 'shaky', 'tremor', 'reumatism', 'artros', 'arthritis', 'parkinson', 'parkinsons', 'makes',
  'gor', 'ont', 'hurts', 'pain', 'painful', 'hor', 'daligt', 'hearing',
  // and how often the customer reads which, from now on ("jag läser inte sms så ofta, skriv hellre på mejlen framöver")
  'laser', 'mejlen', 'mailen', 'ofta', 'often', 'sallan', 'rarely', 'framover', 'fortsattningsvis',
]);

/** Smoothing for a few hundred examples: rare n-grams count for more than with 1. */
const ALPHA = 0.3;
/**
 * Among thousands of examples, an n-gram of fewer than three is left out (naiveBayes' minCount):
 * the 12,485 examples have 300,000 n-grams, 126,000 of them in three or more. Scored as
 * charGramsOf's choice was, the kind's macro-F1 was 0.906 with all of them and 0.903 without those,
 * from a shipped file of 3.7 MB instead of 6.6. A model of a few dozen examples (a test's) keeps
 * every n-gram: there, one seen once or twice is most of what it knows.
 */
const minExamplesOf = (examples: number) => (examples >= 1000 ? 3 : 1);

function learnedFrom(labeled: ReadonlyArray<readonly [string, string]>): NaiveBayesModel {
  const nb = naiveBayes({ features: charGramsOf, alpha: ALPHA, minCount: minExamplesOf(labeled.length) });
  // learned, like it is asked, without the wishes (blendKinds)
  for (const [kind, text] of labeled) nb.add(withoutWishes(text), kind);
  return nb;
}

export const trainKindModel = (labeled: ReadonlyArray<readonly [string, string]>): KindModel => kindModelOf(learnedFrom(labeled));

/** What the kind model learns from labeled examples, as the counts it ships as (scripts/kind-model.mjs). */
export const kindCountsOf = (labeled: ReadonlyArray<readonly [string, string]>): NaiveBayesSnapshot => learnedFrom(labeled).snapshot();

function kindModelOf(nb: NaiveBayesModel): KindModel {
  const counts = nb.counts();
  // a suggestion asks twice about the same text (its kind, then the customer's history)
  let last: { text: string; p: Array<{ label: string; p: number }> } | null = null;
  return {
    probabilities(text) {
      if (last?.text !== text) last = { text, p: nb.predict(text) };
      return last.p;
    },
    wordsFor: (text, label) =>
      // stop words are true for the model, no reason for an agent
      [...new Set(contentWords(text.toLowerCase()))]
        .map((w) => ({ w, weight: charGramsOf(w).reduce((s, g) => s + nb.weightOf(g, label), 0) }))
        .filter((x) => x.weight > 0)
        .sort((a, b) => b.weight - a.weight)
        .slice(0, 3)
        .map((x) => x.w),
    examplesOf: (label) => counts.get(label) ?? 0,
  };
}

let builtIn: KindModel | null = null;
/**
 * The model learned from the examples that ship with Växel (resources/suggest/kind-examples.json),
 * as it ships: its counts, read ahead at start (warmKindModel) or on first use. Training it from
 * its examples (11,861 then) took 2.5–3.4 s on one of the bench machine's cores each time the
 * services started; reading its counts took 0.14–0.27 s, and 0.44 s once it read n-grams across
 * words (126,000 instead of 56,000; `npm run bench -- --only first` prints both).
 */
export function builtInKindModel(): KindModel {
  builtIn ??= shippedKindModel();
  return builtIn;
}
// (its snapshot holds the n-grams of minExamplesOf its examples or more only)
const SHIPPED = { features: charGramsOf, alpha: ALPHA, from: shipped as NaiveBayesSnapshot };
/** The shipped model, read afresh (builtInKindModel keeps one). */
export const shippedKindModel = (): KindModel => kindModelOf(naiveBayes(SHIPPED));
/** The built-in model made ahead of its first use, in slices (warmUp.ts). */
export async function warmKindModel(yieldNow: () => Promise<void>): Promise<void> {
  if (builtIn) return;
  const nb = await inSlices(makingNaiveBayes(SHIPPED), yieldNow);
  // (a suggestion between two slices read it on first use: that one stays)
  builtIn ??= kindModelOf(nb);
}

export interface IntentFound {
  intent: Intent;
  score: number;
  /** The words that said so: matched by the rules, or weighed by the model. */
  words: string[];
  /** Set when the model named the kind and the rules had no word for it: how sure, from how many examples. */
  learned?: { p: number; examples: number };
}

/**
 * Naive Bayes multiplies one likelihood per n-gram as if they were independent, so its raw
 * probabilities are nearly always 0 or 1. Its log-probabilities are scaled down by EVIDENCE
 * before they are blended or shown: a long text full of telling n-grams still makes the model
 * sure, a short or vague one does not, and "62 % sure" means something. It was 0.2 while the model
 * read n-grams within words (139 a text); the n-grams across words (charGramsOf) are 298 a text, so
 * the model's log-probabilities run about twice as far and half the scale keeps the balance with the
 * rules that was chosen below. On the 24 rounds of charGramsOf's choice, 0.1, 0.15 and 0.2 scored the
 * kind 0.897, 0.901 and 0.903 (all above 0.884 before); under 10-fold cross-validation with today's
 * rules, 0.965, 0.964 and 0.960 (0.964 before), with no rule test to change at 0.1 (five at 0.2).
 */
const EVIDENCE = 0.1;
/** How much one point of the rules' score weighs against the model's scaled log-probability. */
export const RULE_WEIGHT = 4;
/** A kind the model names alone (the rules found no word for it) needs at least this; else no kind. */
export const MIN_P = 0.6;
/**
 * The same, in a text that asks a question and where the rules found no kind: such a text is most
 * often a question about a thing or none a template answers, and the model leans to a complaint or
 * a return from a product's words alone. Chosen on the development part only: under 10-fold
 * cross-validation, of the kinds the model named alone in a question at a certainty under 0.85, 17
 * were wrong and 1 right; at 0.85 or more, 280 right and 17 wrong.
 */
export const MIN_P_ASKED = 0.85;
// EVIDENCE, RULE_WEIGHT and MIN_P were chosen together on the development part only, never on
// the test or late parts, by the mean of two figures: 10-fold cross-validation over the 472
// messages it had then (0.882) and its last 95 messages, written after everything else and scored by a
// model trained on the 377 before them (0.882, beside 0.622 for the rules alone). The settings
// before them (log-probabilities averaged per n-gram, RULE_WEIGHT 8): 0.881 and 0.831.

/**
 * The kinds of case, best first: each kind's tempered log-probability under the model plus
 * RULE_WEIGHT times its rules' score. A kind the rules found clearly stands; where they found
 * nothing or a stray word, the model decides, and says how sure it is. The model reads the text
 * without the customer's wishes ("ring mig", "mejla mig"): they say which channel, not what
 * the case is about, and a short "please phone me" is no case of any kind. When "general" wins, or
 * the model alone is unsure, or names a kind it may not name alone here (`mayNameAlone`), no kind
 * is given: no template is pushed on the case.
 */
export function blendKinds(rules: IntentFound[], model: KindModel, text: string, ruledOut: ReadonlySet<string> = new Set(), mayNameAlone: (kind: string) => boolean = () => true): IntentFound[] {
  const byRules = new Map<string, IntentFound>();
  for (const r of rules) {
    const had = byRules.get(r.intent);
    byRules.set(r.intent, had ? { ...had, score: had.score + r.score, words: [...new Set([...had.words, ...r.words])] } : r);
  }
  const about = withoutWishes(text);
  // a wish and little else ("please phone me, I'd like to talk to a person") is no case of any kind
  // (the text is folded again only for the few that short)
  // (a number to be called on is channel talk too: "ring hellre min son på 0702-334455")
  if (contentWords(about).filter((w) => !CHANNEL_TALK.has(w) && !/^\d+$/.test(w)).length < 2 && about !== fold(text).replace(/\s+/g, ' ')) return rules;
  // a kind the rules ruled out is not the model's to name (its words mean something else here)
  const raw = model.probabilities(about).filter((x) => !ruledOut.has(x.label));
  if (raw.length === 0) return rules;
  const tempered = raw.map(({ label, p }) => ({ label, lp: Math.log(Math.max(p, Number.MIN_VALUE)) * EVIDENCE }));
  const norm = Math.log(tempered.reduce((sum, x) => sum + Math.exp(x.lp), 0));
  const known = new Set(raw.map((x) => x.label));
  const scored = [
    ...tempered.map(({ label, lp }) => ({ label, p: Math.exp(lp - norm), s: lp - norm + RULE_WEIGHT * (byRules.get(label)?.score ?? 0) })),
    // a kind the model never learned (none with the shipped examples) counts as one it knows nothing about
    ...[...byRules.values()].filter((r) => !known.has(r.intent)).map((r) => ({ label: r.intent as string, p: 0, s: -Math.log(known.size + 1) + RULE_WEIGHT * r.score })),
  ].sort((a, b) => b.s - a.s);
  const best = scored[0]!;
  const least = rules.length === 0 && text.includes('?') ? MIN_P_ASKED : MIN_P;
  if (best.label === 'general' || (!byRules.has(best.label) && (best.p < least || !mayNameAlone(best.label)))) return [];
  const out: IntentFound[] = [];
  for (const x of scored) {
    const r = byRules.get(x.label);
    if (r) out.push(r);
    else if (out.length === 0) out.push({ intent: x.label as Intent, score: x.p, words: model.wordsFor(withoutSignOff(text), x.label), learned: { p: x.p, examples: model.examplesOf(x.label) } });
  }
  return out;
}
