import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0009 indexes the links of stored e-mail, leaving out ids without an @ and unreadable headers', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 8));
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at) VALUES ('c', 1, 'email', 'open', 1, 0, 0)").run();
  const ins = db.prepare("INSERT INTO messages (uid, case_id, direction, channel, headers, created_at) VALUES (?, 'c', 'in', 'email', ?, 0)");
  ins.run('m1', JSON.stringify({ inReplyTo: 'b@x', references: ['a@x', 'b@x'] }));
  ins.run('m2', JSON.stringify({ inReplyTo: 'yes', references: [] }));
  ins.run('m3', 'not json');
  ins.run('m4', null);
  migrate(db, readMigrations(__dirname).slice(0, 9));
  assert.equal(db.pragma('user_version', { simple: true }), 9);
  assert.deepEqual(db.prepare('SELECT ref_id, message_id FROM message_refs ORDER BY ref_id').all(), [
    { ref_id: 'a@x', message_id: 1 },
    { ref_id: 'b@x', message_id: 1 },
  ]);
  db.prepare("DELETE FROM messages WHERE uid = 'm1'").run();
  assert.equal(db.prepare('SELECT count(*) FROM message_refs').pluck().get(), 0, 'links go with their message');
});
