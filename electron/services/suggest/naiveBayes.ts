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

export interface NaiveBayesModel {
  /** Learn one example. */
  add(text: string, label: string): void;
  /** Each label's probability for this text, most likely first; empty before anything was learned. */
  predict(text: string): Array<{ label: string; p: number }>;
  /** How many examples of each label were learned. */
  counts(): Map<string, number>;
  size(): number;
}

export function naiveBayes(): NaiveBayesModel {
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
      for (const f of featuresOf(text)) {
        vocabulary.add(f);
        counts.set(f, (counts.get(f) ?? 0) + 1);
        tokenTotals.set(label, (tokenTotals.get(label) ?? 0) + 1);
      }
    },
    predict(text) {
      if (total === 0) return [];
      const features = featuresOf(text).filter((f) => vocabulary.has(f));
      const v = vocabulary.size;
      const logs = [...docs.entries()].map(([label, n]) => {
        const counts = tokenCounts.get(label)!;
        const denominator = (tokenTotals.get(label) ?? 0) + v;
        let lp = Math.log(n / total);
        for (const f of features) lp += Math.log(((counts.get(f) ?? 0) + 1) / denominator);
        return { label, lp };
      });
      const max = Math.max(...logs.map((x) => x.lp));
      const sum = logs.reduce((s, x) => s + Math.exp(x.lp - max), 0);
      return logs.map((x) => ({ label: x.label, p: Math.exp(x.lp - max) / sum })).sort((a, b) => b.p - a.p);
    },
    counts: () => new Map(docs),
    size: () => total,
  };
}
