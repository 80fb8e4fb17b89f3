import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { tempDir } from '../../../tests/helpers/tempDir';
import { manualClock } from '../../../shared/domain/clock';
import { createServices } from './createServices';

async function setup() {
  const clock = manualClock(Date.UTC(2026, 10, 23, 10, 0));
  const dir = tempDir();
  const services = createServices({ dataDir: dir, mode: 'test', clock, osLocale: 'sv-SE' });
  return { clock, services, api: createInMemoryClient(services.endpoint), dir };
}

test('the default templates are there in both languages; a deleted one does not come back; edits are kept', async (t) => {
  const s = await setup();
  const list = await s.api.listTemplates();
  for (const kind of ['order_status', 'delivery_time', 'returns', 'complaint', 'damaged', 'password', 'rebooking', 'opening_hours', 'callback_confirmation', 'tried_to_reach']) {
    assert.ok(list.some((x) => x.category === kind && x.language === 'sv') && list.some((x) => x.category === kind && x.language === 'en'), kind);
  }
  const mine = await s.api.saveTemplate({ name: 'Presentkort', category: 'general', language: 'sv', subject: null, bodyShort: 'Presentkort gäller i två år.', bodyFull: 'Hej!\n\nPresentkort gäller i två år.', keywords: ['presentkort'] });
  assert.match(mine.id, /^tpl-/);
  await s.api.deleteTemplate({ id: 'def-password-sv' });
  await s.services.close();
  const again = createServices({ dataDir: s.dir, mode: 'test', osLocale: 'sv-SE' });
  t.after(() => again.close());
  const after = await createInMemoryClient(again.endpoint).listTemplates();
  assert.equal(after.some((x) => x.id === 'def-password-sv'), false);
  assert.equal(after.find((x) => x.id === mine.id)?.keywords[0], 'presentkort');
});

test('suggestions for a case in the store, and feedback that is kept', async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const c = await s.api.createCase({ channel: 'email', subject: 'Trasig lampa', customer: { name: 'Åsa', email: 'asa@example.se', phone: '0701234567' } });
  s.services.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'email', author: 'Åsa', bodyText: 'Lampan kom trasig, kartongen var krossad. Jag har bilder.', createdAt: s.clock.now() });
  const sug = await s.api.getSuggestions({ caseId: c.id });
  assert.equal(sug.intent.value, 'damaged');
  assert.equal(sug.channel[0]!.value, 'email');
  assert.equal(sug.templates[0]!.name, 'Skadad vara');
  assert.ok(sug.templates.every((x) => x.value.endsWith('-sv')), 'the customer wrote Swedish: Swedish templates only');
  const both = await s.api.getSuggestions({ caseId: c.id, bothLanguages: true });
  assert.ok(['def-damaged-sv', 'def-damaged-en'].every((id) => both.templates.some((x) => x.value === id)), 'the agent asked for both');
  await s.api.suggestionFeedback({ caseId: c.id, kind: 'channel', value: 'callback', accepted: true });
  const rows = s.services.db.prepare('SELECT kind, value, intent, accepted FROM suggestion_feedback').all();
  assert.deepEqual(rows, [{ kind: 'channel', value: 'callback', intent: 'damaged', accepted: 1 }]);
});

test("the agents' feedback is read into the priors in a turn of its own, not inside the next suggestion", async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const c = await s.api.createCase({ channel: 'email', subject: 'Trasig lampa', customer: { name: 'Åsa', email: 'asa@example.se', phone: '0701234567' } });
  s.services.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'email', author: 'Åsa', bodyText: 'Lampan kom trasig, kartongen var krossad. Jag har bilder.', createdAt: s.clock.now() });
  const fromFeedback = async () => (await s.api.getSuggestions({ caseId: c.id })).channel.flatMap((o) => o.reasons).filter((r) => r.signal === 'feedback').map((r) => r.en);
  assert.deepEqual(await fromFeedback(), []);
  // three takes: enough for the feedback to weigh (engine.ts)
  for (let i = 0; i < 3; i++) await s.api.suggestionFeedback({ caseId: c.id, kind: 'channel', value: 'callback', accepted: true });
  assert.deepEqual(await fromFeedback(), [], 'the suggestion right after uses the priors it had');
  await new Promise((resolve) => setImmediate(resolve));
  assert.deepEqual(await fromFeedback(), ['agents took this suggestion 3 of 3 times']);
});

test("a customer's reply is read by their own words, not by the shop's answer quoted below them", async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const c = await s.api.createCase({ channel: 'email', subject: 'Re: Din retur', customer: { name: 'Åsa', email: 'asa@example.se', phone: '0701234567' } });
  const reply = 'Lampan jag fick som ersättning flimrar också. Vad gör vi nu?\n\nDen tors 3 dec. 2026 kl 10:12 skrev Butiken <info@butik.se>:\n> Hej! Din retur är mottagen och pengarna för returen betalas tillbaka inom fem dagar.\n> Ring oss gärna på 08-123 45 67.';
  s.services.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'email', author: 'Åsa', bodyText: reply, createdAt: s.clock.now() });
  const sug = await s.api.getSuggestions({ caseId: c.id });
  assert.equal(sug.intent.value, 'complaint');
  assert.notEqual(sug.channel[0]!.value, 'callback', "the shop's 'ring oss' in the quote is no wish of the customer's");
});

