import { atOnce, type Steps } from './inSlices';
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
 * Character n-grams (3 to 6 letters) of the folded text, its words joined by single spaces, each
 * counted once per text. Within a word they see "reklamationen" and "reklamerade", "frostsäker"
 * and "frost", or a typo, as near one another without a word list, which is what a model trained
 * on a few thousand messages needs to hold on words it never saw; across a word's edge they see
 * the pairs that tell a case ("ej fått", "n gång", "inte ko"). Chosen over grams within words (3 to
 * 5) on the 24 rounds of development lines 11334-12485, each scored as it was when written: by a
 * model trained on the lines before it, beside the rules of that day. The kind's macro-F1 over the
 * 1,152 lines: 0.884 within words, 0.898 across words 3 to 5, 0.906 across words 3 to 6.
 */
export function charGramsOf(text: string): string[] {
  const out = new Set<string>();
  const joined = ` ${(fold(text).match(/[\p{L}\p{N}]+/gu) ?? []).join(' ')} `;
  for (let n = 3; n <= 6; n++) for (let i = 0; i + n <= joined.length; i++) out.add(joined.slice(i, i + n));
  return [...out];
}

export interface NaiveBayesOptions {
  /** The features of a text (default: stems and stem pairs, `featuresOf`). */
  features?: (text: string) => string[];
  /** Laplace smoothing (default 1); smaller trusts rare features more. */
  alpha?: number;
  /** Start from what a model learned before (its `snapshot()`) instead of from nothing. */
  from?: NaiveBayesSnapshot;
  /**
   * Features counted fewer times than this over every label (with features counted once a text, in
   * fewer examples) are left out of its predictions and its snapshot, and out of each label's
   * total (default 1: none left out). Most n-grams of a large training set are seen once or twice;
   * they say little of text not yet seen and would fill the shipped file.
   */
  minCount?: number;
}

/**
 * What a model learned, as plain data: the built-in kind model ships as one (trained when its
 * examples change, scripts/kind-model.mjs) so that no laptop spends seconds training it at start.
 */
export interface NaiveBayesSnapshot {
  /** The labels, in the order they were first learned. */
  labels: string[];
  /** How many examples of each label (by index) were learned. */
  examples: number[];
  /** Each feature, sorted, with its counts: `[feature, labelIndex, count, labelIndex, count, …]`. */
  features: Array<[string, ...number[]]>;
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
  /** What it has learned, to start another model from (`from`). */
  snapshot(): NaiveBayesSnapshot;
}

export const naiveBayes = (o: NaiveBayesOptions = {}): NaiveBayesModel => atOnce(makingNaiveBayes(o));

/** Rows read or filled between two steps of makingNaiveBayes (a tenth of a millisecond or so). */
const ROWS_PER_STEP = 256;

/**
 * The same, a step at a time (inSlices.ts): a model started `from` a snapshot reads its counts and
 * fills its table in steps before it is returned, so the shipped kind model (56,000 features) can be
 * made ahead in slices at start instead of in one piece of about a tenth of a second.
 */
export function* makingNaiveBayes(o: NaiveBayesOptions = {}): Steps<NaiveBayesModel> {
  const features = o.features ?? featuresOf;
  const alpha = o.alpha ?? 1;
  const minCount = o.minCount ?? 1;
  const isKept = (c: number[]) => minCount <= 1 || c.reduce((sum, n) => sum + n, 0) >= minCount;
  // by label index, in the order first learned
  const labels: string[] = [];
  const labelIndex = new Map<string, number>();
  const docs: number[] = [];
  const tokenTotals: number[] = [];
  /** Per feature, its count in each label's examples (by label index; a hole is 0). */
  const counts = new Map<string, number[]>();
  let total = 0;
  const indexOf = (label: string) => {
    let i = labelIndex.get(label);
    if (i === undefined) {
      labelIndex.set(label, (i = labels.push(label) - 1));
      docs.push(0);
      tokenTotals.push(0);
    }
    return i;
  };
  let table: Table | null = null;
  const tableNow = () => (table ??= atOnce(buildingTable()));
  if (o.from) {
    yield* learning(o.from);
    table = yield* buildingTable();
  }
  return {
    add(text, label) {
      table = null;
      total++;
      const i = indexOf(label);
      docs[i]!++;
      for (const f of features(text)) {
        let c = counts.get(f);
        if (!c) counts.set(f, (c = []));
        c[i] = (c[i] ?? 0) + 1;
        tokenTotals[i]!++;
      }
    },
    predict(text) {
      if (total === 0) return [];
      const { prior, rows } = tableNow();
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
    counts: () => new Map(labels.map((l, i) => [l, docs[i]!])),
    size: () => total,
    weightOf(feature, label) {
      const { rows } = tableNow();
      const row = rows.get(feature);
      const i = labelIndex.get(label) ?? -1;
      if (!row || i < 0 || labels.length < 2) return 0;
      let others = 0;
      for (let j = 0; j < row.length; j++) if (j !== i) others += row[j]!;
      return row[i]! - others / (labels.length - 1);
    },
    snapshot() {
      const sorted = [...counts.keys()].filter((f) => isKept(counts.get(f)!)).sort();
      const features = sorted.map((f): [string, ...number[]] => [f, ...counts.get(f)!.flatMap((n, i) => (n ? [i, n] : []))]);
      return { labels: [...labels], examples: [...docs], features };
    },
  };

  function* buildingTable(): Steps<Table> {
    const n = labels.length;
    const prior = Float64Array.from(docs, (d) => Math.log(d / total));
    let kept = counts;
    let totals = tokenTotals;
    if (minCount > 1) {
      kept = new Map();
      totals = labels.map(() => 0);
      for (const [f, c] of counts) {
        if (!isKept(c)) continue;
        kept.set(f, c);
        c.forEach((count, i) => (totals[i]! += count));
        if (kept.size % ROWS_PER_STEP === 0) yield;
      }
    }
    const denominators = totals.map((t) => t + alpha * kept.size);
    const buffer = new Float64Array(kept.size * n);
    const rows = new Map<string, Float64Array>();
    let at = 0;
    for (const [f, c] of kept) {
      const row = buffer.subarray(at, (at += n));
      for (let i = 0; i < n; i++) row[i] = Math.log(((c[i] ?? 0) + alpha) / denominators[i]!);
      rows.set(f, row);
      if (rows.size % ROWS_PER_STEP === 0) yield;
    }
    return { prior, rows };
  }

  function* learning(snap: NaiveBayesSnapshot): Steps<void> {
    const at = snap.labels.map((label, i) => {
      const j = indexOf(label);
      docs[j]! += snap.examples[i]!;
      total += snap.examples[i]!;
      return j;
    });
    for (const [read, entry] of snap.features.entries()) {
      const feature = entry[0];
      let c = counts.get(feature);
      if (!c) counts.set(feature, (c = []));
      for (let k = 1; k + 1 < entry.length; k += 2) {
        const j = at[entry[k] as number]!;
        const n = entry[k + 1] as number;
        c[j] = (c[j] ?? 0) + n;
        tokenTotals[j]! += n;
      }
      if (read % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    }
  }
}

/**
 * Per feature, each label's log-likelihood, built on the first prediction after learning (or as a
 * model is made from a snapshot): a prediction is then one lookup per feature instead of one per
 * feature and label (the kind model runs on every case of a 150,000-case channel plan). All rows
 * share one buffer.
 */
interface Table {
  prior: Float64Array;
  rows: Map<string, Float64Array>;
}
