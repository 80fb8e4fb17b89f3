import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import type { EventPayload } from '../../../shared/contract/api';
import { shiftDays, zonedInstant } from '../../../shared/domain/calendar';
import { createServices } from '../app/createServices';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';

const TZ = 'Europe/Stockholm';
const ALL_WEEK = Array(7).fill({ open: '08:00', close: '18:00' });

/** Services on a hand-moved clock; timers are never started, the test asks the scheduler to look. */
async function setup(start: number, dataDir = tempDir()) {
  const clock = manualClock(start);
  const services = createServices({ dataDir, mode: 'test', clock, osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  await api.updateSettings({ timeZone: TZ, openingHours: ALL_WEEK, reminderMinutesBefore: 5, callbackCapacity: 1, callbackSlotMinutes: 15 });
  const reminders: Array<EventPayload<'callbackReminder'>> = [];
  services.events.subscribe((name, p) => name === 'callbackReminder' && reminders.push(p as EventPayload<'callbackReminder'>));
  return { clock, services, api, reminders, dataDir };
}

for (const [label, date] of [['the day after the spring clock change', '2026-03-30'], ['the day after the autumn clock change', '2026-10-26'], ['across the spring change (booked the Friday before)', '2026-03-29']] as const) {
  test(`reminders fire at the right instant, ${label}`, async (t) => {
    const at = zonedInstant(date, '09:00', TZ)!;
    const s = await setup(shiftDays(at, -3, TZ));
    t.after(() => s.services.close());
    const cb = await s.api.bookCallback({ phone: '+46701234567', name: 'Åsa Lind', at, note: 'Fel storlek', confirm: false });
    assert.equal(cb.local.shop, `${date} 09:00`, 'stored as the UTC instant of 09:00 in Stockholm');
    s.clock.set(at - 5 * 60_000 - 1);
    assert.deepEqual(s.services.scheduler.check(), [], 'nothing a millisecond early');
    s.clock.set(at - 5 * 60_000);
    assert.deepEqual(s.services.scheduler.check().map((r) => [r.kind, r.late]), [['before', false]]);
    assert.deepEqual(s.services.scheduler.check(), [], 'each reminder once');
    s.clock.set(at);
    assert.deepEqual(s.services.scheduler.check().map((r) => [r.kind, r.late, r.caseId === cb.caseId]), [['due', false, true]]);
    assert.equal(s.reminders.length, 2);
  });
}

test('after a sleep the missed reminder fires at once, marked late; the early one is not given any more', async (t) => {
  const at = zonedInstant('2026-11-24', '10:00', TZ)!;
  const s = await setup(shiftDays(at, -1, TZ));
  t.after(() => s.services.close());
  await s.api.bookCallback({ phone: '+46701234567', at, confirm: false });
  s.clock.set(at + 20 * 60_000); // the lid was closed from before the reminder until 20 min after
  const fired = s.services.scheduler.check();
  assert.deepEqual(fired.map((r) => [r.kind, r.late]), [['due', true]]);
  const [cb] = await s.api.listCallbacks({ from: at - 1, to: at + 1 });
  assert.equal(cb!.late, true);
  assert.ok(cb!.remindedAt, 'the early reminder counts as given');
});

test('a restart keeps what was given and gives what was missed while Växel was closed', async (t) => {
  const at = zonedInstant('2026-11-24', '11:00', TZ)!;
  const first = await setup(shiftDays(at, -1, TZ));
  await first.api.bookCallback({ phone: '+46701234567', at, confirm: false });
  first.clock.set(at - 5 * 60_000);
  assert.equal(first.services.scheduler.check().length, 1);
  await first.services.close();

  const second = await setup(at + 30_000, first.dataDir);
  t.after(() => second.services.close());
  second.services.scheduler.start(); // start() looks at once
  second.services.scheduler.stop();
  assert.deepEqual(second.reminders.map((r) => [r.kind, r.late]), [['due', false]], 'the early one is not repeated; the due one, 30 s late, is on time');
});

test('a slot takes no more bookings than its capacity; a callback long past its time is missed', async (t) => {
  const at = zonedInstant('2026-11-24', '13:00', TZ)!;
  const s = await setup(shiftDays(at, -1, TZ));
  t.after(() => s.services.close());
  await s.api.bookCallback({ phone: '+46701111111', at, confirm: false });
  await assert.rejects(s.api.bookCallback({ phone: '+46702222222', at, confirm: false }), /every place in that slot is taken/);
  const { slots } = await s.api.callbackSlots({ date: '2026-11-24' });
  assert.equal(slots.find((x) => x.at === at)!.free, 0);
  await s.api.updateSettings({ callbackCapacity: 2 });
  await s.api.bookCallback({ phone: '+46702222222', at, confirm: false });
  s.clock.set(at + 61 * 60_000);
  s.services.scheduler.check();
  const rows = await s.api.listCallbacks({ from: at - 1, to: at + 1 });
  assert.deepEqual(rows.map((r) => r.status), ['missed', 'missed']);
});

test('not reached: the outcome goes into the case, a retry slot and a "we tried to reach you" text are offered', async (t) => {
  const at = zonedInstant('2026-11-24', '09:00', TZ)!;
  const s = await setup(shiftDays(at, -1, TZ));
  t.after(() => s.services.close());
  const cb = await s.api.bookCallback({ phone: '+46701234567', name: 'Åsa Lind', at, confirm: false });
  s.clock.set(at + 60_000);
  const r = await s.api.logCallbackOutcome({ id: cb.id, outcome: 'not_reached', note: 'Inget svar, ringde två gånger' });
  assert.equal(r.callback.status, 'done');
  assert.equal(r.callback.outcome, 'not_reached');
  assert.ok(r.retry && r.retry.at >= at + 60_000 + 2 * 3_600_000, 'a retry at least two hours on');
  assert.match(r.tryAgain!.text, /Hej Åsa! Vi försökte ringa dig tisdag 24 november kl\. 09:00 men nådde dig inte\. Vi ringer igen/);
  const detail = await s.api.getCase({ id: cb.caseId! });
  assert.ok(detail.messages.some((m) => m.direction === 'note' && /nådde inte kunden – Inget svar/.test(m.bodyText)));
  assert.ok(detail.events.some((e) => e.kind === 'callback_outcome'));
});
