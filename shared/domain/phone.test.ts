import assert from 'node:assert/strict';
import { test } from 'node:test';
import { toE164 } from './phone';

test('phone numbers as people type them become E.164', () => {
  assert.equal(toE164('070-123 45 67'), '+46701234567');
  assert.equal(toE164('+46 (0)70'), null);
  assert.equal(toE164('0046 70 123 45 67'), '+46701234567');
  assert.equal(toE164('+1 212 555 0100'), '+12125550100');
  assert.equal(toE164('08-123 456'), '+468123456');
  assert.equal(toE164('12'), null);
});
