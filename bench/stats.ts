import { PerformanceObserver, type PerformanceEntry } from 'node:perf_hooks';

/** Percentiles of a sample of durations in ms. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

export function summarize(samples: number[]): { p50: number; p95: number; p99: number; n: number } {
  const s = [...samples].sort((a, b) => a - b);
  return { p50: percentile(s, 50), p95: percentile(s, 95), p99: percentile(s, 99), n: s.length };
}

export async function timeIt(fn: () => unknown | Promise<unknown>): Promise<number> {
  const t = process.hrtime.bigint();
  await fn();
  return Number(process.hrtime.bigint() - t) / 1e6;
}

export const ms = (x: number) => (x < 1 ? `${(x * 1000).toFixed(0)} µs` : `${x.toFixed(2)} ms`);
export const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;

export function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => r[i]!.length)));
  return rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

/**
 * The collector's pauses while watched, as [start, end] on `performance.now()`'s clock: a slow
 * sample that holds one waited on the collector, not on the code it times.
 */
export function watchGc(): { stop(): Array<[number, number]> } {
  const pauses: Array<[number, number]> = [];
  const take = (entries: PerformanceEntry[]) => entries.forEach((e) => pauses.push([e.startTime, e.startTime + e.duration]));
  const observer = new PerformanceObserver((list) => take(list.getEntries()));
  observer.observe({ entryTypes: ['gc'] });
  return {
    stop() {
      take(observer.takeRecords());
      observer.disconnect();
      return pauses;
    },
  };
}

/** How many of the slowest 5 % of timed spans ([start, end, ms]) held a collector's pause. */
export function slowWithGc(spans: Array<[number, number, number]>, pauses: Array<[number, number]>): { slow: number; withGc: number } {
  const cut = summarize(spans.map((s) => s[2])).p95;
  const slow = spans.filter((s) => s[2] >= cut);
  return { slow: slow.length, withGc: slow.filter(([a, b]) => pauses.some(([p, q]) => p < b && q > a)).length };
}
