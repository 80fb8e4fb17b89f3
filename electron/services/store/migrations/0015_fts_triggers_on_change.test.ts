import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

/** Rows written by one statement, its triggers' writes included. */
function written(db: Database.Database, sql: string): number {
  const total = db.prepare('SELECT total_changes()').pluck();
  const before = total.get() as number;
  db.prepare(sql).run();
  return (total.get() as number) - before;
}

test('0015: naming an unchanged column no longer rewrites the search index; a real change still does', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, readMigrations(__dirname).slice(0, 14));
  db.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('cu1', 'Åsa Lindqvist', 0, 0)").run();
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, subject, customer_id, created_at, updated_at) VALUES ('c1', 1, 'email', 'open', 2, 'Trasig leverans', 'cu1', 0, 0)").run();
  db.prepare("INSERT INTO messages (uid, case_id, direction, channel, subject, body_text, created_at) VALUES ('m1', 'c1', 'in', 'email', 'Re', 'Kartongen var sönder', 0)").run();
  const sameCase = "UPDATE cases SET subject = subject, customer_id = customer_id, updated_at = 5 WHERE id = 'c1'";
  assert.ok(written(db, sameCase) > 1, 'before: the trigger rewrote cases_fts');

  migrate(db, readMigrations(__dirname).slice(0, 15));
  assert.equal(db.pragma('user_version', { simple: true }), 15);
  assert.equal(written(db, sameCase), 1, 'only the case row');
  assert.equal(written(db, "UPDATE customers SET name = name WHERE id = 'cu1'"), 1);
  assert.equal(written(db, "UPDATE messages SET subject = subject, body_text = body_text WHERE uid = 'm1'"), 1);

  const hits = (q: string) => db.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?').pluck().all(q);
  const messageHits = (q: string) => db.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?').pluck().all(q);
  db.prepare("UPDATE cases SET subject = 'Fel faktura' WHERE id = 'c1'").run();
  assert.deepEqual(hits('faktura'), [1]);
  assert.deepEqual(hits('leverans'), []);
  db.prepare("UPDATE customers SET name = 'Åsa Berg' WHERE id = 'cu1'").run();
  assert.deepEqual(hits('berg'), [1]);
  db.prepare("UPDATE messages SET body_text = 'Muggen spräckt' WHERE uid = 'm1'").run();
  assert.equal(messageHits('muggen').length, 1);
  assert.deepEqual(messageHits('kartongen'), []);
  // FTS5's own check of an external-content index against its table: it throws when they differ
  assert.doesNotThrow(() => db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run());
});
