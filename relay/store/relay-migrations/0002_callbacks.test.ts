import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { planOf } from '../../../tests/helpers/queryPlan';
import { migrateRelay, readRelayMigrations } from '../migrations';

test('relay 0002: a conversation of version 1 gains a callback status, case and note (empty), its customer a time zone; a status outside the four is refused', () => {
  const db = new Database(':memory:');
  const all = readRelayMigrations(__dirname);
  migrateRelay(db, all.slice(0, 1));
  db.prepare("INSERT INTO customers (id, session_sha256, name, created_at, last_seen) VALUES ('k1', 's1', 'Eva', 1, 1)").run();
  db.prepare("INSERT INTO conversations (id, customer_id, kind, state, created_at) VALUES ('v1', 'k1', 'chat', 'active', 1)").run();

  assert.deepEqual(migrateRelay(db, all.slice(0, 2)), { from: 1, to: 2 });
  assert.deepEqual(db.prepare("SELECT state, callback_status, case_ref, note FROM conversations WHERE id = 'v1'").get(), { state: 'active', callback_status: null, case_ref: null, note: null });
  assert.deepEqual(db.prepare("SELECT name, time_zone FROM customers WHERE id = 'k1'").get(), { name: 'Eva', time_zone: null });
  db.prepare("INSERT INTO conversations (id, customer_id, kind, state, created_at, callback_at, callback_status) VALUES ('v2', 'k1', 'callback', 'queued', 1, 5000, 'booked')").run();
  assert.throws(() => db.prepare("UPDATE conversations SET callback_status = 'maybe' WHERE id = 'v2'").run(), /CHECK/);
  assert.match(planOf(db, "SELECT callback_at FROM conversations WHERE kind = 'callback' AND callback_status = 'booked' AND callback_at >= 0"), /conversations_callbacks/, 'the booked times are read by their index');
});
