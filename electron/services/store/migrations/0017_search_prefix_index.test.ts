import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0017: both search indexes keep prefixes of 3 to 7 letters, hold what they held, and still follow changes and deletions', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, readMigrations(__dirname).slice(0, 16));
  db.prepare("INSERT INTO customers (id, name, created_at, updated_at) VALUES ('k1', 'Åsa Lind', 0, 0)").run();
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, subject, customer_id, created_at, updated_at) VALUES ('c1', 1, 'email', 'open', 2, 'Retur av tekanna', 'k1', 0, 0)").run();
  const add = db.prepare("INSERT INTO messages (uid, case_id, direction, channel, subject, body_text, created_at) VALUES (?, 'c1', 'in', 'email', 'Retur', ?, 0)");
  const index = db.prepare('INSERT INTO messages_fts(rowid, subject, body_text) VALUES (?, ?, ?)');
  const m1 = Number(add.run('m1', 'Jag vill returnera tekannan').lastInsertRowid);
  index.run(m1, 'Retur', 'Jag vill returnera tekannan');
  db.prepare("INSERT INTO cases_fts(rowid, subject, customer_name) VALUES (1, 'Retur av tekanna', 'Åsa Lind')").run();

  migrate(db, readMigrations(__dirname).slice(0, 17));
  assert.equal(db.pragma('user_version', { simple: true }), 17);
  const hits = (q: string) => db.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?').pluck().all(q);
  const caseHits = (q: string) => db.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?').pluck().all(q);
  for (const t of ['messages_fts', 'cases_fts']) {
    const sql = db.prepare("SELECT sql FROM sqlite_master WHERE name = ?").pluck().get(t) as string;
    assert.match(sql, /prefix = '3 4 5 6 7'/, t);
  }
  assert.deepEqual(hits('"retur"* "tekann"*'), [m1], 'what was indexed is found again, by its prefixes');
  assert.deepEqual(caseHits('"asa"* "tekanna"*'), [1], 'a case by its customer, without the marks');

  db.prepare("UPDATE messages SET body_text = 'Lampan flimrar' WHERE uid = 'm1'").run();
  assert.deepEqual(hits('"tekann"*'), []);
  assert.deepEqual(hits('"lamp"*'), [m1], 'a change still follows');
  db.prepare("UPDATE customers SET name = 'Åsa Berg' WHERE id = 'k1'").run();
  assert.deepEqual(caseHits('"berg"*'), [1], "a customer's new name still follows");
  db.prepare("DELETE FROM messages WHERE uid = 'm1'").run();
  assert.deepEqual(hits('"lamp"*'), [], 'a deletion too');
  db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run();
  db.prepare("INSERT INTO cases_fts(cases_fts, rank) VALUES ('integrity-check', 1)").run();
});
