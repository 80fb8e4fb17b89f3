import { test } from 'node:test';
import assert from 'node:assert/strict';
import { formatDuration } from './durations';

test('durations read at a glance', () => {
  assert.equal(formatDuration(30_000), '< 1 min');
  assert.equal(formatDuration(12 * 60_000), '12 min');
  assert.equal(formatDuration(125 * 60_000), '2 h 5 min');
  assert.equal(formatDuration(3 * 24 * 3600_000), '3 d');
});
