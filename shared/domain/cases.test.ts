import { test } from 'node:test';
import assert from 'node:assert/strict';
import { priorityFromRank, priorityRank, slaDueAt, slaState } from './cases';
import { DEFAULT_SLA_TARGETS } from './channels';

test('priority ranks round-trip and order urgent first', () => {
  assert.equal(priorityRank('urgent'), 0);
  assert.equal(priorityRank('low'), 3);
  assert.equal(priorityFromRank(priorityRank('high')), 'high');
  assert.throws(() => priorityFromRank(7), RangeError);
});

test('SLA due time is the waiting start plus the channel target', () => {
  assert.equal(slaDueAt('chat', 1_000, DEFAULT_SLA_TARGETS), 61_000);
  assert.equal(slaDueAt('email', 0, DEFAULT_SLA_TARGETS), 4 * 3600 * 1000);
});

test('SLA state tells ok, soon and breached apart', () => {
  const target = 3600; // one hour
  assert.equal(slaState(null, 0, target), 'none');
  assert.equal(slaState(3_600_000, 0, target), 'ok');
  assert.equal(slaState(3_600_000, 3_600_000 - 10 * 60_000, target), 'soon');
  assert.equal(slaState(3_600_000, 3_600_001, target), 'breached');
  // a short target still gets one minute of warning
  assert.equal(slaState(60_000, 10_000, 60), 'soon');
});
