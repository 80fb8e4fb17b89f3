import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { planOf } from '../../../../tests/helpers/queryPlan';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

const all = readMigrations(__dirname);

function freshAt1() {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, all.slice(0, 1));
  return db;
}

test('0001 creates every table of the first schema', () => {
  const db = freshAt1();
  const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table'").pluck().all() as string[];
  for (const t of ['customers', 'customer_identities', 'cases', 'messages', 'attachments', 'templates', 'callbacks', 'outbox', 'sync_state', 'case_events', 'settings', 'accounts', 'messages_fts', 'cases_fts']) {
    assert.ok(tables.includes(t), `table ${t}`);
  }
  assert.equal(db.pragma('user_version', { simple: true }), 1);
});

test('0001 keeps the FTS index in step with messages, cases and customer names', () => {
  const db = freshAt1();
  db.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu1', 'Åsa Lindqvist', 0, 0)").run();
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, subject, customer_id, created_at, updated_at) VALUES ('c1', 1, 'email', 'open', 2, 'Trasig leverans', 'cu1', 0, 0)").run();
  db.prepare("INSERT INTO messages (uid, case_id, direction, channel, body_text, created_at) VALUES ('m1', 'c1', 'in', 'email', 'Kartongen var sönder och muggen spräckt', 0)").run();
  const hit = (table: string, q: string) => db.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(q);
  assert.equal(hit('messages_fts', 'sonder'), 1, 'diacritics are folded');
  assert.equal(hit('cases_fts', 'lindqvist'), 1);
  db.prepare("UPDATE customers SET name = 'Åsa Berg' WHERE id = 'cu1'").run();
  assert.equal(hit('cases_fts', 'lindqvist'), 0);
  assert.equal(hit('cases_fts', 'berg'), 1);
  db.prepare("UPDATE messages SET body_text = 'hel' WHERE uid = 'm1'").run();
  assert.equal(hit('messages_fts', 'muggen'), 0);
  db.prepare("DELETE FROM cases WHERE id = 'c1'").run();
  assert.equal(hit('messages_fts', 'hel'), 0, 'cascade removes the message from the index');
  assert.equal(hit('cases_fts', 'trasig'), 0);
});

test('0001 refuses values outside the allowed sets', () => {
  const db = freshAt1();
  assert.throws(() =>
    db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at) VALUES ('x', 1, 'fax', 'open', 2, 0, 0)").run(),
  );
  assert.throws(() =>
    db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at) VALUES ('x', 1, 'email', 'open', 9, 0, 0)").run(),
  );
});

test('every queue filter reads its positions from a covering index, without a sort', () => {
  const db = freshAt1();
  const order = 'ORDER BY c.priority, coalesce(c.sla_due_at, 9007199254740991), c.number LIMIT 50 OFFSET 10';
  for (const where of ["WHERE (c.status <> 'resolved') = 1", "WHERE c.status = 'open'", '']) {
    const plan = planOf(db, `SELECT c.number FROM cases c ${where} ${order}`);
    assert.match(plan, /COVERING INDEX cases_queue_/, where);
    assert.doesNotMatch(plan, /TEMP B-TREE/, where);
  }
});
