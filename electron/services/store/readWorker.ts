import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { readKindsOf, readPlan, readUnsortedKinds, type SortCursor } from '../suggest/channelPlan';
import { solvedCases } from '../suggest/solvedCases';

/**
 * Heavy reads on their own thread and their own read-only connection (WAL lets it read while the
 * services write): the services' thread, and so every other call, does not wait for them.
 * Signal Desktop's SQL workers are the model. Only reads: what a task finds that should be kept
 * goes back to the services, which write it.
 */
export type ReadJob = { id: number } & (
  | { task: 'channelPlan'; from: number; to: number }
  | { task: 'unsortedKinds'; limit: number; after: SortCursor | null }
  | { task: 'kindsOf'; ids: string[] }
  | { task: 'solvedCases'; since: number }
);

const db = new Database((workerData as { file: string }).file, { readonly: true, fileMustExist: true });
db.pragma('cache_size = -32768');

function read(job: ReadJob): unknown {
  switch (job.task) {
    case 'channelPlan':
      return readPlan(db, job.from, job.to);
    case 'unsortedKinds':
      return readUnsortedKinds(db, job.limit, job.after);
    case 'kindsOf':
      return readKindsOf(db, job.ids);
    case 'solvedCases':
      return solvedCases(db, job.since);
  }
}

parentPort?.on('message', (job: ReadJob) => {
  try {
    const result = read(job);
    parentPort!.postMessage({ id: job.id, result });
  } catch (e) {
    parentPort!.postMessage({ id: job.id, error: (e as Error).message || String(e) });
  }
});
