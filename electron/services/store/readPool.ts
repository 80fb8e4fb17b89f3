import type { Logger } from '../logger';
import { readPlan } from '../suggest/channelPlan';
import { workerClient } from '../workerClient';
import type { Db } from './database';
import type { ReadJob } from './readWorker';

type PlanResult = ReturnType<typeof readPlan>;

export interface ReadPool {
  /** The channel plan of a period, read on the worker's connection; the kinds it found come back to keep. */
  channelPlan(from: number, to: number): Promise<PlanResult>;
  close(): Promise<void>;
}

/**
 * The services' reader thread (store/readWorker.ts) with its own read-only connection. Where no
 * thread can start, or a read fails there, the same read runs on the services' connection: slower
 * for the other calls, never a lost answer.
 */
export function createReadPool(d: { db: Db; file: string; logger: Logger }): ReadPool {
  const thread = workerClient({ dir: __dirname, name: 'readWorker', what: 'the reader thread', logger: d.logger, workerData: { file: d.file } });
  const run = <T>(job: Omit<ReadJob, 'id'>, here: () => T): Promise<T> => {
    if (!thread.usable) return Promise.resolve().then(here);
    return thread.call<T>(job).catch((e: Error) => {
      d.logger.warn('a read on the reader thread failed; reading here', { task: job.task, error: e.message });
      return here();
    });
  };
  return {
    channelPlan: (from, to) => run({ task: 'channelPlan', from, to }, () => readPlan(d.db, from, to)),
    close: () => thread.close(),
  };
}
