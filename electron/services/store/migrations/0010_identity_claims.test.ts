import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0010 keeps claims beside their customer, one per value, and drops them with the customer', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, readMigrations(__dirname).slice(0, 10));
  assert.equal(db.pragma('user_version', { simple: true }), 10);
  db.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('v', 'Visitor', 0, 0)").run();
  const claim = db.prepare("INSERT OR IGNORE INTO customer_claims (customer_id, kind, value, created_at) VALUES ('v', ?, ?, 0)");
  claim.run('email', 'lisa@example.se');
  claim.run('email', 'lisa@example.se');
  assert.equal(db.prepare('SELECT count(*) FROM customer_claims').pluck().get(), 1);
  assert.throws(() => db.prepare("INSERT INTO customer_claims (customer_id, kind, value, created_at) VALUES ('v', 'chat', 'x', 0)").run(), /CHECK/, 'a chat id is the relay’s, never a claim');
  db.prepare("DELETE FROM customers WHERE id = 'v'").run();
  assert.equal(db.prepare('SELECT count(*) FROM customer_claims').pluck().get(), 0);
});
