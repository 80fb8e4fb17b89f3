import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { test } from 'node:test';
import { manualClock } from '../../../shared/domain/clock';
import { zonedInstant } from '../../../shared/domain/calendar';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { naiveBayes } from './naiveBayes';
import { inSlices } from './inSlices';
import { MIN_TRAINING_CASES, trainChannelModel, trainingChannelModel } from './learnedChannel';

test('naive Bayes learns from examples, in both languages’ word forms, and says how sure it is', () => {
  const nb = naiveBayes();
  assert.deepEqual(nb.predict('hej'), [], 'nothing learned, nothing said');
  for (const t of ['jag vill returnera jackan', 'kan jag skicka tillbaka byxorna', 'returen av skorna', 'I want to return the shoes']) nb.add(t, 'email');
  for (const t of ['var är mitt paket', 'har paketet skickats', 'när kommer paketen', 'where is my parcel']) nb.add(t, 'sms');
  const p = nb.predict('Hej! Jag skulle vilja returnera en jacka');
  assert.equal(p[0]!.label, 'email');
  assert.ok(p[0]!.p > 0.8, `sure enough: ${p[0]!.p}`);
  assert.ok(Math.abs(p.reduce((s, x) => s + x.p, 0) - 1) < 1e-9);
  assert.equal(nb.predict('Where are my parcels?')[0]!.label, 'sms', 'stems: parcels → parcel');
  assert.equal(nb.size(), 8);
});

test('the channel model speaks only from enough cases of more than one channel', () => {
  const few = Array.from({ length: MIN_TRAINING_CASES - 1 }, (_, i) => ({ text: `fråga ${i}`, kind: 'general', channel: i % 2 ? ('email' as const) : ('chat' as const) }));
  assert.equal(trainChannelModel(few), null);
  const one = Array.from({ length: MIN_TRAINING_CASES }, (_, i) => ({ text: `fråga ${i}`, kind: 'general', channel: 'email' as const }));
  assert.equal(trainChannelModel(one), null);
});

test('the channel model trained in slices is the one trained at once, and gives way while it learns', async () => {
  const cases = Array.from({ length: 200 }, (_, i) => (i % 2 ? { text: `jag vill returnera jackan ${i}`, kind: 'returns', channel: 'email' as const } : { text: `var är mitt paket ${i}`, kind: 'order_status', channel: 'sms' as const }));
  let turns = 0;
  const sliced = await inSlices(trainingChannelModel(cases), async () => void turns++, -1);
  // a turn after each step of 25 cases
  assert.equal(turns, 200 / 25);
  const atOnce = trainChannelModel(cases)!;
  for (const text of ['kan jag returnera skorna', 'var är paketet', 'hej']) assert.deepEqual(sliced!(text, 'general'), atOnce(text, 'general'), text);
});

test('advice from the shop’s own resolved cases: "like N earlier cases … solved by e-mail", with how sure', async (t) => {
  const TZ = 'Europe/Stockholm';
  const now = zonedInstant('2026-12-01', '23:45', TZ)!;
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(now), osLocale: 'sv-SE' });
  t.after(() => services.close());
  const { repos } = services;
  const solved = (text: string, via: 'chat' | 'email', by: 'email' | 'sms' | 'chat', minutesAgo: number) => {
    const id = randomUUID();
    const at = now - minutesAgo * 60_000;
    repos.cases.insert({ id, channel: via, status: 'open', priority: 2, subject: text.slice(0, 40), customerId: null, assignee: null, preview: text, now: at, waitingSince: at, slaDueAt: null });
    repos.messages.insert({ caseId: id, direction: 'in', channel: via, author: 'kund', bodyText: text, createdAt: at });
    repos.messages.insert({ caseId: id, direction: 'out', channel: by, author: 'Maja', bodyText: 'Svar', createdAt: at + 60_000 });
    repos.cases.update(id, { status: 'resolved', resolved_at: at + 120_000 }, at + 120_000);
  };
  // this shop answers returns by e-mail even when they come in the chat, and order questions by SMS
  for (let i = 0; i < 30; i++) solved(['Jag vill returnera jackan', 'Hur gör jag en retur av skorna?', 'Kan jag byta byxorna mot en annan storlek?'][i % 3]!, 'chat', 'email', 100 + i);
  for (let i = 0; i < 30; i++) solved(['Var är mitt paket?', 'Har ni skickat min order?', 'När kommer leveransen?'][i % 3]!, 'chat', 'sms', 200 + i);

  const input = { channel: 'chat' as const, text: 'Hej, jag skulle vilja returnera en jacka', turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, waitTargetMs: 300_000, hasPhone: true, hasEmail: true };
  // the cases are read on the reader thread: the first advice is the rules', the next the model's
  assert.equal(services.suggest.forText(input).channel[0]!.value, 'chat');
  await services.suggest.learned();
  const advice = services.suggest.forText(input);
  assert.equal(advice.channel[0]!.value, 'email');
  const reason = advice.channel[0]!.reasons.find((r) => r.signal === 'history');
  assert.match(reason?.sv ?? '', /^liknar 30 tidigare ärenden om retur eller byte som löstes via e-post \(\d+ % säkert\)$/);
  // without the history the rules alone keep a quick chat question in the chat
  const fresh = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(now), osLocale: 'sv-SE' });
  t.after(() => fresh.close());
  assert.equal(fresh.suggest.forText(input).channel[0]!.value, 'chat');
});
