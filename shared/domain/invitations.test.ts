import assert from 'node:assert/strict';
import { test } from 'node:test';
import { matchesPattern } from './invitations';

test('* matches any run; everything else is literal', () => {
  assert.equal(matchesPattern('https://shop.se/checkout?step=2', '*/checkout*'), true);
  assert.equal(matchesPattern('https://shop.se/cart', '*/checkout*'), false);
  assert.equal(matchesPattern('https://shop.se/a.b', 'https://shop.se/a.b'), true);
  assert.equal(matchesPattern('https://shop.se/aXb', 'https://shop.se/a.b'), false);
});
