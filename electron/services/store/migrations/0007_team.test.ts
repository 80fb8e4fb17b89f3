import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0007 gives e-mail cases their shared key from the thread, and adds the team log tables', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 6));
  const ins = db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at, thread_key) VALUES (?, ?, 'email', 'open', 1, 0, 0, ?)");
  ins.run('a', 1, 'root@shop.test#1234abcd');
  ins.run('b', 2, null);
  migrate(db, readMigrations(__dirname).slice(0, 7));
  assert.equal(db.pragma('user_version', { simple: true }), 7);
  assert.deepEqual(db.prepare('SELECT id, shared_key, shop_number FROM cases ORDER BY id').all(), [
    { id: 'a', shared_key: 'root@shop.test', shop_number: null },
    { id: 'b', shared_key: null, shop_number: null },
  ]);
  db.prepare("INSERT INTO team_numbers VALUES ('k1', 1)").run();
  assert.throws(() => db.prepare("INSERT INTO team_numbers VALUES ('k2', 1)").run(), /UNIQUE/);
  assert.throws(() => db.prepare("UPDATE cases SET shared_key = 'root@shop.test' WHERE id = 'b'").run(), /UNIQUE/);
});
