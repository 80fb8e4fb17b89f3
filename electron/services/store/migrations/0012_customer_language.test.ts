import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0012 keeps a chat visitor’s language beside the conversation; existing ones have none', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 11));
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at) VALUES ('c', 1, 'chat', 'open', 2, 0, 0)").run();
  db.prepare("INSERT INTO chat_conversations (conversation_id, case_id, kind, state, relay_customer_id, updated_at) VALUES ('old', 'c', 'chat', 'closed', 'r', 0)").run();
  migrate(db, readMigrations(__dirname).slice(0, 12));
  assert.equal(db.prepare("SELECT lang FROM chat_conversations WHERE conversation_id = 'old'").pluck().get(), null);
  db.prepare("INSERT INTO chat_conversations (conversation_id, case_id, kind, state, relay_customer_id, updated_at, lang) VALUES ('new', 'c', 'chat', 'queued', 'r', 0, 'en')").run();
  assert.throws(() => db.prepare("UPDATE chat_conversations SET lang = 'de' WHERE conversation_id = 'new'").run(), /CHECK/);
});
