import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0016: no trigger indexes a new message or case any more (the repositories do); changes and deletions still follow', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  db.pragma('foreign_keys = ON');
  migrate(db, readMigrations(__dirname).slice(0, 15));
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, subject, created_at, updated_at) VALUES ('c1', 1, 'email', 'open', 2, 'Retur', 0, 0)").run();
  const add = db.prepare("INSERT INTO messages (uid, case_id, direction, channel, subject, body_text, created_at) VALUES (?, 'c1', 'in', 'email', 'Retur', ?, 0)");
  const hits = (q: string) => db.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?').pluck().all(q);
  add.run('m1', 'Kartongen var sönder');
  assert.equal(hits('kartongen').length, 1, 'before: the trigger indexed it');

  migrate(db, readMigrations(__dirname).slice(0, 16));
  assert.equal(db.pragma('user_version', { simple: true }), 16);
  assert.equal(hits('kartongen').length, 1, 'what was indexed stays');
  const id = Number(add.run('m2', 'Muggen var spräckt').lastInsertRowid);
  assert.deepEqual(hits('muggen'), [], 'a raw insert is not indexed');
  db.prepare('INSERT INTO messages_fts(rowid, subject, body_text) VALUES (?, ?, ?)').run(id, 'Retur', 'Muggen var spräckt');
  db.prepare("UPDATE messages SET body_text = 'Lampan flimrar' WHERE uid = 'm2'").run();
  assert.deepEqual(hits('muggen'), []);
  assert.deepEqual(hits('lampan'), [id], 'a change still follows');
  db.prepare("DELETE FROM messages WHERE uid = 'm2'").run();
  assert.deepEqual(hits('lampan'), [], 'a deletion too');
  db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run();

  const caseHits = (q: string) => db.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?').pluck().all(q);
  assert.deepEqual(caseHits('retur'), [1], 'the case indexed before stays');
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, subject, created_at, updated_at) VALUES ('c2', 2, 'email', 'open', 2, 'Faktura', 0, 0)").run();
  assert.deepEqual(caseHits('faktura'), [], 'a raw insert is not indexed');
  db.prepare("INSERT INTO cases_fts(rowid, subject, customer_name) VALUES (2, 'Faktura', '')").run();
  db.prepare("UPDATE cases SET subject = 'Fel faktura' WHERE id = 'c2'").run();
  assert.deepEqual(caseHits('fel'), [2], 'a change still follows');
  db.prepare("DELETE FROM cases WHERE id = 'c2'").run();
  assert.deepEqual(caseHits('faktura'), [], 'a deletion too');
});
