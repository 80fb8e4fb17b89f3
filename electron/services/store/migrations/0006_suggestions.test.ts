import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0006 keeps templates, adds keywords, case intents and the feedback log', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 6));
  assert.equal(db.pragma('user_version', { simple: true }), 6);
  const t = db.prepare("SELECT keywords, builtin FROM templates WHERE id = 'tpl-thanks-sv'").get();
  assert.deepEqual(t, { keywords: '[]', builtin: 0 });
  assert.throws(() => db.prepare("INSERT INTO suggestion_feedback (kind, value, accepted, at) VALUES ('mood', 'x', 1, 0)").run(), /CHECK/);
});
