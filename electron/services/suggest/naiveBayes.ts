import { fold } from './lexicon';
import { stemsOf } from './stems';

/**
 * Multinomial naive Bayes over word stems and stem pairs, with Laplace smoothing: small enough to
 * train on a laptop in milliseconds from a shop's own cases, and its counts explain themselves
 * ("like 14 earlier cases"). Features: each word's Swedish and English stems, and each pair of
 * neighbouring Swedish stems.
 */
export function featuresOf(text: string): string[] {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const out: string[] = [];
  let prev: string | null = null;
  for (const w of words) {
    if (w.length < 2) continue;
    const [sv, en] = stemsOf(w);
    out.push(`s:${sv}`);
    if (en !== sv) out.push(`e:${en}`);
    if (prev) out.push(`b:${prev}_${sv}`);
    prev = sv;
  }
  return out;
}

/**
 * Character n-grams (3 to 5 letters, with the word's edges) of each folded word, each counted once
 * per text: they see "reklamationen" and "reklamerade", "frostsäker" and "frost", or a typo,
 * as near one another without a word list, which is what a model trained on a few hundred
 * messages needs to hold on words it never saw.
 */
export function charGramsOf(text: string): string[] {
  const out = new Set<string>();
  for (const w of fold(text).match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (w.length < 2) continue;
    const edged = ` ${w} `;
    for (let n = 3; n <= 5; n++) for (let i = 0; i + n <= edged.length; i++) out.add(edged.slice(i, i + n));
  }
  return [...out];
}

export interface NaiveBayesOptions {
  /** The features of a text (default: stems and stem pairs, `featuresOf`). */
  features?: (text: string) => string[];
  /** Laplace smoothing (default 1); smaller trusts rare features more. */
  alpha?: number;
}

export interface NaiveBayesModel {
  /** Learn one example. */
  add(text: string, label: string): void;
  /** Each label's probability for this text, most likely first; empty before anything was learned. */
  predict(text: string): Array<{ label: string; p: number }>;
  /** How many examples of each label were learned. */
  counts(): Map<string, number>;
  size(): number;
  /** How much a feature speaks for `label` against the others (log ratio; 0 when unseen). */
  weightOf(feature: string, label: string): number;
}

export function naiveBayes(o: NaiveBayesOptions = {}): NaiveBayesModel {
  const features = o.features ?? featuresOf;
  const alpha = o.alpha ?? 1;
  const docs = new Map<string, number>();
  const tokenTotals = new Map<string, number>();
  const tokenCounts = new Map<string, Map<string, number>>();
  const vocabulary = new Set<string>();
  let total = 0;
  return {
    add(text, label) {
      total++;
      docs.set(label, (docs.get(label) ?? 0) + 1);
      const counts = tokenCounts.get(label) ?? new Map<string, number>();
      tokenCounts.set(label, counts);
      for (const f of features(text)) {
        vocabulary.add(f);
        counts.set(f, (counts.get(f) ?? 0) + 1);
        tokenTotals.set(label, (tokenTotals.get(label) ?? 0) + 1);
      }
    },
    predict(text) {
      if (total === 0) return [];
      const known = features(text).filter((f) => vocabulary.has(f));
      const logs = [...docs.entries()].map(([label, n]) => {
        let lp = Math.log(n / total);
        for (const f of known) lp += logLikelihood(f, label);
        return { label, lp };
      });
      const max = Math.max(...logs.map((x) => x.lp));
      const sum = logs.reduce((s, x) => s + Math.exp(x.lp - max), 0);
      return logs.map((x) => ({ label: x.label, p: Math.exp(x.lp - max) / sum })).sort((a, b) => b.p - a.p);
    },
    counts: () => new Map(docs),
    size: () => total,
    weightOf(feature, label) {
      if (!vocabulary.has(feature) || !docs.has(label)) return 0;
      const others = [...docs.keys()].filter((l) => l !== label);
      if (others.length === 0) return 0;
      return logLikelihood(feature, label) - others.reduce((s, l) => s + logLikelihood(feature, l), 0) / others.length;
    },
  };

  function logLikelihood(feature: string, label: string): number {
    const counts = tokenCounts.get(label);
    return Math.log(((counts?.get(feature) ?? 0) + alpha) / ((tokenTotals.get(label) ?? 0) + alpha * vocabulary.size));
  }
}
