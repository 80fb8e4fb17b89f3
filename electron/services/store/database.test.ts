import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../tests/helpers/tempDir';
import { openDatabase, prepareDataDir } from './database';

const hasCode = (code: string) => (e: Error & { code?: string }) => e.code === code;

test('a new database is in WAL mode, migrated, with foreign keys on', () => {
  const db = openDatabase(path.join(tempDir(), 'v.db'));
  assert.equal(db.pragma('journal_mode', { simple: true }), 'wal');
  assert.equal(db.pragma('foreign_keys', { simple: true }), 1);
  assert.ok((db.pragma('user_version', { simple: true }) as number) >= 1);
  db.close();
});

test('a corrupt file gives DB_CORRUPT and is left byte for byte as it was', () => {
  const file = path.join(tempDir(), 'v.db');
  const junk = Buffer.from('this is not a database at all, just some text '.repeat(200));
  fs.writeFileSync(file, junk);
  assert.throws(() => openDatabase(file), hasCode('DB_CORRUPT'));
  assert.deepEqual(fs.readFileSync(file), junk);
});

test('a database locked by another program gives DB_LOCKED and changes nothing', () => {
  const file = path.join(tempDir(), 'v.db');
  openDatabase(file).close();
  const other = new Database(file);
  other.pragma('locking_mode = EXCLUSIVE');
  other.exec('BEGIN EXCLUSIVE');
  try {
    assert.throws(() => openDatabase(file, { busyTimeoutMs: 100 }), hasCode('DB_LOCKED'));
  } finally {
    other.exec('ROLLBACK');
    other.close();
  }
  const db = openDatabase(file);
  assert.equal(db.prepare('SELECT count(*) FROM cases').pluck().get(), 0);
  db.close();
});

test('a data directory that cannot be created gives DATA_DIR_NOT_WRITABLE', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, 'file'), 'x');
  assert.throws(() => prepareDataDir(path.join(dir, 'file', 'data')), hasCode('DATA_DIR_NOT_WRITABLE'));
});

test('a data directory without write permission gives DATA_DIR_NOT_WRITABLE', () => {
  const dir = tempDir();
  const ro = path.join(dir, 'ro');
  fs.mkdirSync(ro, { mode: 0o555 });
  fs.chmodSync(ro, 0o555);
  // root ignores permission bits, so the check runs as an unprivileged user there
  const asRoot = process.getuid?.() === 0;
  const code = `require('tsx/cjs');
    try { require(${JSON.stringify(path.join(__dirname, 'database.ts'))}).prepareDataDir(${JSON.stringify(path.join(ro, 'data'))}); console.log('no error'); }
    catch (e) { console.log(e.code); }`;
  fs.chmodSync(dir, 0o755);
  const r = spawnSync(process.execPath, ['-e', code], {
    cwd: path.resolve(__dirname, '../../..'),
    encoding: 'utf8',
    ...(asRoot ? { uid: 65534, gid: 65534, env: { ...process.env, HOME: '/tmp', TSX_TSCONFIG_PATH: '' } } : {}),
  });
  assert.equal(r.stdout.trim(), 'DATA_DIR_NOT_WRITABLE', r.stderr);
  assert.equal(fs.existsSync(path.join(ro, 'data')), false);
});

test('the data directory is 0700 and the database with its -wal and -shm files 0600, even when they already existed', { skip: process.platform === 'win32' ? 'POSIX modes' : false }, () => {
  const dir = path.join(tempDir(), 'data');
  fs.mkdirSync(dir, { mode: 0o755 });
  fs.chmodSync(dir, 0o755);
  const file = path.join(dir, 'vaxel.db');
  fs.writeFileSync(file, '');
  fs.chmodSync(file, 0o644);
  prepareDataDir(dir);
  const db = openDatabase(file);
  db.prepare('CREATE TABLE IF NOT EXISTS t (x)').run(); // a write makes the -wal and -shm files
  const mode = (f: string) => fs.statSync(f).mode & 0o777;
  assert.equal(mode(dir), 0o700);
  for (const f of [file, `${file}-wal`, `${file}-shm`]) assert.equal(mode(f), 0o600, f);
  db.close();
});
