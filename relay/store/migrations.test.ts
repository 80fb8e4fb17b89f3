import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { tempDir } from '../../tests/helpers/tempDir';
import { migrateRelay, readRelayMigrations } from './migrations';
import { openRelayStore } from './relayStore';

test("the relay's migrations are numbered from 1 without gaps, and the build ships the same files beside dist/relay.cjs", () => {
  const ms = readRelayMigrations();
  assert.ok(ms.length >= 3);
  ms.forEach((m, i) => assert.equal(m.version, i + 1));
  const built = path.join(__dirname, '..', '..', 'dist', 'relay-migrations');
  // the build is made before the tests run (npm test); a bare checkout has none to compare yet
  if (fs.existsSync(built)) assert.deepEqual(readRelayMigrations(built), ms);
});

test('a new relay database gets every migration in one step; opening it again changes nothing', async () => {
  const file = path.join(tempDir('relay-migrations'), 'relay.db');
  const store = openRelayStore(file);
  const latest = readRelayMigrations().length;
  assert.equal(store.db.pragma('user_version', { simple: true }), latest);
  store.addAgent('Anna', 1);
  await store.close();
  const again = openRelayStore(file);
  assert.equal(again.listAgents().length, 1);
  await again.close();
});

test('a relay database from a newer relay is refused, named, and left alone', () => {
  const db = new Database(':memory:');
  db.exec('CREATE TABLE future (x)');
  db.pragma('user_version = 99');
  assert.throws(() => migrateRelay(db), /newer relay \(schema 99\); update the relay/);
  assert.equal(db.pragma('user_version', { simple: true }), 99);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE name = 'agents'").pluck().get(), 0);
});

test('a migration that fails leaves the relay database as it was, and says which one', () => {
  const db = new Database(':memory:');
  const broken = [...readRelayMigrations(), { version: readRelayMigrations().length + 1, name: 'broken', sql: 'CREATE TABLE later (x); NOT SQL;' }];
  assert.throws(() => migrateRelay(db, broken), /migration \d+_broken failed/);
  assert.equal(db.pragma('user_version', { simple: true }), 0);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'table'").pluck().get(), 0);
});
