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
  /**
   * Per feature, each label's log-likelihood, built on the first prediction after learning: a
   * prediction is then one lookup per feature instead of one per feature and label (the kind
   * model runs on every case of a 150,000-case channel plan).
   */
  let table: { labels: string[]; prior: Float64Array; rows: Map<string, Float64Array> } | null = null;
  const tableNow = () => {
    if (table) return table;
    const labels = [...docs.keys()];
    const prior = Float64Array.from(labels, (l) => Math.log(docs.get(l)! / total));
    const rows = new Map<string, Float64Array>();
    for (const f of vocabulary) rows.set(f, Float64Array.from(labels, (l) => logLikelihood(f, l)));
    table = { labels, prior, rows };
    return table;
  };
  return {
    add(text, label) {
      table = null;
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
      const { labels, prior, rows } = tableNow();
      const lp = Float64Array.from(prior);
      for (const f of features(text)) {
        const row = rows.get(f);
        if (row) for (let i = 0; i < lp.length; i++) lp[i]! += row[i]!;
      }
      const max = Math.max(...lp);
      let sum = 0;
      for (const x of lp) sum += Math.exp(x - max);
      return labels.map((label, i) => ({ label, p: Math.exp(lp[i]! - max) / sum })).sort((a, b) => b.p - a.p);
    },
    counts: () => new Map(docs),
    size: () => total,
    weightOf(feature, label) {
      const { labels, rows } = tableNow();
      const row = rows.get(feature);
      const i = labels.indexOf(label);
      if (!row || i < 0 || labels.length < 2) return 0;
      let others = 0;
      for (let j = 0; j < row.length; j++) if (j !== i) others += row[j]!;
      return row[i]! - others / (labels.length - 1);
    },
  };

  function logLikelihood(feature: string, label: string): number {
    const counts = tokenCounts.get(label);
    return Math.log(((counts?.get(feature) ?? 0) + alpha) / ((tokenTotals.get(label) ?? 0) + alpha * vocabulary.size));
  }
}
