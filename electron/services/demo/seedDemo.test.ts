import { test } from 'node:test';
import assert from 'node:assert/strict';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { firstContact } from '../../../shared/domain/customers';
import { manualClock } from '../../../shared/domain/clock';
import { localDateTime, shiftDays } from '../../../shared/domain/calendar';
import { generateCases } from './generateCases';
import { DEMO_CASES, seedDemo } from './seedDemo';
import { UNDO_MS } from '../mail/queueEmail';
import { until } from '../../../tests/helpers/until';

test('the demo fills an empty store once, in Swedish and English, with waiting times', () => {
  const s = createServices({ dataDir: tempDir(), mode: 'test' });
  assert.equal(seedDemo(s).inserted, DEMO_CASES.length);
  assert.equal(seedDemo(s).inserted, 0, 'a store with cases is left alone');
  const all = s.repos.cases.list('all', 0, 1000);
  assert.equal(all.total, DEMO_CASES.length);
  assert.ok(new Set(DEMO_CASES.map((c) => c.lang)).size === 2);
  const active = s.repos.cases.list('active', 0, 1000).items;
  assert.ok(active.every((c) => c.status !== 'resolved'));
  assert.ok(active.some((c) => c.sla_due_at !== null && c.sla_due_at < Date.now()), 'some are over target');
  // Åsa Lindqvist has two cases; they share one customer
  const asa = all.items.filter((c) => c.customer_name === 'Åsa Lindqvist');
  assert.equal(asa.length, 2);
  assert.equal(asa[0]!.customer_id, asa[1]!.customer_id);
  assert.ok(s.repos.search.search('kaffekvarn', 10).length >= 1);
  s.close();
});

test('generated cases are deterministic and searchable', () => {
  const a = createServices({ dataDir: tempDir(), mode: 'test' });
  const b = createServices({ dataDir: tempDir(), mode: 'test' });
  generateCases(a, 300, 7);
  generateCases(b, 300, 7);
  const subjects = (s: typeof a) => s.repos.cases.list('all', 0, 300).items.map((c) => `${c.subject}|${c.customer_name}|${c.status}`);
  assert.equal(a.repos.cases.list('all', 0, 1).total, 300);
  assert.deepEqual(subjects(a), subjects(b));
  assert.ok(a.repos.search.search('leverans', 50).length > 0);
  a.close();
  b.close();
});

test('the demo’s SMS cases can be answered: its gateway sends nothing and reports each message delivered', async () => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', osLocale: 'sv-SE' });
  seedDemo(s);
  const api = createInMemoryClient(s.endpoint);
  assert.deepEqual([(await api.getSmsGateway({}))?.provider, (await api.getSmsGateway({}))?.sender], ['demo', 'Demobutik']);
  const smsCase = s.repos.cases.list('all', 0, 1000).items.find((c) => c.channel === 'sms')!;
  const phone = firstContact((await api.getCase({ id: smsCase.id })).customer, 'phone');
  assert.ok(phone, 'the SMS customer has a number');
  await api.sendSms({ caseId: smsCase.id, to: phone, text: 'Hej! Paketet går i dag.' });
  assert.equal(await s.sms.sendDue(), 1);
  const out = (await api.getCase({ id: smsCase.id })).messages.find((m) => m.direction === 'out' && m.channel === 'sms')!;
  assert.deepEqual([out.delivery?.state, out.delivery?.receipt, out.delivery?.demo], ['sent', 'delivered', true]);
  s.close();
});

test('the demo has calls on the agenda: its open phone cases, each at a free slot from tomorrow 10:00', () => {
  const start = Date.parse('2026-12-01T23:45:00+01:00');
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(start) });
  seedDemo(s);
  const agenda = s.repos.callbacks.between(start, shiftDays(start, 15, 'Europe/Stockholm'));
  assert.ok(agenda.length >= 2, `${agenda.length} calls`);
  assert.equal(new Set(agenda.map((c) => c.due_at)).size, agenda.length, 'one call per slot');
  assert.ok(agenda.every((c) => c.status === 'booked' && c.phone.startsWith('+') && c.case_id));
  assert.equal(localDateTime(Math.min(...agenda.map((c) => c.due_at)), 'Europe/Stockholm'), '2026-12-02 10:00');
  s.close();
});

test('the demo’s e-mail can be answered: its mailbox reaches no server and keeps the reply as sent, marked as a demo', async (t) => {
  const clock = manualClock(Date.parse('2026-12-01T23:45:00+01:00'));
  const s = createServices({ dataDir: tempDir(), mode: 'test', osLocale: 'sv-SE', clock, startMail: true });
  t.after(() => s.close());
  seedDemo(s);
  const api = createInMemoryClient(s.endpoint);
  const [mailbox, ...others] = await api.listAccounts({});
  assert.deepEqual([mailbox?.demo, mailbox?.hasSecret, others.length], [true, false, 0]);
  assert.equal((await until('the demo mailbox’s status', () => s.mail.statuses().find((x) => x.accountId === mailbox!.id))).state, 'watching');

  const emailCase = s.repos.cases.list('all', 0, 1000).items.find((c) => c.channel === 'email' && c.subject === 'Trasig kaffekvarn vid leverans')!;
  const original = (await api.getCase({ id: emailCase.id })).messages.find((m) => m.direction === 'in')!;
  assert.deepEqual(original.email?.from, { name: 'Åsa Lindqvist', address: 'asa.lindqvist@example.se' });
  const reply = await api.sendEmail({ caseId: emailCase.id, replyToMessageId: original.id, mode: 'reply', body: 'Hej Åsa! Vi skickar en ny kvarn.', attachments: [] });
  assert.deepEqual(reply.email?.to, [{ name: 'Åsa Lindqvist', address: 'asa.lindqvist@example.se' }]);

  clock.advance(UNDO_MS + 1000);
  s.mail.kickOutbox();
  const sent = await until('the reply kept as sent', () => {
    const m = s.repos.messages.get(reply.id);
    return m?.delivery?.state === 'sent' ? m : null;
  });
  assert.equal(sent.delivery?.demo, true);
  assert.equal((await api.getStatus({})).outboxPending, 0);
  // the team's log needs a real mailbox: the demo's is never used for it
  assert.equal(await s.team.syncOnce(), null);
});
