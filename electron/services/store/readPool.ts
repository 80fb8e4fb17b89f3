import type { Logger } from '../logger';
import { readPlan, type readKindsOf, type readUnsortedKinds, type SortCursor } from '../suggest/channelPlan';
import { solvedCases } from '../suggest/solvedCases';
import type { SolvedCase } from '../suggest/learnedChannel';
import { WorkerGone, workerClient } from '../workerClient';
import type { Db } from './database';
import type { ReadJob } from './readWorker';

type PlanResult = ReturnType<typeof readPlan>;
type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface ReadPool {
  /** The channel plan of a period, read on the worker's connection; the kinds it found come back to keep. */
  channelPlan(from: number, to: number): Promise<PlanResult>;
  /**
   * Up to `limit` cases whose kind is not known yet, from `after` on, with their kinds and where
   * the next read starts, read on the worker. Only
   * there: where no thread runs this is background work the services' own thread should not take
   * on, so it answers nothing (a channel plan still reads what it needs).
   */
  unsortedKinds(limit: number, after: SortCursor | null): Promise<ReturnType<typeof readUnsortedKinds>>;
  /** The kinds of those of these cases that have words and no kind yet; like unsortedKinds, only on the worker. */
  kindsOf(ids: string[]): Promise<ReturnType<typeof readKindsOf>>;
  /** The resolved cases since then that the learned channel model trains on. */
  solvedCases(since: number): Promise<SolvedCase[]>;
  close(): Promise<void>;
}

/**
 * The services' reader thread (store/readWorker.ts) with its own read-only connection. Where no
 * thread can start, or a read fails there, the same read runs on the services' connection: slower
 * for the other calls, never a lost answer.
 */
export function createReadPool(d: { db: Db; file: string; logger: Logger }): ReadPool {
  const thread = workerClient({ dir: __dirname, name: 'readWorker', what: 'the reader thread', logger: d.logger, workerData: { file: d.file } });
  const run = <T>(job: DistributiveOmit<ReadJob, 'id'>, here: () => T): Promise<T> => {
    if (!thread.usable) return Promise.resolve().then(here);
    return thread.call<T>(job).catch((e: Error) => {
      d.logger.warn('a read on the reader thread failed; reading here', { task: job.task, error: e.message });
      return here();
    });
  };
  // background sorting: on the worker or not at all
  const onThreadOnly = <T>(job: DistributiveOmit<ReadJob, 'id'>, none: T): Promise<T> => {
    if (!thread.usable) return Promise.resolve(none);
    return thread.call<T>(job).catch((e: Error) => {
      // a thread that stopped (the services close) is no news; a read that failed is
      if (!(e instanceof WorkerGone)) d.logger.warn('the reader thread could not sort cases into kinds', { error: e.message });
      return none;
    });
  };
  return {
    channelPlan: (from, to) => run({ task: 'channelPlan', from, to }, () => readPlan(d.db, from, to)),
    unsortedKinds: (limit, after) => onThreadOnly({ task: 'unsortedKinds', limit, after }, { found: [], next: null }),
    kindsOf: (ids) => onThreadOnly<Array<[string, string]>>({ task: 'kindsOf', ids }, []),
    solvedCases: (since) => run({ task: 'solvedCases', since }, () => solvedCases(d.db, since)),
    close: () => thread.close(),
  };
}
