import assert from 'node:assert/strict';
import { test } from 'node:test';
import { mayNameAlone } from './modelAloneAnchors';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

test('a return names something given back or exchanged; without it the model may not name one alone', () => {
  for (const text of ['kan jag skicka tillbaka skorna?', 'the jacket is a size too small', 'can I swap it for blue?', 'behöver jag originalkartongen?', 'do I need the receipt?'])
    assert.ok(mayNameAlone(text, 'returns'), text);
  for (const text of ['har ni presentpapper?', 'kan ni klacka om mina boots?', 'gäller presentkortet på reavaror också?'])
    assert.ok(!mayNameAlone(text, 'returns'), text);
  // a gift card's question, which the shipped model read as a return
  assert.equal(advice('chat', 'gäller presentkortet på reavaror också?').intent.value, 'general');
});

test("a privacy request names the customer's data or something done to it", () => {
  for (const text of ['radera mitt konto', 'what data do you hold about me?', 'who gave you my number?', 'sluta skicka reklam'])
    assert.ok(mayNameAlone(text, 'privacy'), text);
  for (const text of ['will my account still work abroad?', 'hur ofta kommer nyhetsbrevet?', 'what is your company number'])
    assert.ok(!mayNameAlone(text, 'privacy'), text);
});

test('a login case names a way in: logging in, an account, a code, a link or a mail that should come', () => {
  for (const text of ['koden kommer aldrig fram', "I can't get into my account", 'länken i mejlet funkar inte', 'glömt lösenordet'])
    assert.ok(mayNameAlone(text, 'password'), text);
  for (const text of ['snygg ny logga förresten', 'hittade det i skräpposten, sorry'])
    assert.ok(!mayNameAlone(text, 'password'), text);
  // a thing found after all, which the shipped model read as a login case
  assert.equal(advice('chat', 'hittade det i skräpposten, sorry').intent.value, 'general');
});

test('opening hours name a when or an open: a day, a holiday, a time, the shop open or staffed', () => {
  for (const text of ['jobbar ni på söndag?', 'hur dags stänger ni?', 'midsommar, kör ni som vanligt?', 'are you staffed on boxing day?', 'hinner jag om jag kommer 17.45?'])
    assert.ok(mayNameAlone(text, 'opening_hours'), text);
  for (const text of ['har ni en lekhörna för barn i butiken?', 'blir det tomte i butiken i december?'])
    assert.ok(!mayNameAlone(text, 'opening_hours'), text);
  // a question about the shop's floor, which the shipped model read as one of hours
  assert.equal(advice('chat', 'har ni hiss upp till andra våningen i butiken?').intent.value, 'general');
});
