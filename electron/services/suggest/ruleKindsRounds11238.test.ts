import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { cuesIn } from './cues';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

// The kinds taught by the development rounds from line 11238 on (small talk and the human side of a
// shop's messages); each test fails on the code before its rule.

test('whether a live person answers, a pleasantry that ends the text, and a test of the chat are no case', () => {
  assert.ok(cuesIn('finns det en riktig människa som läser det här?').has('staffAsked'));
  assert.ok(cuesIn('kallt ute idag, hoppas ni har det mysigt där inne').has('greetingOnly'));
  assert.ok(cuesIn('testar bara om formuläret går fram').has('notFromCustomer'));
  // (a pleasantry before a case keeps the case)
  assert.equal(kind('hoppas ni har det bra! min beställning 4410 har inte kommit'), 'order_status');
});

test('staff short with the customer are the service at fault; the wrong colour owned as one\'s own mistake is an exchange, in the chat', () => {
  assert.equal(kind('the man at the till was very curt with me when I asked about the price'), 'complaint');
  assert.equal(kind('hon i telefon var så snäsig mot mig igår'), 'complaint');
  assert.ok(cuesIn('fel storlek, mitt misstag, kan jag byta till en medium?').has('boughtByMistake'));
  const mine = advice('chat', 'ordered the wrong colour, my mistake, could I swap it for the green one?');
  assert.equal(mine.intent.value, 'returns');
  assert.equal(mine.channel[0]?.value, 'chat');
});
