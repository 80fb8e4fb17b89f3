import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../shared/contract/errors';
import type { Logger } from './logger';

/**
 * How to start a worker thread's code: the bundle beside the caller (dist/NAME.cjs, every bundle
 * sits there), or the TypeScript source (tests, the CLI in development) through tsx's require
 * hook. `--import tsx` in the worker's execArgv does not reach a worker thread on Node 20: the
 * thread then failed on ".ts", and its work quietly fell back to the calling thread.
 */
export function workerEntry(dir: string, name: string): { code: string; eval: boolean } | null {
  const built = path.join(dir, `${name}.cjs`);
  if (fs.existsSync(built)) return { code: built, eval: false };
  const source = path.join(dir, `${name}.ts`);
  if (!fs.existsSync(source)) return null;
  let hook: string;
  try {
    hook = require.resolve('tsx/cjs');
  } catch {
    return null; // a packaged app has the bundles, and no tsx
  }
  return { code: `require(${JSON.stringify(hook)}); require(${JSON.stringify(source)});`, eval: true };
}

/** The thread is not there (it could not start, or it stopped): the caller does the work itself. */
export class WorkerGone extends Error {}

/** Times a stopped thread is started again before the caller is left to do the work itself. */
const RESTARTS = 3;

/**
 * Calls to a worker thread: each job gets an id, the thread answers `{ id, result }` or
 * `{ id, error }`. Started on the first call; a thread that fails or stops answers every waiting
 * call with WorkerGone, and is started again on the next call, a few times at most.
 */
export function workerClient(o: { dir: string; name: string; what: string; logger: Logger; workerData?: unknown }) {
  const entry = workerEntry(o.dir, o.name);
  let worker: Worker | null = null;
  let starts = 0;
  const pending = new Map<number, { resolve(r: unknown): void; reject(e: Error): void }>();
  let next = 0;
  const failAll = (e: Error) => {
    for (const p of pending.values()) p.reject(e);
    pending.clear();
  };
  const start = (): Worker | null => {
    if (!entry || starts >= 1 + RESTARTS) return null;
    starts++;
    try {
      const w = new Worker(entry.code, { eval: entry.eval, workerData: o.workerData });
      w.unref();
      w.on('message', (m: { id: number; result?: unknown; error?: string; code?: ErrorCode }) => {
        const p = pending.get(m.id);
        if (!p) return;
        pending.delete(m.id);
        if (m.error !== undefined) p.reject(m.code ? new AppError(m.code, m.error) : new Error(m.error));
        else p.resolve(m.result);
      });
      const gone = (why: string) => {
        if (worker === w) worker = null;
        failAll(new WorkerGone(`${o.what} ${why}`));
      };
      w.on('error', (e) => {
        o.logger.warn(`${o.what} failed; its work is done on the calling thread`, { error: String(e) });
        gone('failed');
      });
      w.on('exit', () => gone('stopped'));
      return w;
    } catch (e) {
      o.logger.warn(`${o.what} could not start; its work is done on the calling thread`, { error: String(e) });
      starts = 1 + RESTARTS;
      return null;
    }
  };
  return {
    /** Whether a thread runs or may still be started. */
    get usable(): boolean {
      return worker !== null || (entry !== null && starts < 1 + RESTARTS);
    },
    call<R>(job: Record<string, unknown>): Promise<R> {
      worker ??= start();
      const w = worker;
      if (!w) return Promise.reject(new WorkerGone(`${o.what} is not running`));
      const id = ++next;
      return new Promise<R>((resolve, reject) => {
        pending.set(id, { resolve: resolve as (r: unknown) => void, reject });
        w.postMessage({ ...job, id });
      });
    },
    async close(): Promise<void> {
      const w = worker;
      worker = null;
      starts = 1 + RESTARTS;
      if (w) await w.terminate();
    },
  };
}
