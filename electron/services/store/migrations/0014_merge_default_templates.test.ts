import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

const ids = (db: Database.Database): string[] => db.prepare('SELECT id FROM templates ORDER BY id').pluck().all() as string[];

test('0014 lets the unedited first templates give way to the default set, and their feedback follows', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 13));
  // a shop that edited its Swedish thanks, deleted the default English returns, and took the seeds' advice
  db.prepare("UPDATE templates SET body_short = 'Tack! /Maja', updated_at = 5 WHERE id = 'tpl-thanks-sv'").run();
  db.prepare("INSERT INTO sync_state (account_id, scope, key, value) VALUES ('templates', 'deleted', 'def-returns-en', '1')").run();
  const feedback = db.prepare("INSERT INTO suggestion_feedback (kind, value, intent, accepted, at) VALUES (?, ?, 'returns', 1, 0)");
  feedback.run('template', 'tpl-return-sv');
  feedback.run('template', 'tpl-return-en');
  feedback.run('channel', 'tpl-return-sv');

  migrate(db, readMigrations(__dirname).slice(0, 14));
  assert.deepEqual(ids(db), ['tpl-return-en', 'tpl-thanks-sv'], 'the edited seed and the one whose default is deleted stay');
  assert.deepEqual(db.prepare('SELECT kind, value FROM suggestion_feedback ORDER BY id').all(), [
    { kind: 'template', value: 'def-returns-sv' },
    { kind: 'template', value: 'tpl-return-en' },
    { kind: 'channel', value: 'tpl-return-sv' },
  ]);
  assert.equal(db.prepare("SELECT count(*) FROM sqlite_temp_master WHERE name = 'template_merge'").pluck().get(), 0);
  assert.equal(db.pragma('user_version', { simple: true }), 14);
});
