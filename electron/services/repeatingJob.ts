/**
 * A job that runs every so often and can be woken sooner: the team's exchange with the log folder
 * (woken by a change here or a push from the mailbox) and the SMS round (woken by a notice to
 * send). Two promises it keeps, which the hand-written loops it replaces each broke once:
 * - a wake is never pushed later: the run that ends re-arms the period only when nothing sooner is
 *   due (a change made while a run was ending used to wait for the next poll, ten minutes in a test);
 * - a run asked for while one is under way happens once more after it, because the one under way
 *   may have read its state before the change (every caller in that time shares that one re-run).
 * Delays are measured on the monotonic clock, so a change of the wall clock moves no run.
 */
export interface RepeatingJob<T> {
  /** Run now; while a run is under way, once more after it. Resolves with the run begun after this call. */
  runNow(): Promise<T>;
  /** Run within `ms` (default 0), unless a run is due sooner already. Nothing while stopped. */
  wake(ms?: number): void;
  /** Run at once, then every `everyMs` after each run ends. */
  start(): void;
  /** No more runs; resolves when the one under way has ended. */
  stop(): Promise<void>;
}

export interface RepeatingJobOptions<T> {
  run(): Promise<T>;
  everyMs: number;
  /** A run that failed by the timer (runNow's callers get their own rejections). */
  onError(e: unknown): void;
}

const monotonicMs = () => performance.now();

export function createRepeatingJob<T>(o: RepeatingJobOptions<T>): RepeatingJob<T> {
  let running = false;
  let timer: ReturnType<typeof setTimeout> | null = null;
  let dueAt = Infinity;
  let inFlight: Promise<T> | null = null;
  let rerun: Promise<T> | null = null;

  function begin(): Promise<T> {
    const p = o.run().finally(() => {
      if (inFlight === p) inFlight = null;
      // after every run, however it was asked for: the period again, unless a wake is due sooner
      if (running && !timer) arm(o.everyMs);
    });
    inFlight = p;
    return p;
  }

  function runNow(): Promise<T> {
    if (!inFlight) return begin();
    rerun ??= inFlight
      .catch(() => undefined)
      .then(() => {
        rerun = null;
        return inFlight ?? begin();
      });
    return rerun;
  }

  function arm(ms: number): void {
    const due = monotonicMs() + ms;
    if (timer && dueAt <= due) return;
    if (timer) clearTimeout(timer);
    dueAt = due;
    timer = setTimeout(() => {
      timer = null;
      dueAt = Infinity;
      runNow().catch(o.onError);
    }, ms);
  }

  return {
    runNow,
    wake(ms = 0) {
      if (running) arm(ms);
    },
    start() {
      if (running) return;
      running = true;
      arm(0);
    },
    async stop() {
      running = false;
      if (timer) clearTimeout(timer);
      timer = null;
      dueAt = Infinity;
      await (rerun ?? inFlight)?.catch(() => undefined);
    },
  };
}
