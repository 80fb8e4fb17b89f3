import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DEFAULT_CLAIM_SECONDS, estimateWaitSeconds, median, waitMinutes } from './chatWait';

const base = { agentsOnline: 2, totalCapacity: 6, activeChats: 2, recentChatSeconds: [] as number[], recentClaimSeconds: [] as number[] };

test('no estimate without an agent online', () => {
  assert.equal(estimateWaitSeconds({ ...base, position: 1, agentsOnline: 0, totalCapacity: 0 }), null);
});

test('a free place means only the time agents take to pick a chat up', () => {
  assert.equal(estimateWaitSeconds({ ...base, position: 4 }), DEFAULT_CLAIM_SECONDS);
  assert.equal(estimateWaitSeconds({ ...base, position: 1, recentClaimSeconds: [10, 20, 90] }), 20);
});

test('beyond the free places the wait grows with the queue and the shop’s chat length', () => {
  const full = { ...base, activeChats: 6, recentClaimSeconds: [20], recentChatSeconds: [300, 300, 600] };
  // median chat 300 s, capacity 6: one chat ends every 50 s
  assert.equal(estimateWaitSeconds({ ...full, position: 1 }), 20 + 50);
  assert.equal(estimateWaitSeconds({ ...full, position: 3 }), 20 + 150);
  assert.ok(estimateWaitSeconds({ ...full, position: 3, totalCapacity: 3 })! > estimateWaitSeconds({ ...full, position: 3 })!);
});

test('median and minutes', () => {
  assert.equal(median([]), null);
  assert.equal(median([3, 1, 2]), 2);
  assert.equal(median([4, 1, 2, 3]), 2.5);
  assert.equal(waitMinutes(59), 0);
  assert.equal(waitMinutes(61), 2);
});
