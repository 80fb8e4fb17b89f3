import assert from 'node:assert/strict';
import { test } from 'node:test';
import { stepwiseSweep } from './stepwiseSweep';

test('a stepwise sweep looks at a few entries per step, resumes where it stopped, and goes round again', () => {
  const seen = new Map<string, number>(Array.from({ length: 10 }, (_, i) => [`k${i}`, i]));
  const looked: string[] = [];
  const step = stepwiseSweep(seen, (v, k) => (looked.push(k), v % 2 === 0), 4);
  step();
  assert.deepEqual(looked, ['k0', 'k1', 'k2', 'k3'], 'four entries, in order');
  step();
  step();
  assert.deepEqual([...seen.keys()], ['k1', 'k3', 'k5', 'k7', 'k9'], 'one round forgets every stale entry');
  assert.deepEqual(looked.slice(4), ['k4', 'k5', 'k6', 'k7', 'k8', 'k9', 'k1', 'k3'], 'the third step came round to the start');
});

test('a map written to on every use stays bounded when each use takes a step', () => {
  // a scan of addresses: each use adds one key that is stale at once (as an address is a minute later)
  const gate = new Map<number, boolean>();
  const step = stepwiseSweep(gate, () => true, 4);
  for (let i = 0; i < 100_000; i++) {
    gate.set(i, true);
    step();
  }
  assert.ok(gate.size <= 4, `the map holds ${gate.size} entries after 100,000 uses`);
  const empty = new Map<number, number>();
  stepwiseSweep(empty, () => true)();
  assert.equal(empty.size, 0, 'an empty map is no endless walk');
});
