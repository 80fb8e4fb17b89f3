import { test } from 'node:test';
import assert from 'node:assert/strict';
import { groupBy } from './groupBy';

test('items are grouped by key, each group in the order the items came', () => {
  const g = groupBy([{ k: 'a', n: 1 }, { k: 'b', n: 2 }, { k: 'a', n: 3 }], (x) => x.k);
  assert.deepEqual([...g.keys()], ['a', 'b']);
  assert.deepEqual(g.get('a')!.map((x) => x.n), [1, 3]);
  assert.equal(groupBy([], (x) => x).size, 0);
});

test('grouping is linear: 200,000 items in one group take well under a second', () => {
  const items = Array.from({ length: 200_000 }, (_, i) => i);
  const started = process.hrtime.bigint();
  const g = groupBy(items, () => 'one');
  assert.equal(g.get('one')!.length, 200_000);
  // the copying form took minutes for this; a generous bound that only a quadratic form misses
  assert.ok(Number(process.hrtime.bigint() - started) / 1e6 < 2_000);
});
