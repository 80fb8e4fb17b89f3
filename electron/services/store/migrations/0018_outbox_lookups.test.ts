import { test } from 'node:test';
import assert from 'node:assert/strict';
import Database from 'better-sqlite3';
import { planOf } from '../../../../tests/helpers/queryPlan';
import { migrate, readMigrations } from '../migrate';

const LAST_TEXTED = "SELECT case_id FROM outbox WHERE channel = 'sms' AND case_id IS NOT NULL AND json_extract(payload, '$.to') = '+46701234567' ORDER BY id DESC LIMIT 1";

test('0018: the case a text was last sent from, a case\'s outbox and a message\'s are found by index, not by reading every reply sent; what was queued stays', () => {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, readMigrations(__dirname).slice(0, 17));
  db.prepare("INSERT INTO cases (id, number, channel, status, priority, created_at, updated_at) VALUES ('c1', 1, 'sms', 'open', 1, 0, 0)").run();
  db.prepare("INSERT INTO outbox (uid, case_id, channel, payload, state, not_before, created_at, updated_at) VALUES ('o1', 'c1', 'sms', '{\"to\":\"+46701234567\"}', 'sent', 0, 0, 0)").run();
  assert.match(planOf(db, LAST_TEXTED), /SCAN outbox/, 'version 17 reads every row');

  migrate(db, readMigrations(__dirname).slice(0, 18));
  assert.equal(db.pragma('user_version', { simple: true }), 18);
  assert.match(planOf(db, LAST_TEXTED), /outbox_sms_by_to/);
  assert.match(planOf(db, "UPDATE outbox SET case_id = 'c2' WHERE case_id = 'c1'"), /outbox_by_case/);
  assert.match(planOf(db, 'SELECT id FROM outbox WHERE message_id = 7'), /outbox_by_message/);
  assert.equal(db.prepare(LAST_TEXTED).pluck().get(), 'c1');
});
