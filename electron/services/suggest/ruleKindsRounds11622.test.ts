import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';
import { wishesIn } from './wishes';
import { adviceAsEvaluated as advice } from '../../../tests/helpers/adviceAsEvaluated';

// The kinds and wishes taught by the development round from line 11622 on (customers who ask to be
// called for who they are, venting with no matter named, complaints that name one); each assertion
// fails on the code before its rule.

test('a call asked leave for is a wish to be called', () => {
  assert.ok(wishesIn('är det ok om ni ringer, jag skriver så dåligt').has('call'));
  assert.ok(wishesIn('would it be alright if you rang me tomorrow').has('call'));
});

test('a receipt asked whether it is needed is no document to send: the chat answers it', () => {
  assert.equal(advice('chat', 'måste man ha kvittot med sig för att byta?').channel[0]!.value, 'chat');
  assert.equal(advice('chat', 'do I need the receipt to return the boots?').channel[0]!.value, 'chat');
});

test('nobody helping to carry a delivery in is a complaint about the service', () => {
  assert.equal(kind('ingen hjälpte mig att bära in soffan, chauffören bara gick'), 'complaint');
  assert.equal(kind('nobody helped my dad carry it in, the driver just left it at the gate'), 'complaint');
});
