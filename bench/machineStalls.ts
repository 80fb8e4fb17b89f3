import { spawn } from 'node:child_process';

/** A span on the machine's monotonic clock (`process.hrtime`, the same in every process), in ms. */
export type Span = [from: number, to: number];

/** Now on the monotonic clock every process shares, in ms (performance.now() starts at each process's own zero). */
export const monotonicMs = (): number => Number(process.hrtime.bigint()) / 1e6;

/** A tick this much later than it was due says the observer could not run: the machine stalled. */
const LATE_MS = 1.5;

/**
 * An idle process beside a latency bench that asks for a timer every millisecond and notes every
 * tick that came late. It does nothing else, so a late tick is the machine's, not a server's: a
 * slow line that falls in one was held by something no server under test controls.
 *
 * Why: on the 2-core VM this runs on, such an observer saw a 3–5 ms stall about every 512 ms
 * while the chat bench ran (2026-12-07), at the very instants of the relay's and the echo's
 * slowest lines, and none in 8 s with the machine otherwise idle. The kernel's DAMON samples
 * memory access every 500 ms there (sample_us = 500000, for a pageout scheme), and its thread used
 * 120 ms of CPU in 10 s under the bench against 20 ms idle: ~6 ms of work after each 500 ms sleep.
 * At 500 lines a second those stalls hold about 1 % of the lines, which is where a p99 is read.
 */
export function watchMachineStalls(): { stop(): Promise<Span[]> } {
  const code = `
    const now = () => Number(process.hrtime.bigint()) / 1e6;
    const stalls = [];
    let last = now();
    const tick = setInterval(() => { const t = now(); if (t - last > ${1 + LATE_MS}) stalls.push([last, t]); last = t; }, 1);
    process.stdin.once('data', () => { clearInterval(tick); process.stdin.destroy(); process.stdout.write(JSON.stringify(stalls)); });
  `;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['pipe', 'pipe', 'ignore'] });
  let out = '';
  child.stdout.setEncoding('utf8').on('data', (d: string) => (out += d));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return {
    async stop() {
      child.stdin.end('stop');
      await exited;
      return JSON.parse(out || '[]') as Span[];
    },
  };
}

/** How many of `spans` overlap any of `stalls`. */
export function overlapping(spans: Span[], stalls: Span[]): number {
  return spans.filter(([a, b]) => stalls.some(([p, q]) => p < b && q > a)).length;
}
