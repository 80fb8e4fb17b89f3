import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ruleKind as kind } from './ruleKinds';

// The kinds taught by the development round from line 11574 on (damage found on arrival, faults
// that came with use, remarks about the shop); each assertion fails on the code before its rule.

test('a scrape or a skråma found on unpacking is damage', () => {
  assert.equal(kind('the sideboard has a deep scrape along the top, saw it as soon as I unwrapped it'), 'damaged');
  assert.equal(kind('skåpet har en skråma på sidan, den var där när kartongen öppnades'), 'damaged');
});

test('whether things named in the plural stand a use is a question about them', () => {
  assert.equal(kind('går era termosar att diska?'), 'product_advice');
});

test('goods asked to be sent somewhere are a delivery question; a bill and a difference asked back are a payment matter', () => {
  assert.equal(kind('går det att få varorna skickade till Tyskland?'), 'delivery_time');
  assert.equal(kind('you billed me twice for the same lamp'), 'invoice');
  assert.equal(kind('I paid for express, you sent it standard, please refund the difference'), 'invoice');
});
