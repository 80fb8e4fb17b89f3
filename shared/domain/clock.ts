/** Time as the services, the relay and the window see it; tests pass a clock of their own. */
export interface Clock {
  now(): number;
}

export const systemClock: Clock = { now: () => Date.now() };

/** A clock a test moves by hand: it stands still between moves. */
export function manualClock(start: number): Clock & { set(t: number): void; advance(ms: number): void } {
  let t = start;
  return {
    now: () => t,
    set: (v) => void (t = v),
    advance: (ms) => void (t += ms),
  };
}

/**
 * A clock that starts at `start` and runs on at the real pace, for processes a test starts at a
 * chosen instant (the web host and the relay with VAXEL_CLOCK_START). Measured from a monotonic
 * source, so a system clock change does not move it.
 */
/** performance.now(): in Node and every browser, though shared/ is typed without either. */
const monotonicNow = () => (globalThis as unknown as { performance: { now(): number } }).performance.now();

export function clockStartingAt(start: number, monotonicMs: () => number = monotonicNow): Clock {
  const origin = monotonicMs();
  return { now: () => start + Math.round(monotonicMs() - origin) };
}

/** The clock a process runs on: the real one, or one starting at an ISO instant given for tests. */
export function processClock(startAt: string | undefined): Clock {
  if (!startAt) return systemClock;
  const start = Date.parse(startAt);
  if (!Number.isFinite(start)) throw new Error(`VAXEL_CLOCK_START is not an ISO 8601 instant: ${startAt}`);
  return clockStartingAt(start);
}
