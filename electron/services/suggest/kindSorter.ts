import type { EventHub } from '../events/eventHub';
import type { Logger } from '../logger';
import type { ReadPool } from '../store/readPool';
import type { CaseDeps } from '../cases/caseCommands';
import { keepKinds, type SortCursor } from './channelPlan';

/** Cases read per round on the reader thread: about a tenth of a second of its time. */
const BATCH = 200;

/**
 * Sorts cases into their kind in the background as they arrive, so a channel plan is a read of
 * figures and not of every customer's words: at 150,000 cases that read took over a minute the
 * first time. The words are read on the reader thread, newest cases first; the services' thread
 * only writes the kinds, a batch at a time. Rounds run one after another until none is left, and
 * a change while a round runs asks for one more.
 */
export function createKindSorter(d: Pick<CaseDeps, 'db' | 'repos'> & { events: EventHub; reads: Pick<ReadPool, 'unsortedKinds'>; logger: Logger }) {
  let running: Promise<void> | null = null;
  let again = false;
  let stopped = false;

  const sortAll = async (): Promise<void> => {
    do {
      again = false;
      // each round reads from the newest case down, where the last read stopped
      let after: SortCursor | null = null;
      do {
        const read: Awaited<ReturnType<ReadPool['unsortedKinds']>> = await d.reads.unsortedKinds(BATCH, after);
        if (stopped) return;
        keepKinds(d, read.found);
        after = read.next;
      } while (after);
    } while (again && !stopped);
  };

  const kick = (): void => {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = sortAll()
      .catch((e: unknown) => d.logger.warn('cases could not be sorted into kinds', { error: String(e) }))
      .finally(() => {
        running = null;
      });
  };

  let unsubscribe = (): void => {};

  return {
    /** Sort what is there now, and later cases as they arrive or change. */
    start(): void {
      unsubscribe();
      unsubscribe = d.events.subscribe((name) => {
        if (name === 'casesChanged') kick();
      });
      kick();
    },
    /** Resolves when no round is running (for tests and the bench's store). */
    async idle(): Promise<void> {
      while (running) await running;
    },
    stop(): void {
      stopped = true;
      unsubscribe();
    },
  };
}
export type KindSorter = ReturnType<typeof createKindSorter>;
