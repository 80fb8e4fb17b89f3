import { Worker } from 'node:worker_threads';

export interface CheckpointTiming {
  /** Checkpoint once nothing was written for this long: in a gap, where it delays no one. */
  quietMs: number;
  /** ... or at the latest this long after the first write since the last checkpoint, under steady load. */
  maxMs: number;
  /** How often the worker looks at the WAL file (one stat). */
  pollMs: number;
}

const DEFAULT_TIMING: CheckpointTiming = { quietMs: 250, maxMs: 10_000, pollMs: 100 };

/**
 * WAL checkpoints copy committed pages back into the database file and fsync it: a few
 * milliseconds that, run inline (SQLite's default every 1,000 pages), land on whichever chat line
 * happens to commit then. Here a worker thread with its own connection checkpoints instead, beside
 * the relay's event loop; the relay's connection never checkpoints.
 *
 * It checkpoints in a quiet moment (no write to the WAL for `quietMs`), so in a shop's ordinary
 * traffic no line waits on one. The fsync still stalls the file system's other writes for a few
 * milliseconds: measured with 500 lines a second, one every 2 s (as before) put those stalls on
 * the relay's slowest lines. Under load that never pauses it checkpoints every `maxMs`, which
 * bounds the WAL (about 17 KB a line, so ~85 MB after 10 s at 500 lines a second).
 */
export function startCheckpointer(file: string, timing: Partial<CheckpointTiming> = {}): { stop(): Promise<void> } {
  const code = `
    const fs = require('node:fs');
    const { parentPort, workerData } = require('node:worker_threads');
    const Database = require('better-sqlite3');
    const { file, quietMs, maxMs, pollMs } = workerData;
    let db = null;
    try { db = new Database(file, { timeout: 5000, fileMustExist: true }); } catch {}
    const mtimeOf = () => { try { return fs.statSync(file + '-wal').mtimeMs; } catch { return null; } };
    // the WAL's mtime says when it was last written; dirtySince is the first write not yet
    // checkpointed (a WAL there at the start counts as written: the store wrote before this started)
    let seen = null, lastWrite = 0, dirtySince = null;
    // a monotonic clock: a wall clock set back would hold checkpoints off until it caught up
    const timer = db && setInterval(() => {
      const now = performance.now();
      const m = mtimeOf();
      if (m !== null && m !== seen) { seen = m; lastWrite = now; dirtySince ??= now; }
      if (dirtySince === null || (now - lastWrite < quietMs && now - dirtySince < maxMs)) return;
      // a write after this poll's look changes the mtime again, and the next poll sees it
      try { db.pragma('wal_checkpoint(PASSIVE)'); } catch {}
      dirtySince = null;
    }, pollMs);
    parentPort.on('message', () => {
      if (db) { clearInterval(timer); try { db.pragma('wal_checkpoint(TRUNCATE)'); } catch {} db.close(); }
      parentPort.close();
    });
  `;
  // no inherited flags: the worker needs nothing but better-sqlite3 (and must not inherit a test runner's)
  const worker = new Worker(code, { eval: true, workerData: { file, ...DEFAULT_TIMING, ...timing }, execArgv: [] });
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
