import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';

// The kinds taught by the development round from line 11814 on (refusals in other words, every
// kind beside them); each assertion fails on the code before.

test('a chip off a thing found on unpacking is damage', () => {
  assert.equal(kind('tallriken hade en flisa i kanten när jag packade upp den'), 'damaged');
  assert.equal(kind('två av glasen kom med flisor i foten'), 'damaged');
});

test('a delivery or a time asked whether it can be moved is a rebooking', () => {
  assert.equal(kind('kan leveransen flyttas en vecka framåt?'), 'rebooking');
  assert.equal(kind('kan tiden flyttas till eftermiddagen?'), 'rebooking');
});
