import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { shiftDays } from '../../../shared/domain/calendar';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices, DATABASE_FILE } from '../app/createServices';
import { generateCases } from '../demo/generateCases';
import { silentLogger } from '../logger';
import { readPlan } from '../suggest/channelPlan';
import { createReadPool } from './readPool';

const NOW = Date.parse('2026-12-01T23:45:00+01:00');
const year = { from: shiftDays(NOW, -365, 'Europe/Stockholm'), to: NOW };

test('the channel plan is read on the reader thread: the same plan, other calls answered meanwhile, the kinds kept', async (t) => {
  // the thread did its work: had it failed, the read would have fallen back here, saying so
  const warnings: string[] = [];
  const logger = { ...silentLogger, warn: (message: string) => void warnings.push(message) };
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW), logger });
  t.after(() => s.close());
  generateCases(s, 3000, 3);
  const api = createInMemoryClient(s.endpoint);
  // a case no customer has written in yet has no words to sort it by: it waits for them
  const unsorted = () =>
    s.db
      .prepare("SELECT count(*) FROM cases c WHERE intent IS NULL AND created_at >= ? AND created_at < ? AND EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id AND m.direction = 'in')")
      .pluck()
      .get(year.from, year.to) as number;
  assert.ok(unsorted() > 0);
  const expected = readPlan(s.db, year.from, year.to).plan;

  const order: string[] = [];
  const plan = api.channelPlan(year).then((p) => (order.push('plan'), p));
  await api.getStatus({}).then(() => order.push('status'));
  assert.deepEqual(await plan, expected);
  // on the services' own thread the status would wait for the whole plan
  assert.deepEqual(order, ['status', 'plan']);
  assert.equal(unsorted(), 0, 'the kinds the plan found for the period’s cases are kept');
  assert.deepEqual(warnings.filter((w) => /reader thread/.test(w)), [], 'read on the reader thread, not here');
});

test('without a reader thread (the store cannot be opened there) the plan is read here: slower, never lost', async (t) => {
  const dir = tempDir();
  const s = createServices({ dataDir: dir, mode: 'test', clock: manualClock(NOW) });
  t.after(() => s.close());
  generateCases(s, 50, 3);
  const pool = createReadPool({ db: s.db, file: path.join(dir, 'not-there', DATABASE_FILE), logger: silentLogger });
  t.after(() => pool.close());
  const { plan } = await pool.channelPlan(year.from, year.to);
  assert.deepEqual(plan, readPlan(s.db, year.from, year.to).plan);
});
