import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { shiftDays, zonedInstant } from '../../../shared/domain/calendar';
import { manualClock } from '../../../shared/domain/clock';
import { fakeFortySixElks } from '../../../tests/helpers/fakeFortySixElks';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { readPostback, replyAnswer, postbackFor } from './callbackAnswers';

const TZ = 'Europe/Stockholm';

test('replies read as answers only when they are one: 1/JA confirm, 2/AVBOKA cancel, anything longer is for an agent', () => {
  for (const w of ['1', ' 1.', 'JA', 'ja!', 'Ok', 'yes', 'Bekräfta', '(1)']) assert.equal(replyAnswer(w), 'confirm', w);
  for (const w of ['2', 'AVBOKA', 'avboka.', 'Nej', 'cancel']) assert.equal(replyAnswer(w), 'cancel', w);
  for (const w of ['12', 'ja men kan ni ringa 14 i stället?', 'STOPP', '', 'tack']) assert.equal(replyAnswer(w), null, w);
  assert.deepEqual(readPostback(postbackFor('0123456789abcdef0123456789abcdef', 'cancel')), { callbackId: '0123456789abcdef0123456789abcdef', answer: 'cancel' });
  assert.equal(readPostback('cb:short:confirm'), null);
  assert.equal(readPostback('cb:0123456789abcdef0123456789abcdef:delete'), null);
});

async function setup() {
  const start = zonedInstant('2026-12-01', '23:45', TZ)!;
  const clock = manualClock(start);
  const elks = await fakeFortySixElks({ username: 'u', password: 'p', now: clock.now });
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE', smsPollMs: 1 });
  const api = createInMemoryClient(services.endpoint);
  await api.updateSettings({ timeZone: TZ, openingHours: Array(7).fill({ open: '08:00', close: '18:00' }), callbackSlotMinutes: 15 });
  await api.saveSmsGateway({ baseUrl: elks.baseUrl, username: 'u', password: 'p', sender: 'Butiken' });
  return { clock, elks, services, api };
}

test('with SMS only (46elks) the confirmation says how to answer; "1" confirms once, "2" cancels, other words stay a message', async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const at = zonedInstant('2026-12-03', '10:00', TZ)!;
  const cb = await s.api.bookCallback({ phone: '070-123 45 67', name: 'Åsa Lind', at, confirm: true });
  await s.services.sms.sendDue();
  const sent = s.elks.messages.find((m) => m.direction === 'outgoing')!;
  assert.equal(sent.message, 'Hej Åsa! Vi ringer dig torsdag 3 december kl. 10:00 på +46701234567. Svara 1 för att bekräfta eller 2 för att avboka. Passar det inte? Svara på det här meddelandet så bokar vi om.');

  s.elks.incoming('+46701234567', 'Går det att ringa lite senare?');
  s.elks.incoming('+46701234567', '1');
  await s.services.sms.poll();
  assert.ok(s.services.repos.callbacks.get(cb.id)!.confirmed_at !== null);
  s.elks.incoming('+46701234567', 'JA');
  await s.services.sms.poll();
  const c = await s.api.getCase({ id: cb.caseId! });
  assert.equal(c.events.filter((e) => e.kind === 'callback_confirmed').length, 1, 'confirmed once');
  assert.ok(c.messages.some((m) => m.direction === 'in' && m.bodyText === 'Går det att ringa lite senare?'), 'a question lands in the callback’s case');
  assert.equal(s.services.repos.callbacks.get(cb.id)!.status, 'booked');

  s.elks.incoming('+46701234567', '2');
  await s.services.sms.poll();
  assert.equal(s.services.repos.callbacks.get(cb.id)!.status, 'cancelled');
  assert.ok((await s.api.getCase({ id: cb.caseId! })).events.some((e) => e.kind === 'callback_cancelled' && e.actor === 'Åsa Lind'));
});

test('the customer is reminded two hours before a call booked further ahead, once, with the answers; a moved call is reminded again', async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const at = zonedInstant('2026-12-03', '10:00', TZ)!;
  const cb = await s.api.bookCallback({ phone: '+46701234567', name: 'Åsa', at, confirm: false });
  s.clock.set(at - 2 * 3_600_000 - 1);
  s.services.scheduler.check();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(s.services.repos.outbox.due('sms', Number.MAX_SAFE_INTEGER).length, 0, 'not a moment early');
  s.clock.set(at - 2 * 3_600_000);
  s.services.scheduler.check();
  s.services.scheduler.check();
  await new Promise((r) => setTimeout(r, 50));
  await s.services.sms.sendDue();
  const reminders = s.elks.messages.filter((m) => m.direction === 'outgoing');
  assert.equal(reminders.length, 1);
  assert.match(reminders[0]!.message, /^Hej Åsa! En påminnelse: vi ringer dig torsdag 3 december kl\. 10:00 på \+46701234567\. Svara 1/);
  // moved to the next day: its reminder comes again, two hours before the new time
  const later = shiftDays(at, 1, TZ);
  await s.api.changeCallback({ id: cb.id, at: later });
  s.clock.set(later - 2 * 3_600_000);
  s.services.scheduler.check();
  await new Promise((r) => setTimeout(r, 50));
  await s.services.sms.sendDue();
  assert.equal(s.elks.messages.filter((m) => m.direction === 'outgoing').length, 2);
});

test('a call booked less than two hours ahead gets its confirmation and no reminder besides', async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const at = zonedInstant('2026-12-02', '09:00', TZ)!;
  s.clock.set(at - 3_600_000);
  await s.api.bookCallback({ phone: '+46701234567', name: 'Åsa', at, confirm: true });
  s.services.scheduler.check();
  await new Promise((r) => setTimeout(r, 50));
  await s.services.sms.sendDue();
  assert.equal(s.elks.messages.filter((m) => m.direction === 'outgoing').length, 1);
});

test('a shared call’s reminder waits while the relay can not say whose it is, and is due again', async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const at = zonedInstant('2026-12-03', '10:00', TZ)!;
  const c = await s.api.createCase({ channel: 'phone', subject: 'Ring upp', customer: { name: 'Åsa', phone: '+46701234567' } });
  // as the relay's announcement stores it: shared, so a claim must be asked for (and no relay answers here)
  s.services.repos.callbacks.upsert({ id: '0123456789abcdef0123456789abcdef', case_id: c.id, customer_id: null, phone: '+46701234567', name: 'Åsa', due_at: at, time_zone: TZ, duration_min: 15, note: '', assignee: null, source: 'widget', shared: 1, attempt: 1 }, s.clock.now());
  s.clock.set(at - 2 * 3_600_000);
  s.services.scheduler.check();
  await new Promise((r) => setTimeout(r, 50));
  assert.equal(s.services.repos.callbacks.get('0123456789abcdef0123456789abcdef')!.customer_reminded_at, null, 'due again');
  assert.equal(await s.services.sms.sendDue(), 0, 'nothing was sent');
});
