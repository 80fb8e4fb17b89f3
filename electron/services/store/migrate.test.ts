import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../tests/helpers/tempDir';
import { migrate, readMigrations, schemaVersion } from './migrate';

test('shipped migrations are numbered from 1 without gaps', () => {
  const ms = readMigrations();
  assert.ok(ms.length >= 1);
  ms.forEach((m, i) => assert.equal(m.version, i + 1));
});

test('a gap or a bad file name in the migrations is refused', () => {
  const dir = tempDir();
  fs.writeFileSync(path.join(dir, '0001_a.sql'), 'CREATE TABLE a (x);');
  fs.writeFileSync(path.join(dir, '0003_c.sql'), 'CREATE TABLE c (x);');
  assert.throws(() => readMigrations(dir), /numbered/);
  fs.writeFileSync(path.join(dir, 'two.sql'), '');
  assert.throws(() => readMigrations(dir), /NNNN_name/);
});

test('migrating twice is a no-op; a later migration applies on top', () => {
  const db = new Database(':memory:');
  const ms = [
    { version: 1, name: 'a', sql: 'CREATE TABLE a (x);' },
    { version: 2, name: 'b', sql: 'CREATE TABLE b (x);' },
  ];
  assert.deepEqual(migrate(db, ms.slice(0, 1)), { from: 0, to: 1 });
  assert.deepEqual(migrate(db, ms.slice(0, 1)), { from: 1, to: 1 });
  assert.deepEqual(migrate(db, ms), { from: 1, to: 2 });
  assert.equal(schemaVersion(db), 2);
});

test('a failing migration leaves the database exactly as it was', () => {
  const db = new Database(':memory:');
  const ms = [
    { version: 1, name: 'a', sql: 'CREATE TABLE a (x);' },
    { version: 2, name: 'broken', sql: 'CREATE TABLE b (x); THIS IS NOT SQL;' },
  ];
  assert.throws(() => migrate(db, ms), /migration 2_broken failed/);
  assert.equal(schemaVersion(db), 0);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('a','b')").pluck().get(), 0);
});

test('a database from a newer Växel is refused and left alone', () => {
  const db = new Database(':memory:');
  db.pragma('user_version = 99');
  assert.throws(() => migrate(db, readMigrations()), (e: Error & { code?: string }) => e.code === 'DB_TOO_NEW');
  assert.equal(schemaVersion(db), 99);
});
