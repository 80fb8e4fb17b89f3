import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0005 keeps existing callbacks and adds reminder state, the SMS gateway and opt-outs', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 4));
  db.prepare("INSERT INTO callbacks (id, phone, due_at, time_zone, status, created_at, updated_at) VALUES ('c1', '+46701234567', 1, 'Europe/Stockholm', 'booked', 0, 0)").run();
  migrate(db, readMigrations(__dirname).slice(0, 5));
  assert.equal(db.pragma('user_version', { simple: true }), 5);
  const row = db.prepare("SELECT name, source, late, attempt, due_notified_at FROM callbacks WHERE id = 'c1'").get();
  assert.deepEqual(row, { name: '', source: 'agent', late: 0, attempt: 1, due_notified_at: null });
  assert.throws(() => db.prepare("UPDATE callbacks SET source = 'fax'").run(), /CHECK/);
  db.prepare("INSERT INTO sms_optouts (phone, word, at) VALUES ('+46701234567', 'STOPP', 0)").run();
});
