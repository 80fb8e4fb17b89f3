import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { shiftDays } from '../../../shared/domain/calendar';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { generateCases } from '../demo/generateCases';
import { kindOf } from './engine';
import { readPlan } from './channelPlan';
import { createKindSorter } from './kindSorter';

const NOW = Date.parse('2026-12-01T23:45:00+01:00');
const year = { from: shiftDays(NOW, -365, 'Europe/Stockholm'), to: NOW };

test('cases are sorted into their kind in the background, on the reader thread, so a plan need not read their words', async (t) => {
  const warnings: string[] = [];
  const logger = { info() {}, error() {}, warn: (message: string) => void warnings.push(message) };
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW), logger });
  t.after(() => s.close());
  generateCases(s, 700, 5);
  const written = "EXISTS (SELECT 1 FROM messages m WHERE m.case_id = c.id AND m.direction = 'in')";
  const unsorted = (customerWrote = true) => s.db.prepare(`SELECT count(*) FROM cases c WHERE intent IS NULL AND ${customerWrote ? '' : 'NOT'} ${written}`).pluck().get() as number;
  const notWritten = unsorted(false);
  const before = unsorted();
  assert.ok(before > 400, 'generated cases come without a kind');
  // a case opened by an agent already has its kind: the sorter does not overwrite it
  const opened = s.db.prepare('SELECT id FROM cases ORDER BY number DESC LIMIT 1').pluck().get() as string;
  s.repos.suggest.setIntent(opened, 'opening_hours');

  s.kinds.start();
  await s.kinds.idle();
  assert.equal(unsorted(), 0, 'every case with a customer message has its kind');
  assert.equal(unsorted(false), notWritten, 'the cases no customer wrote in wait for their words');
  assert.equal(s.repos.suggest.intentOf(opened), 'opening_hours');
  // the kind is what the customer's first words say
  const sample = s.db
    .prepare<[string], { intent: string; body: string }>(`SELECT c.intent, (SELECT body_text FROM messages m WHERE m.case_id = c.id AND m.direction = 'in' ORDER BY created_at LIMIT 1) AS body FROM cases c WHERE c.id <> ? AND ${written} ORDER BY c.number LIMIT 25`)
    .all(opened);
  for (const r of sample) assert.equal(r.intent, kindOf(r.body));
  assert.deepEqual(readPlan(s.db, year.from, year.to).sorted, [], 'the plan reads no words');

  // a case that arrives later is sorted when the services say cases changed
  const c = await createInMemoryClient(s.endpoint).createCase({ channel: 'email', subject: 'Faktura', customer: { name: 'Åsa' } });
  s.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'email', author: 'Åsa', bodyText: 'Jag har fått en faktura två gånger för samma order.', createdAt: NOW });
  s.events.emit('casesChanged', { ids: [c.id] });
  await s.kinds.idle();
  assert.equal(s.repos.suggest.intentOf(c.id), 'invoice');
  assert.deepEqual(warnings, []);
});

test('a case nobody has written in yet waits: it is sorted by its customer’s first words once they come', async (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW) });
  t.after(() => s.close());
  const c = await createInMemoryClient(s.endpoint).createCase({ channel: 'email', subject: 'Utskick', customer: { name: 'Bo' } });
  s.kinds.start();
  await s.kinds.idle();
  assert.equal(s.repos.suggest.intentOf(c.id), null);
  s.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'email', author: 'Bo', bodyText: 'Hur lång är leveranstiden till Kiruna?', createdAt: NOW });
  s.events.emit('casesChanged', { ids: [c.id] });
  await s.kinds.idle();
  assert.equal(s.repos.suggest.intentOf(c.id), 'delivery_time');
});

test('the sorter stops with the services: an answer that comes after is not written, and close is quiet', async () => {
  const warnings: string[] = [];
  const logger = { info() {}, error() {}, warn: (message: string) => void warnings.push(message) };
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW), logger });
  generateCases(s, 50, 2);
  const written: string[] = [];
  let answer: (read: { found: Array<[string, string]>; next: null }) => void = () => {};
  const sorter = createKindSorter({
    db: s.db,
    repos: { ...s.repos, suggest: { ...s.repos.suggest, fillIntent: (id: string) => void written.push(id) } },
    events: s.events,
    logger,
    reads: { unsortedKinds: () => new Promise((resolve) => (answer = resolve)), kindsOf: async () => [] },
  });
  sorter.start();
  sorter.stop();
  answer({ found: [['c-late', 'returns']], next: null });
  await sorter.idle();
  assert.deepEqual(written, []);

  // the services' own sorter, stopped mid-round by close: its thread's end is no warning
  s.kinds.start();
  await s.close();
  await s.kinds.idle();
  assert.deepEqual(warnings, []);
});

test('sorting waits until cases are quiet (a first sync keeps both cores busy), and idle runs a waiting round now', async (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(NOW) });
  t.after(() => s.close());
  let reads = 0;
  const changedRead: string[] = [];
  const sorter = createKindSorter({
    db: s.db,
    repos: s.repos,
    events: s.events,
    logger: { info() {}, warn() {}, error() {} },
    reads: { unsortedKinds: async () => (reads++, { found: [], next: null }), kindsOf: async (ids) => (changedRead.push(...ids), []) },
  });
  t.after(() => sorter.stop());
  sorter.start();
  for (let i = 0; i < 5; i++) {
    s.events.emit('casesChanged', { ids: [`c${i}`] });
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
  assert.equal(reads, 0, 'cases are still changing: nothing read yet');
  await sorter.idle();
  assert.equal(reads, 1, 'one walk over every case at start, with the changes meanwhile in it');
  assert.deepEqual(changedRead, []);
  // after the walk, a change reads just the cases that changed, not every case again
  s.events.emit('casesChanged', { ids: ['c7', 'c8'] });
  await sorter.idle();
  assert.equal(reads, 1);
  assert.deepEqual(changedRead, ['c7', 'c8']);
});
