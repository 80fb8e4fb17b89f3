import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { migrate, readMigrations } from '../migrate';

const all = readMigrations(__dirname);

test('0002 applies on top of 0001 and keeps existing messages', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, all.slice(0, 1));
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at) VALUES ('c', 1, 'email', 'open', 2, 0, 0)").run();
  db.prepare("INSERT INTO messages (uid, case_id, direction, channel, body_text, created_at) VALUES ('m', 'c', 'in', 'email', 'före', 0)").run();
  migrate(db, all.slice(0, 2));
  assert.equal(db.pragma('user_version', { simple: true }), 2);
  assert.equal(db.prepare('SELECT body_text FROM messages').pluck().get(), 'före');
  assert.equal(db.prepare('SELECT account_id FROM messages').pluck().get(), null);
});

test('0002: one message per account and content hash; a shared Message-ID alone is no duplicate', () => {
  const db = new Database(':memory:');
  migrate(db, all.slice(0, 2));
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at) VALUES ('c', 1, 'email', 'open', 2, 0, 0)").run();
  const ins = db.prepare("INSERT INTO messages (uid, case_id, direction, channel, created_at, account_id, source_sha256, rfc_message_id) VALUES (?, 'c', 'in', 'email', 0, 'a', ?, 'same@x')");
  ins.run('m1', 'h1');
  ins.run('m2', 'h2');
  assert.throws(() => ins.run('m3', 'h1'), /UNIQUE/);
  db.prepare("INSERT INTO mail_uids (account_id, folder, uidvalidity, uid, message_id) VALUES ('a', 'INBOX', 7, 1, 1)").run();
  db.prepare('DELETE FROM messages WHERE id = 1').run();
  assert.equal(db.prepare('SELECT count(*) FROM mail_uids').pluck().get(), 0, 'uid rows go with their message');
});
