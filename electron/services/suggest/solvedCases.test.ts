import { test } from 'node:test';
import assert from 'node:assert/strict';
import { shiftDays } from '../../../shared/domain/calendar';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import type { SolvedCase } from './learnedChannel';
import { channelModelCache } from './solvedCases';

const NOW = Date.parse('2026-12-01T23:45:00+01:00');
const TZ = 'Europe/Stockholm';
const SINCE = shiftDays(NOW, -365, TZ);
const TEN_MINUTES = 10 * 60_000;

/** Enough solved cases of two channels for a model: returns by e-mail, deliveries by SMS. */
const CASES: SolvedCase[] = Array.from({ length: 60 }, (_, i) =>
  i % 2 ? { text: 'Jag vill returnera jackan', kind: 'returns', channel: 'email' } : { text: 'Var är mitt paket?', kind: 'delivery_status', channel: 'sms' },
);

test('the model is read off the thread: the one in use answers meanwhile, and one read runs at a time', async (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW) });
  t.after(() => s.close());
  let reads = 0;
  let trained = 0;
  let give: (c: SolvedCase[]) => void = () => {};
  const cache = channelModelCache(s.db, {
    read: () => (reads++, new Promise<SolvedCase[]>((r) => (give = r))),
    onTrained: () => trained++,
  });
  assert.equal(cache.model(NOW, SINCE), null, 'no model yet');
  assert.equal(cache.model(NOW + 1000, SINCE), null);
  assert.equal(reads, 1, 'a second ask while reading does not read again');
  give(CASES);
  await cache.settled();
  assert.equal(trained, 1);
  assert.equal(cache.model(NOW + 2000, SINCE)?.('Kan jag returnera byxorna?', 'returns')?.channel, 'email');
  // after ten minutes with nothing resolved since, the same model stays without a read
  assert.equal(cache.model(NOW + TEN_MINUTES + 5000, SINCE)?.('Var är paketet?', 'delivery_status')?.channel, 'sms');
  assert.equal(reads, 1);
});

test('a new case resolved is learned from after ten minutes; a failed read keeps the model in use and says so', async (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW) });
  t.after(() => s.close());
  const add = s.db.prepare("INSERT INTO cases (id, number, channel, status, priority, subject, created_at, updated_at, resolved_at) VALUES (?, ?, 'chat', 'resolved', 2, 'x', ?, ?, ?)");
  add.run('c1', 1, NOW, NOW, NOW);
  let fail = false;
  let reads = 0;
  const errors: string[] = [];
  const cache = channelModelCache(s.db, {
    read: async () => {
      reads++;
      if (fail) throw new Error('disk I/O error');
      return CASES;
    },
    onError: (e) => errors.push(e.message),
  });
  cache.model(NOW, SINCE);
  await cache.settled();
  const model = cache.model(NOW + 1000, SINCE);
  assert.ok(model);
  add.run('c2', 2, NOW + 2000, NOW + 2000, NOW + 2000);
  assert.equal(cache.model(NOW + 60_000, SINCE), model, 'within ten minutes the model stays');
  assert.equal(reads, 1);
  fail = true;
  assert.equal(cache.model(NOW + TEN_MINUTES + 1000, SINCE), model);
  await cache.settled();
  assert.equal(reads, 2, 'a case resolved since: read again');
  assert.deepEqual(errors, ['disk I/O error']);
  assert.equal(cache.model(NOW + TEN_MINUTES + 2000, SINCE), model, 'the model in use stays, and is not read again at once');
  assert.equal(reads, 2);
  fail = false;
  cache.model(NOW + 2 * TEN_MINUTES + 3000, SINCE);
  await cache.settled();
  assert.equal(reads, 3, 'tried again after the usual wait');
  assert.notEqual(cache.model(NOW + 2 * TEN_MINUTES + 4000, SINCE), model, 'and trained anew');
});
