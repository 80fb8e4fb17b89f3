import assert from 'node:assert/strict';
import { test } from 'node:test';
import Database from 'better-sqlite3';
import { migrateRelay, readRelayMigrations } from '../migrations';

test('relay 0001: agents, customers, conversations and messages; a line is stored once per sender and client id, and once per place', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  assert.deepEqual(migrateRelay(db, readRelayMigrations(__dirname).slice(0, 1)), { from: 0, to: 1 });
  db.prepare("INSERT INTO agents (id, name, token_sha256, created_at) VALUES ('a1', 'Anna', 'h1', 1)").run();
  assert.throws(() => db.prepare("INSERT INTO agents (id, name, token_sha256, created_at) VALUES ('a2', 'Bo', 'h1', 1)").run(), /UNIQUE/, "a token's hash names one agent");
  db.prepare("INSERT INTO customers (id, session_sha256, created_at, last_seen) VALUES ('k1', 's1', 1, 1)").run();
  assert.equal(db.prepare("SELECT lang FROM customers WHERE id = 'k1'").pluck().get(), 'sv');
  db.prepare("INSERT INTO conversations (id, customer_id, kind, state, created_at) VALUES ('v1', 'k1', 'chat', 'queued', 1)").run();
  assert.throws(() => db.prepare("INSERT INTO conversations (id, customer_id, kind, state, created_at) VALUES ('v2', 'k1', 'fax', 'queued', 1)").run(), /CHECK/);
  assert.throws(() => db.prepare("INSERT INTO conversations (id, customer_id, kind, state, created_at) VALUES ('v3', 'nobody', 'chat', 'queued', 1)").run(), /FOREIGN KEY/);
  const line = db.prepare("INSERT INTO messages (conversation_id, seq, sender, sender_key, client_id, text, at) VALUES ('v1', ?, 'customer', 'c:k1', ?, 'hej', 1)");
  line.run(1, 'x1');
  assert.throws(() => line.run(2, 'x1'), /UNIQUE/, 'the same frame sent again is not a second line');
  assert.throws(() => line.run(1, 'x2'), /UNIQUE|PRIMARY/, 'two lines can not share a place');
  assert.throws(() => db.prepare("INSERT INTO messages (conversation_id, seq, sender, sender_key, client_id, text, at) VALUES ('v1', 3, 'robot', 'r', 'x3', '', 1)").run(), /CHECK/);
});
