import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

// The kinds taught by the development round from line 11526 on (general questions that touch an
// account, one's details or the shop's letters, and requests about personal data in plain words);
// each test fails on the code before its rule.

test("a request about one's data in plain words: who gave it, whether it was sold, corrected in the register, nothing kept, an erasure not done", () => {
  assert.equal(kind('who gave you my phone number?'), 'privacy');
  assert.equal(kind('har ni sålt mina uppgifter till någon?'), 'privacy');
  assert.equal(kind('please update my surname in your customer records, it is Berg now'), 'privacy');
  assert.equal(kind('ni får gärna låta bli att spara något om mig efter köpet'), 'privacy');
  assert.equal(kind('I deleted my account in June but your emails still come every week'), 'privacy');
  assert.equal(kind('jag bad att kontot skulle tas bort i våras, men det finns kvar'), 'privacy');
});

test('an account or a newsletter asked about, with nothing asked of anyone\'s data, is no privacy request', () => {
  assert.equal(advice('chat', 'do I keep my purchase history when I move to Norway?').intent.value, 'general');
  assert.equal(advice('chat', 'hur ofta skickar ni nyhetsbrev?').intent.value, 'general');
});

test('an old card joined to the web account and an app asked after are no login trouble', () => {
  assert.equal(kind('kan jag lägga in mitt bonuskort på webbkontot?'), 'general');
  assert.equal(kind('I want to move my store card points over to my web account'), 'general');
  assert.equal(kind('finns det en app så man slipper logga in i webbläsaren?'), 'general');
});

test('service found wanting in so many words, and a sigh at the customer\'s questions, are complaints', () => {
  assert.equal(kind('jag har varit kund länge men bemötandet i butiken i fredags var under all kritik'), 'complaint');
  assert.equal(kind('hon suckade åt mina frågor'), 'complaint');
});
