import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0008 keeps every outbox row and allows the held state with its reason', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 7));
  db.prepare("INSERT INTO outbox (uid, channel, payload, state, not_before, created_at, updated_at) VALUES ('o1', 'email', '{}', 'queued', 5, 1, 2)").run();
  assert.throws(() => db.prepare("UPDATE outbox SET state = 'held'").run(), /CHECK/);
  migrate(db, readMigrations(__dirname).slice(0, 8));
  assert.equal(db.pragma('user_version', { simple: true }), 8);
  assert.deepEqual(db.prepare('SELECT uid, state, not_before, held_reason FROM outbox').all(), [{ uid: 'o1', state: 'queued', not_before: 5, held_reason: null }]);
  db.prepare("UPDATE outbox SET state = 'held', held_reason = '{}'").run();
  assert.throws(() => db.prepare("UPDATE outbox SET state = 'lost'").run(), /CHECK/);
  assert.ok(db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'outbox_pending'").get());
});
