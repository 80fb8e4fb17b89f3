import { Worker } from 'node:worker_threads';
import type { Logger } from '../logger';
import { readPlan } from '../suggest/channelPlan';
import { workerEntry } from '../workerEntry';
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
 * thread can start, or it fails, the same read runs on the services' connection: slower for the
 * other calls, never a lost answer.
 */
export function createReadPool(d: { db: Db; file: string; logger: Logger }): ReadPool {
  const entry = d.file === ':memory:' ? null : workerEntry(__dirname, 'readWorker');
  let worker: Worker | null = null;
  const pending = new Map<number, { resolve(r: unknown): void; reject(e: Error): void }>();
  let next = 0;
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const start = (): Worker | null => {
    if (!entry) return null;
    try {
      const w = new Worker(entry.file, { execArgv: entry.execArgv, workerData: { file: d.file } });
      w.unref();
      w.on('message', (m: { id: number; result?: unknown; error?: string }) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.error !== undefined) p.reject(new Error(m.error));
        else p.resolve(m.result);
      });
      w.on('error', (e) => {
        d.logger.warn('the reader thread failed; heavy reads run on the services thread', { error: String(e) });
        if (worker === w) worker = null;
        failAll(e);
      });
      w.on('exit', () => {
        if (worker === w) worker = null;
        failAll(new Error('the reader thread stopped'));
      });
      return w;
    } catch (e) {
      d.logger.warn('no reader thread; heavy reads run on the services thread', { error: String(e) });
      return null;
    }
  };
  const run = <T>(job: Omit<ReadJob, 'id'>, here: () => T): Promise<T> => {
    worker ??= start();
    const w = worker;
    if (!w) return Promise.resolve().then(here);
    const id = ++next;
    return new Promise<T>((resolve, reject) => {
      pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
      w.postMessage({ ...job, id });
    }).catch((e: Error) => {
      d.logger.warn('a read on the reader thread failed; reading here', { task: job.task, error: e.message });
      return here();
    });
  };
  return {
    channelPlan: (from, to) => run({ task: 'channelPlan', from, to }, () => readPlan(d.db, from, to)),
    async close() {
      const w = worker;
      worker = null;
      if (w) await w.terminate();
    },
  };
}
