import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import Database from 'better-sqlite3';
import { tempDir } from '../../../../tests/helpers/tempDir';
import { migrate, readMigrations } from '../migrate';

test('0013 keeps a 46elks gateway, takes Sinch only with its project and app, and adds the customer’s answer to callbacks', () => {
  const db = new Database(path.join(tempDir(), 'm.db'));
  migrate(db, readMigrations(__dirname).slice(0, 12));
  db.prepare("INSERT INTO sms_gateway (id, provider, base_url, username, secret, sender, updated_at) VALUES (1, '46elks', 'https://api.46elks.com/a1', 'u', x'00', 'Butiken', 5)").run();
  migrate(db, readMigrations(__dirname).slice(0, 13));
  assert.deepEqual(db.prepare('SELECT provider, username, sender, project_id FROM sms_gateway').get(), { provider: '46elks', username: 'u', sender: 'Butiken', project_id: null });
  assert.throws(() => db.prepare("UPDATE sms_gateway SET provider = 'sinch'").run(), /CHECK/, 'Sinch without its project and app');
  db.prepare("UPDATE sms_gateway SET provider = 'sinch', project_id = 'p', app_id = 'a', auth_url = 'https://auth.sinch.com/oauth2/token'").run();
  assert.throws(() => db.prepare("UPDATE sms_gateway SET provider = 'twilio'").run(), /CHECK/);
  const cols = db.prepare("SELECT name FROM pragma_table_info('callbacks')").pluck().all();
  assert.ok(cols.includes('confirmed_at') && cols.includes('customer_reminded_at'));
  const plan = db.prepare("EXPLAIN QUERY PLAN SELECT uid FROM outbox WHERE channel = 'sms' AND json_extract(payload, '$.providerId') = ?").all('x') as Array<{ detail: string }>;
  assert.match(plan.map((p) => p.detail).join(' '), /outbox_sms_by_provider_id/);
});