test("a reply that only asks ('Några nyheter?') is read by the matter it quotes; its own words still decide the channel", async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const c = await s.api.createCase({ channel: 'email', subject: 'Re: Din order', customer: { name: 'Åsa', email: 'asa@example.se' } });
  const reply = 'Några nyheter?\n\nDen tors 3 dec. 2026 kl 10:12 skrev Butiken <info@butik.se>:\n> Hej! Din order 4410 är packad och lämnas till PostNord i morgon.\n> Ring oss gärna på 08-123 45 67.';
  s.services.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'email', author: 'Åsa', bodyText: reply, createdAt: s.clock.now() });
  const sug = await s.api.getSuggestions({ caseId: c.id });
  assert.equal(sug.intent.value, 'order_status');
  assert.equal(sug.channel[0]!.value, 'email', "the shop's 'ring oss' in the quote is no wish of the customer's");
});

test('a customer who answers the shop’s SMS notice in an e-mail case is answered by SMS; a question by e-mail still by e-mail', async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const c = await s.api.createCase({ channel: 'email', subject: 'Beställning 5521', customer: { name: 'Åsa', email: 'asa@example.se', phone: '0701234567' } });
  const at = s.clock.now();
  s.services.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'email', author: 'Åsa', bodyText: 'Hej, när skickas beställning 5521?', createdAt: at });
  s.services.repos.messages.insert({ caseId: c.id, direction: 'out', channel: 'sms', author: 'Butiken', bodyText: 'Din beställning 5521 är skickad.', createdAt: at + 60_000 });
  assert.equal((await s.api.getSuggestions({ caseId: c.id })).channel[0]!.value, 'email', 'her last words came by e-mail');
  s.services.repos.messages.insert({ caseId: c.id, direction: 'in', channel: 'sms', author: '+46701234567', bodyText: 'Tack! Kommer den på förmiddagen eller eftermiddagen?', createdAt: at + 120_000 });
  const sug = await s.api.getSuggestions({ caseId: c.id });
  assert.equal(sug.channel[0]!.value, 'sms');
  assert.ok(sug.channel[0]!.reasons.length > 0, 'with why');
});

test('the channel plan shows the store’s real figures per kind and channel, with a recommendation and a CSV', async (t) => {
  const s = await setup();
  t.after(() => s.services.close());
  const start = s.clock.now();
  // order questions: answered in chat within minutes, resolved in an hour; by e-mail in a day
  for (let i = 0; i < 8; i++) {
    const channel = i < 4 ? 'chat' : 'email';
    const c = await s.api.createCase({ channel, subject: 'Var är min order?', customer: { name: `K${i}` } });
    s.services.repos.messages.insert({ caseId: c.id, direction: 'in', channel, author: 'K', bodyText: `Var är min beställning ${1000 + i}?`, createdAt: s.clock.now() });
    s.clock.advance(channel === 'chat' ? 3 * 60_000 : 5 * 3_600_000);
    await s.api.addNote({ caseId: c.id, body: 'svar' });
    s.services.repos.cases.update(c.id, { first_response_at: s.clock.now() }, s.clock.now());
    // resolved an hour or a full 24 hours later: durations, not calendar days
    // eslint-disable-next-line no-restricted-syntax
    s.clock.advance(channel === 'chat' ? 3_600_000 : 24 * 3_600_000);
    await s.api.updateCase({ id: c.id, status: 'resolved' });
  }
  const plan = await s.api.channelPlan({ from: start - 1, to: s.clock.now() + 1 });
  const order = plan.kinds.find((k) => k.intent === 'order_status')!;
  assert.equal(order.cases, 8);
  const chat = order.channels.find((c) => c.channel === 'chat')!;
  assert.equal(chat.cases, 4);
  assert.equal(chat.firstResponseMinutes, 3);
  assert.equal(chat.resolutionHours!.toFixed(2), '1.05');
  assert.equal(chat.reopenRate, 0);
  assert.equal(order.recommendation.channel, 'chat');
  assert.equal(order.recommendation.basis, 'history');
  const { csv } = await s.api.channelPlanCsv({ from: start - 1, to: s.clock.now() + 1 });
  assert.match(csv.split('\n')[0]!, /^intent,channel,cases,/);
  assert.ok(csv.includes('order_status,chat,4,3.0,1.05,0.000,chat,history'));
});

test('services that make the suggestions ready ahead answer calls meanwhile, and close while it runs without a warning', async () => {
  const warnings: string[] = [];
  const logger = { info() {}, error() {}, warn: (msg: string) => void warnings.push(msg) };
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.UTC(2026, 10, 23, 10, 0)), osLocale: 'sv-SE', warmSuggestions: true, logger });
  // a call made while the warm-up has just begun is answered
  assert.ok((await createInMemoryClient(services.endpoint).listTemplates()).length > 0);
  await services.close();
  for (let i = 0; i < 50; i++) await new Promise((r) => setImmediate(r));
  assert.deepEqual(warnings, []);
});
