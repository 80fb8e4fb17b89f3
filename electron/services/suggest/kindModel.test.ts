import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import examples from '../../../resources/suggest/kind-examples.json';
import { classifyIntents } from './engine';
import shipped from '../../../resources/suggest/kind-model.json';
import { blendKinds, builtInKindModel, kindCountsOf, shippedKindModel, trainKindModel, warmKindModel, type KindModel } from './kindModel';
import { ruleIntents, ruledOutKinds } from './ruleKinds';
import { mayNameAlone } from './modelAloneAnchors';

const ROOT = path.resolve(__dirname, '../../..');

// (first in this file: no test before it has read the built-in model on first use)
test('the built-in model made ahead in slices is the shipped one', async () => {
  let turns = 0;
  await warmKindModel(async () => void turns++);
  // its 126,000 features are read and its table filled in slices of ~15 ms, not in one piece
  assert.ok(turns >= 2, `${turns} turns`);
  const fresh = shippedKindModel();
  for (const text of ['paketet kom trasigt', 'when do you open on saturday?', 'radera mina uppgifter']) assert.deepEqual(builtInKindModel().probabilities(text), fresh.probabilities(text), text);
});

test('the shipped examples are the development part of the evaluation set, and nothing of the test or late parts', async () => {
  const { examplesFrom } = (await import(path.join(ROOT, 'scripts/kind-examples.mjs'))) as { examplesFrom: (tsv: string) => Array<[string, string]> };
  const dev = examplesFrom(fs.readFileSync(path.join(ROOT, 'tests/fixtures/suggestEval/dev.tsv'), 'utf8'));
  assert.deepEqual(examples, dev, 'run node scripts/kind-examples.mjs after changing dev.tsv');
  const heldOut = ['test.tsv', 'late.tsv'].flatMap((f) => examplesFrom(fs.readFileSync(path.join(ROOT, 'tests/fixtures/suggestEval', f), 'utf8')));
  // the same words in another case or with other punctuation are the same message to the model
  const asTheModelReads = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const testTexts = new Set(heldOut.map(([, t]) => asTheModelReads(t)));
  assert.deepEqual((examples as Array<[string, string]>).filter(([, t]) => testTexts.has(asTheModelReads(t))), []);
});

test('the shipped model is the one its examples train (resources/suggest/kind-model.json)', () => {
  assert.deepEqual(shipped, kindCountsOf(examples as Array<[string, string]>), 'run node scripts/kind-examples.mjs after changing the examples, how texts are folded or which wishes are taken out');
});

// a small model of its own, so the test does not move when the shipped examples grow
const model = trainKindModel([
  ['complaint', 'dammsugaren har slutat suga efter en månad'],
  ['complaint', 'mixern låter konstigt och luktar bränt efter några veckor'],
  ['complaint', 'kaffebryggaren läcker vatten sedan förra veckan'],
  ['complaint', 'sugkraften på dammsugaren är nästan borta'],
  ['product_advice', 'vilken dammsugare passar bäst för långhåriga mattor?'],
  ['product_advice', 'hur mycket rymmer kaffebryggaren?'],
  ['order_status', 'var är mitt paket, ordernummer 1234'],
  ['general', 'tack för en fin upplevelse'],
  ['general', 'har ni några lediga jobb?'],
]);

test('where the word lists find nothing, the model names the kind, with the words behind it and how sure it is', () => {
  const text = 'numera suger dammsugaren dåligt';
  assert.deepEqual(classifyIntents(text, null), [], 'the rules alone have no word for it');
  const [k] = classifyIntents(text, model);
  assert.equal(k!.intent, 'complaint');
  assert.ok(k!.learned && k!.learned.p >= 0.6 && k!.learned.p <= 1 && k!.learned.examples === 4);
  assert.ok(k!.words.some((w) => w.startsWith('dammsug')), `words: ${k!.words.join(', ')}`);
});

test('a kind the rules found stands, and "general" or an unsure model gives no kind', () => {
  // "reklamation" is in the word lists; the model has never seen it
  assert.equal(classifyIntents('jag vill göra en reklamation på mixern', model)[0]!.intent, 'complaint');
  assert.equal(classifyIntents('Lösenordet funkar inte när jag loggar in', model)[0]!.intent, 'password');
  assert.deepEqual(classifyIntents('tack för en fin upplevelse i butiken', model), [], '"general" wins: no kind');
  const unsure: KindModel = { probabilities: () => [{ label: 'returns', p: 0.4 }, { label: 'general', p: 0.35 }, { label: 'complaint', p: 0.25 }], wordsFor: () => [], examplesOf: () => 1 };
  assert.deepEqual(blendKinds([], unsure, 'något helt annat'), []);
});

test('the template reason says the model named the kind, from how many examples, how sure', async () => {
  const { suggest } = await import('./engine');
  const templates = [{ id: 't1', name: 'Reklamation', category: 'complaint', language: 'sv' as const, keywords: [], body: '' }];
  const s = suggest({ channel: 'chat', text: 'numera suger dammsugaren dåligt', turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: false, hasEmail: false }, templates as never, undefined, { kindModel: model });
  assert.equal(s.intent.value, 'complaint');
  assert.ok(s.intent.learned);
  assert.match(s.templates[0]!.reasons[0]!.sv, /^liknar 4 exempel om .+ \(\d+ % säker\): dammsug/);
});

