import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../tests/helpers/tempDir';
import { startCheckpointer } from './checkpointer';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A database that, like the relay's, never checkpoints on its own connection. */
function walDatabase() {
  const file = path.join(tempDir(), 'relay.db');
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('wal_autocheckpoint = 0');
  db.exec('CREATE TABLE lines (text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO lines (text) VALUES (?)');
  // what has reached the database file itself (the WAL holds the rest until a checkpoint)
  const fileSize = () => fs.statSync(file).size;
  return { file, db, write: () => insert.run('x'.repeat(2000)), fileSize };
}

/** Resolves with how long it took until `ok()`, or rejects after `limitMs`. */
async function until(ok: () => boolean, limitMs: number): Promise<number> {
  const start = performance.now();
  while (!ok()) {
    if (performance.now() - start > limitMs) throw new Error(`not within ${limitMs} ms`);
    await sleep(10);
  }
  return performance.now() - start;
}

test('a checkpoint waits for a quiet moment, then copies the WAL into the database file', async () => {
  const { file, db, write, fileSize } = walDatabase();
  const before = fileSize();
  const checkpointer = startCheckpointer(file, { quietMs: 300, maxMs: 60_000, pollMs: 20 });
  const writer = setInterval(write, 20);
  try {
    await sleep(2_500);
    assert.equal(fileSize(), before, 'no checkpoint while the lines keep coming');
    clearInterval(writer);
    // the lines themselves reach the file: a checkpoint copies page by page, so its first page is
    // not yet all of them (on a loaded machine, seen 2026-12-06, the file had grown but was short)
    await until(() => fileSize() > 50 * 2000, 3_000);
  } finally {
    clearInterval(writer);
    await checkpointer.stop();
    db.close();
  }
});

test('under writes that never pause, it checkpoints anyway after maxMs', async () => {
  const { file, db, write, fileSize } = walDatabase();
  const before = fileSize();
  const checkpointer = startCheckpointer(file, { quietMs: 400, maxMs: 1_000, pollMs: 20 });
  const writer = setInterval(write, 20);
  try {
    await until(() => fileSize() > before, 4_000);
  } finally {
    clearInterval(writer);
    await checkpointer.stop();
    db.close();
  }
});

test('stopping writes the last checkpoint and empties the WAL', async () => {
  const { file, db, write } = walDatabase();
  const checkpointer = startCheckpointer(file, { quietMs: 60_000, maxMs: 60_000, pollMs: 20 });
  for (let i = 0; i < 50; i++) write();
  assert.ok(fs.statSync(`${file}-wal`).size > 0);
  await checkpointer.stop();
  assert.equal(fs.statSync(`${file}-wal`).size, 0);
  db.close();
});
