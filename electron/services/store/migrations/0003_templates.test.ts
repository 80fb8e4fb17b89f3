import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0003 adds starter templates in Swedish and English, each with a short and a full variant', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 3));
  const rows = db.prepare('SELECT language, body_short, body_full FROM templates').all() as Array<{ language: string; body_short: string; body_full: string }>;
  assert.equal(rows.filter((r) => r.language === 'sv').length, rows.filter((r) => r.language === 'en').length);
  assert.ok(rows.length >= 6);
  for (const r of rows) {
    assert.ok(r.body_short.length <= 160, 'short variants fit one SMS');
    assert.ok(r.body_full.length > r.body_short.length);
    assert.match(r.body_full, /\{\{customer\.firstName\}\}/);
  }
  assert.equal(db.pragma('user_version', { simple: true }), 3);
});
