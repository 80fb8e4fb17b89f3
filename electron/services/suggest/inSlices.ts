/**
 * Work that can give way: a generator that yields between its small steps (a pattern read, a
 * feature's row filled) and returns its result. Where the result is needed now it runs at once;
 * where it is made ahead (warmUp.ts) it runs in slices with a turn of the event loop between them,
 * so a call from the window waits for one slice at most, never for the whole.
 */
export type Steps<T> = Generator<void, T, void>;

/** A turn of the event loop: what waits on the services (a call from the window) runs first. */
export const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Runs `work` to its end now. */
export function atOnce<T>(work: Steps<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

/** Runs `work` to its end, about `sliceMs` at a time, awaiting `yieldNow` between slices (a refused turn stops it). */
export async function inSlices<T>(work: Steps<T>, yieldNow: () => Promise<void>, sliceMs = 15): Promise<T> {
  let from = performance.now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (performance.now() - from > sliceMs) {
      await yieldNow();
      from = performance.now();
    }
  }
}
