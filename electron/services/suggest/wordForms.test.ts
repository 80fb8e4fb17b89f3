import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind, ruleIntents } from './ruleKinds';

/** Words read by their forms (stems.ts, lexicon.ts) and not by another word's: a Swedish word folded without its marks, a compound's tail. */

test('Swedish words folded without their marks do not read English words: "låst" is no "last", "läck" no "lack", "mått" no "mattress"', () => {
  assert.equal(ruleIntents('I sent it last week').some((x) => x.intent === 'password'), false);
  assert.equal(ruleIntents('the battery lasts two hours').some((x) => x.intent === 'password'), false);
  assert.equal(ruleIntents('there is a lack of information on the page').some((x) => x.intent === 'complaint'), false);
  assert.equal(ruleIntents('matt or glossy finish?').some((x) => x.words.includes('mått')), false);
  assert.equal(kind('mitt konto är låst'), 'password');
  assert.equal(kind('vattenkokaren läcker'), 'complaint');
  assert.equal(kind('vilka mått har soffan?'), 'product_advice');
});

test('words whose tail is no head of theirs are read whole: "prislapp" has no "släpp", "beloppet" no "öppet", "synskadad" no damage', () => {
  assert.equal(ruleIntents('kan man byta en tröja utan prislapp?').some((x) => x.intent === 'complaint'), false);
  assert.equal(ruleIntents('beloppet på fakturan är fel').some((x) => x.intent === 'opening_hours'), false);
  assert.equal(ruleIntents('jag är synskadad och behöver hjälp med ordern').some((x) => x.intent === 'damaged'), false);
  assert.equal(ruleIntents('har ni prisgaranti?').some((x) => x.intent === 'complaint'), false);
  assert.equal(ruleIntents('jag fick en betalningspåminnelse fast jag betalat').some((x) => x.intent === 'rebooking'), false);
  assert.equal(ruleIntents('the lamp will not sit straight no matter what').some((x) => x.intent === 'product_advice'), false);
  assert.equal(kind('sulan släpper redan'), 'complaint');
  assert.equal(kind('stolen kom trasig, benet är skadat'), 'damaged');
  assert.equal(kind('har ni kvällsöppet på torsdag?'), 'opening_hours');
});

test('"repa" is no start of "reparation", nor "brus" of "brusreducering"', () => {
  assert.equal(ruleIntents('kan ni göra en reparation av stolen?').some((x) => x.intent === 'damaged'), false);
  assert.equal(ruleIntents('har hörlurarna brusreducering?').some((x) => x.intent === 'complaint'), false);
  assert.equal(kind('det är repor på skivan, det var så när den kom'), 'damaged');
  assert.equal(kind('högtalaren brusar hela tiden'), 'complaint');
});

test('a Swedish word list entry is read by its Swedish forms, not by an English stem spelled alike: "passed" is no "passar"; the Swedish word as written still is', () => {
  assert.equal(ruleIntents('the parcel passed customs on monday').some((x) => x.words.includes('passar')), false);
  assert.equal(ruleIntents('the deadline passed and nobody answered').some((x) => x.words.includes('passar')), false);
  assert.ok(ruleIntents('passar den till min cykel?').some((x) => x.words.includes('passar')));
  assert.ok(ruleIntents('har ni skickat min order?').some((x) => x.intent === 'order_status'));
  assert.ok(ruleIntents('leveransen till hemadressen').some((x) => x.intent === 'delivery_time'), 'a compound head is a Swedish form');
});
