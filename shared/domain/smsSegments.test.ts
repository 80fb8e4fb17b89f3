import assert from 'node:assert/strict';
import { test } from 'node:test';
import { smsSegments } from './smsSegments';

test('Swedish text is GSM-7: 160 in one SMS, then parts of 153', () => {
  assert.deepEqual(smsSegments('Hej Åsa! Vi ringer dig i morgon kl. 09:00.'), { encoding: 'GSM-7', units: 42, segments: 1, remaining: 118 });
  assert.equal(smsSegments('ä'.repeat(160)).segments, 1);
  assert.equal(smsSegments('ä'.repeat(161)).segments, 2);
  assert.equal(smsSegments('a'.repeat(306)).segments, 2);
  assert.equal(smsSegments('a'.repeat(307)).segments, 3);
});

test('extension characters count twice; one character outside GSM-7 makes it UCS-2', () => {
  assert.equal(smsSegments('€'.repeat(80)).units, 160);
  assert.equal(smsSegments('€'.repeat(81)).segments, 2);
  const emoji = smsSegments(`Tack! 👍 ${'a'.repeat(60)}`);
  assert.equal(emoji.encoding, 'UCS-2');
  assert.equal(emoji.units, 69);
  assert.equal(emoji.segments, 1);
  assert.equal(smsSegments('ł'.repeat(71)).segments, 2);
  assert.equal(smsSegments('ł'.repeat(134)).segments, 2);
  assert.equal(smsSegments('ł'.repeat(135)).segments, 3);
});
