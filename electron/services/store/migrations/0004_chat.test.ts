import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0004 adds the relay connection (one row) and the conversation → case map', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 4));
  assert.equal(db.pragma('user_version', { simple: true }), 4);
  db.prepare("INSERT INTO chat_relay (id, url, secret, updated_at) VALUES (1, 'ws://x', x'00', 0)").run();
  assert.throws(() => db.prepare("INSERT INTO chat_relay (id, url, secret, updated_at) VALUES (2, 'ws://y', x'00', 0)").run(), /CHECK/);
  const cols = db.prepare("SELECT name FROM pragma_table_info('chat_conversations')").pluck().all();
  assert.ok(cols.includes('case_id') && cols.includes('last_seq'));
});
