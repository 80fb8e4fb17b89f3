import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shiftDays } from '../../../shared/domain/calendar';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { loadPriors } from './priors';

const NOW = Date.parse('2026-12-01T23:45:00+01:00');
const TZ = 'Europe/Stockholm';

test('the fastest channel per kind comes from the newest resolved cases of the year: the shop’s recent habit', async (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW) });
  t.after(() => s.close());
  const add = s.db.prepare(
    "INSERT INTO cases (id, number, channel, status, priority, subject, intent, created_at, updated_at, resolved_at) VALUES (?, ?, ?, 'resolved', 2, 'Retur', 'returns', ?, ?, ?)",
  );
  let n = 0;
  // resolved `daysAgo` days ago, after `hours` hours
  const resolved = (channel: string, daysAgo: number, hours: number) => {
    const at = shiftDays(NOW, -daysAgo, TZ);
    n++;
    add.run(`c${n}`, n, channel, at - hours * 3_600_000, at, at);
  };
  for (let i = 0; i < 10; i++) resolved('chat', 200, 0.5); // the old habit: chat, fast
  for (let i = 0; i < 6; i++) resolved('chat', 10, 4); // lately chat is slow
  for (let i = 0; i < 10; i++) resolved('email', 5, 2); // and e-mail faster
  resolved('email', 400, 0.1); // over a year ago: never read

  const year = loadPriors(s.db, NOW, TZ).fastestChannel.get('returns');
  assert.deepEqual(year, { channel: 'chat', medianHours: 0.5, cases: 16 });
  const lately = loadPriors(s.db, NOW, TZ, { recent: 16 }).fastestChannel.get('returns');
  assert.deepEqual(lately, { channel: 'email', medianHours: 2, cases: 10 });
});
