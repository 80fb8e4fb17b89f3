import { Worker } from 'node:worker_threads';

/**
 * WAL checkpoints copy committed pages back into the database file and fsync it: a few
 * milliseconds that, run inline (SQLite's default every 1,000 pages), land on whichever chat line
 * happens to commit then. Here a worker thread with its own connection checkpoints every
 * `everyMs` instead, beside the relay's event loop; the relay's connection never checkpoints.
 */
export function startCheckpointer(file: string, everyMs = 2000): { stop(): Promise<void> } {
  const code = `
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require('better-sqlite3');
    let db = null;
    try { db = new Database(workerData.file, { timeout: 5000, fileMustExist: true }); } catch {}
    const timer = db && setInterval(() => { try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {} }, workerData.everyMs);
    parentPort.on('message', () => {
      if (db) { clearInterval(timer); try { db.pragma('wal_checkpoint(TRUNCATE)'); } catch {} db.close(); }
      parentPort.close();
    });
  `;
  // no inherited flags: the worker needs nothing but better-sqlite3 (and must not inherit a test runner's)
  const worker = new Worker(code, { eval: true, workerData: { file, everyMs }, execArgv: [] });
  worker.unref();
  // a checkpoint that fails is retried by the next one (and SQLite checkpoints when it closes)
  worker.on('error', () => {});
  return {
    stop: () =>
      new Promise<void>((resolve) => {
        // keep the process alive until the last checkpoint is written and the worker is gone
        worker.ref();
        const timer = setTimeout(() => void worker.terminate(), 2000);
        worker.once('exit', () => {
          clearTimeout(timer);
          resolve();
        });
        worker.postMessage('stop');
      }),
  };
}
