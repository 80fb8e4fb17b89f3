import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';

// The kinds taught by the development round from line 11670 on (returns, login cases and privacy
// requests in words that name no box, code or data); each assertion fails on the code before its rule.

test('a thing not wanted any more, a purchase to be redone, another size of the same: returns', () => {
  assert.equal(kind('vill inte ha kvar stolen, kan den hämtas?'), 'returns');
  assert.equal(kind('can it come back if it does not suit the hallway?'), 'returns');
  assert.equal(kind('går det att göra om köpet till en annan färg?'), 'returns');
  assert.equal(kind('kan jag få en större av samma sort?'), 'returns');
});

test("a relative's or a neighbour's details sent to the customer: a privacy request", () => {
  assert.equal(kind('ni skickade min systers orderbekräftelse till mig'), 'privacy');
  assert.equal(kind("you sent me my neighbour's receipt by mistake"), 'privacy');
});
