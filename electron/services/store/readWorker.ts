import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { readKindsOf, readPlan, readUnsortedKinds, type SortCursor } from '../suggest/channelPlan';

/**
 * Heavy reads on their own thread and their own read-only connection (WAL lets it read while the
 * services write): the services' thread, and so every other call, does not wait for them.
 * Signal Desktop's SQL workers are the model. Only reads: what a task finds that should be kept
 * goes back to the services, which write it.
 */
export type ReadJob = { id: number } & ({ task: 'channelPlan'; from: number; to: number } | { task: 'unsortedKinds'; limit: number; after: SortCursor | null } | { task: 'kindsOf'; ids: string[] });

const db = new Database((workerData as { file: string }).file, { readonly: true, fileMustExist: true });
db.pragma('cache_size = -32768');

parentPort?.on('message', (job: ReadJob) => {
  try {
    const result =
      job.task === 'channelPlan' ? readPlan(db, job.from, job.to) : job.task === 'unsortedKinds' ? readUnsortedKinds(db, job.limit, job.after) : readKindsOf(db, job.ids);
    parentPort!.postMessage({ id: job.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message || String(e) });
  }
});