test('a message that only asks for a channel is no case of any kind: the model reads it without the wish', async () => {
  const { withoutWishes } = await import('./wishes');
  assert.doesNotMatch(withoutWishes('Kan ni ringa mig? Mejla mig inte.'), /ring|mejla/);
  assert.match(withoutWishes('please phone me about the invoice'), /please\s+about the invoice/);
  for (const text of ['kan jag få prata med någon?', 'ni kan smsa mig svaret', 'could you put that in an email?']) {
    assert.deepEqual(classifyIntents(text), [], text);
  }
});

test('the words a learned kind quotes are the customer’s own, and not stop words', () => {
  const text = 'Dammsugaren suger dåligt numera, det är så att';
  const [k] = classifyIntents(text, model);
  assert.equal(k!.intent, 'complaint');
  assert.ok(k!.words.length > 0 && k!.words.every((w) => !['det', 'att', 'så', 'är'].includes(w)), k!.words.join(', '));
  assert.ok(k!.words.every((w) => text.toLowerCase().includes(w)), `as written (å, ä, ö kept): ${k!.words.join(', ')}`);
});

test('a wish and little else is no case of any kind: the model does not guess one from what is left', () => {
  assert.deepEqual(classifyIntents('jag vill inte skriva mer, ring mig istället'), []);
  assert.deepEqual(classifyIntents('please phone me, I would like to talk to a person'), []);
});

test('why a wish is made ("complicated to explain in writing", "hinner inte sitta vid datorn") is no case either', () => {
  // a model that has seen those words only in complaints, as a shop's callbacks teach it
  const model = trainKindModel([
    ['complaint', 'the lamp stopped working, it is complicated to explain in writing'],
    ['complaint', 'lampan har slutat lysa, jag hinner inte sitta vid datorn'],
    ['complaint', 'the kettle leaks, easier to explain on the phone'],
    ['general', 'tack för en fin upplevelse i butiken'],
    ['delivery_time', 'när kommer soffan om jag beställer idag'],
  ]);
  assert.deepEqual(classifyIntents("could you call me instead, it's complicated to explain in writing", model), []);
  assert.deepEqual(classifyIntents('ring mig hellre, jag hinner inte sitta vid datorn', model), []);
  assert.equal(classifyIntents('ring mig hellre, lampan har slutat lysa', model)[0]?.intent, 'complaint', 'a case beside the wish still has its kind');
});

test('a question the rules find no kind in needs the model to be surer (MIN_P_ASKED) than a statement does', () => {
  // a model fairly sure of a complaint: about 80 % once tempered
  const leaning: KindModel = { probabilities: () => [{ label: 'complaint', p: 0.999 }, { label: 'general', p: 0.001 }], wordsFor: () => [], examplesOf: () => 10 };
  assert.deepEqual(blendKinds([], leaning, 'går det att sätta en barnsits på cykeln med kolfiberram?'), []);
  assert.equal(blendKinds([], leaning, 'barnsitsen sitter löst på cykeln med kolfiberram')[0]?.intent, 'complaint');
});

test('opening hours named in so many words stand against a model sure of a delivery', () => {
  const text = 'Hello, what time does the shop open on Saturdays? I would like to come in before work.';
  const sureOfDelivery: KindModel = { probabilities: () => [{ label: 'delivery_time', p: 1 }, { label: 'opening_hours', p: 1e-50 }], wordsFor: () => [], examplesOf: () => 10 };
  assert.equal(blendKinds(ruleIntents(text), sureOfDelivery, text)[0]?.intent, 'opening_hours');
});

test('a kind the rules ruled out is not the model\'s to name: its words mean something else in the text', () => {
  const text = 'the courier left the parcel in the rain and the box was soaked through, though everything inside is fine';
  const sureOfDamage: KindModel = { probabilities: () => [{ label: 'damaged', p: 1 - 1e-6 }, { label: 'complaint', p: 1e-6 }], wordsFor: () => [], examplesOf: () => 10 };
  assert.equal(blendKinds([], sureOfDamage, text)[0]?.intent, 'damaged');
  assert.ok(ruledOutKinds(text).has('damaged'));
  assert.notEqual(blendKinds(ruleIntents(text), sureOfDamage, text, ruledOutKinds(text))[0]?.intent, 'damaged');
});

test('a kind the model may not name alone here wins its vote and gives no kind, without handing its share to the next', () => {
  const text = 'what is your company registration number';
  const sureOfPrivacy: KindModel = { probabilities: () => [{ label: 'privacy', p: 1 - 1e-12 }, { label: 'invoice', p: 1e-12 }], wordsFor: () => [], examplesOf: () => 10 };
  assert.equal(blendKinds([], sureOfPrivacy, text)[0]?.intent, 'privacy');
  assert.ok(!mayNameAlone(text, 'privacy'));
  assert.deepEqual(blendKinds([], sureOfPrivacy, text, new Set(), (kind) => mayNameAlone(text, kind)), []);
  // (a text that names the customer's data leaves the model its say)
  const asked = 'what data do you hold about me?';
  assert.ok(mayNameAlone(asked, 'privacy'));
  assert.equal(blendKinds([], sureOfPrivacy, asked, new Set(), (kind) => mayNameAlone(asked, kind))[0]?.intent, 'privacy');
});
