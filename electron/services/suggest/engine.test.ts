import assert from 'node:assert/strict';
import { test } from 'node:test';
import templates from '../../../resources/templates/default-templates.json';
import { classifyIntents, suggest, type Priors } from './engine';
import type { SuggestInput } from './signals';

const base: SuggestInput = { channel: 'chat', text: '', turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: false, hasEmail: false };
const TPL = templates as Parameters<typeof suggest>[1];

test('a long angry chat: book a callback, with the reasons, and answer it first', () => {
  const s = suggest({ ...base, text: 'Det här är tredje gången jag skriver!!! Min order har inte kommit och ingen svarar. Helt oacceptabelt, jag är FÖRBANNAD.', turns: 9 }, TPL);
  assert.equal(s.channel[0]!.value, 'callback');
  assert.ok(s.channel[0]!.reasons.some((r) => /upprörd ton/.test(r.sv)));
  assert.ok(s.channel[0]!.reasons.some((r) => /vändor/.test(r.sv)));
  assert.notEqual(s.priority.value, 'normal');
});

test('documents and payment matters move a chat to e-mail; a quick question stays in chat', () => {
  assert.equal(suggest({ ...base, text: 'Fakturan är fel, jag blev dubbeldebiterad. Jag har kvittot som pdf.' }, TPL).channel[0]!.value, 'email');
  const quick = suggest({ ...base, text: 'Har ni öppet på lördag?' }, TPL);
  assert.equal(quick.channel[0]!.value, 'chat');
  assert.equal(quick.intent.value, 'opening_hours');
  assert.equal(quick.templates[0]!.value, 'def-opening-hours-sv', 'the Swedish template for a Swedish question');
});

test('an e-mail question is answered by e-mail; a customer who asks for a text gets an SMS', () => {
  const s = suggest({ ...base, channel: 'email', text: 'När kommer mitt paket? Order 77001.', hasPhone: true }, TPL);
  assert.equal(s.channel[0]!.value, 'email', 'a question wants an answer, not a notice');
  assert.equal(s.channel.find((c) => c.value === 'chat'), undefined, 'an e-mail case is not moved to chat');
  const sms = suggest({ ...base, channel: 'email', text: 'Sms:a mig när paketet skickas. Order 77001.', hasPhone: true }, TPL);
  assert.equal(sms.channel[0]!.value, 'sms');
});

test('the shop’s history and the agents’ feedback weigh in, and say so', () => {
  const text = 'Lampan kom trasig';
  const without = suggest({ ...base, channel: 'email', text, hasPhone: true }, TPL);
  const priors: Priors = {
    fastestChannel: new Map([['damaged', { channel: 'callback', medianHours: 1.5, cases: 12 }]]),
    feedback: new Map([['channel:callback:damaged', { accepted: 8, dismissed: 0 }]]),
  };
  const withPriors = suggest({ ...base, channel: 'email', text, hasPhone: true }, TPL, priors);
  const cb = (s: typeof without) => s.channel.find((c) => c.value === 'callback')!;
  assert.ok(cb(withPriors).score > cb(without).score);
  assert.ok(cb(withPriors).reasons.some((r) => /löstes 12 sådana ärenden snabbast/.test(r.sv)));
  assert.ok(cb(withPriors).reasons.some((r) => /tagit förslaget 8 av 8/.test(r.sv)));
});

test('kinds of case: fault and money outweigh a mention of shipping; a word inside a longer one counts once', () => {
  assert.equal(classifyIntents('Jag vill reklamera, vem betalar frakten?')[0]!.intent, 'complaint');
  const d = classifyIntents('Vad är leveranstiden?').find((x) => x.intent === 'delivery_time')!;
  assert.deepEqual(d.words, ['leveranstid']);
});

test('a phrase in the word lists is found in its other forms, and "ordern " stays that one word', () => {
  const r = classifyIntents('Jag skickar tillbaka tröjan i dag');
  assert.equal(r[0]!.intent, 'returns');
  assert.deepEqual(r[0]!.words, ['skicka tillbaka'], 'found as "skickar tillbaka"');
  assert.ok(!classifyIntents('if I order today').some((x) => x.words.includes('ordern ')), '"order" is not the entry "ordern "');
});

test('kinds of case in words the first lists lacked: sign-in by BankID, a copy of one’s data, a price for a volume', () => {
  assert.equal(classifyIntents('kan jag logga in med bankid?')[0]!.intent, 'password');
  assert.equal(classifyIntents('Jag vill ha ett utdrag över uppgifterna ni har om mig')[0]!.intent, 'privacy');
  assert.equal(classifyIntents('what would your price for 150 tote bags be')[0]!.intent, 'quote');
  assert.equal(classifyIntents('glasen kom spruckna')[0]!.intent, 'damaged');
});

test('by the rules alone, a thing the customer has that changed or stopped is a complaint; how a thing is, asked before buying, is product advice', () => {
  const rules = (text: string) => classifyIntents(text, null)[0];
  assert.equal(rules('the sofa cushions have gone flat already')?.intent, 'complaint');
  assert.deepEqual(rules('the sofa cushions have gone flat already')?.words, ['have gone']);
  assert.equal(rules('lampan i hallen har slutat lysa')?.intent, 'complaint');
  assert.equal(rules('the app does not connect to the speaker anymore')?.intent, 'complaint');
  assert.notEqual(rules('är kuddarna fasta eller lösa på soffan?')?.intent, 'complaint');
  // a stronger kind stands: "anymore" in a privacy request does not make it a complaint
  assert.equal(rules('please delete my data, I do not want an account anymore')?.intent, 'privacy');
});

test('a complaint the customer names as one is the case, whatever it is about; damage on arrival stays damage', () => {
  const rules = (text: string) => classifyIntents(text, null)[0]?.intent;
  assert.equal(rules('I wish to lodge a formal complaint about the rudeness of your delivery driver'), 'complaint');
  assert.equal(rules('Jag vill lämna ett klagomål på hur leveransen sköttes'), 'complaint');
  assert.equal(rules('Jag vill reklamera lampan, den kom trasig när paketet kom'), 'damaged');
});
