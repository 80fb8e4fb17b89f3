import type { EventHub } from '../events/eventHub';
import type { Logger } from '../logger';
import type { ReadPool } from '../store/readPool';
import type { CaseDeps } from '../cases/caseCommands';
import { keepKinds, type SortCursor } from './channelPlan';

/** Cases read at a time on the reader thread: about a tenth of a second of its time. */
const BATCH = 200;
/**
 * Sorting waits until cases have stopped changing this long: during a first sync of a large
 * mailbox the two cores are the parser's and the store's, and the sorting can come after. It
 * waits at most MAX_WAIT_MS, so a mailbox that never goes quiet is still sorted.
 */
const QUIET_MS = 2_000;
const MAX_WAIT_MS = 60_000;

/**
 * Sorts cases into their kind in the background as they arrive, so a channel plan is a read of
 * figures and not of every customer's words: at 150,000 cases that read took over a minute the
 * first time. The words are read on the reader thread, newest cases first; the services' thread
 * only writes the kinds, a batch at a time. At start every case is read once; after that only the
 * cases the services say changed, once cases are quiet again.
 */
export function createKindSorter(d: Pick<CaseDeps, 'db' | 'repos'> & { events: EventHub; reads: Pick<ReadPool, 'unsortedKinds' | 'kindsOf'>; logger: Logger }) {
  let running: Promise<void> | null = null;
  let stopped = false;
  // what the next round reads: every case (at start), and the cases said to have changed since
  let walk = false;
  const changed = new Set<string>();
  // the round waiting for quiet: when it was first asked for, and its timer
  let waiting: { since: number; timer: NodeJS.Timeout } | null = null;

  const sortAll = async (): Promise<void> => {
    while (!stopped && (walk || changed.size > 0)) {
      if (walk) {
        // from the newest case down, where the last read stopped; changes from here on are read after
        walk = false;
        changed.clear();
        let after: SortCursor | null = null;
        do {
          const read: Awaited<ReturnType<ReadPool['unsortedKinds']>> = await d.reads.unsortedKinds(BATCH, after);
          if (stopped) return;
          keepKinds(d, read.found);
          after = read.next;
        } while (after);
      } else {
        // only the cases that changed: walking every case again would pass over each one the
        // customer has not written in yet, 2 s of the reader thread at 150,000 cases
        const ids = [...changed].slice(0, BATCH);
        ids.forEach((id) => changed.delete(id));
        const found = await d.reads.kindsOf(ids);
        if (stopped) return;
        keepKinds(d, found);
      }
    }
  };

  const runNow = (): void => {
    if (waiting) clearTimeout(waiting.timer);
    waiting = null;
    if (stopped || running) return; // a running round reads what was asked meanwhile before it ends
    running = sortAll()
      .catch((e: unknown) => d.logger.warn('cases could not be sorted into kinds', { error: String(e) }))
      .finally(() => {
        running = null;
      });
  };

  /** Ask for a round once cases have been quiet for QUIET_MS (at most MAX_WAIT_MS after the first ask). */
  const kick = (): void => {
    if (stopped) return;
    // elapsed time on the monotonic clock: a change of the wall clock does not move it
    const now = performance.now();
    const since = waiting?.since ?? now;
    if (waiting) clearTimeout(waiting.timer);
    const timer = setTimeout(runNow, Math.max(0, Math.min(QUIET_MS, since + MAX_WAIT_MS - now)));
    timer.unref();
    waiting = { since, timer };
  };

  let unsubscribe = (): void => {};

  return {
    /** Sort what is there, and later cases as they arrive or change, each time cases are quiet. */
    start(): void {
      unsubscribe();
      unsubscribe = d.events.subscribe((name, payload) => {
        if (name !== 'casesChanged') return;
        for (const id of (payload as { ids: string[] }).ids) changed.add(id);
        kick();
      });
      walk = true;
      kick();
    },
    /** Run a waiting round now, and resolve when no round is running (tests, the bench's store). */
    async idle(): Promise<void> {
      if (waiting) runNow();
      while (running) await running;
    },
    stop(): void {
      stopped = true;
      if (waiting) clearTimeout(waiting.timer);
      waiting = null;
      unsubscribe();
    },
  };
}
export type KindSorter = ReturnType<typeof createKindSorter>;
