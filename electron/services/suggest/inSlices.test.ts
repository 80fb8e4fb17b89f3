import assert from 'node:assert/strict';
import { test } from 'node:test';
import { atOnce, inSlices, type Steps } from './inSlices';

function* counting(to: number, done: number[]): Steps<number> {
  let sum = 0;
  for (let i = 1; i <= to; i++) {
    sum += i;
    done.push(i);
    yield;
  }
  return sum;
}

test('work run at once and in slices gives the same result', async () => {
  assert.equal(atOnce(counting(10, [])), 55);
  assert.equal(await inSlices(counting(10, []), async () => {}), 55);
});

test('in slices, a turn comes once a slice has run its time, and a refused turn stops the work', async () => {
  let turns = 0;
  // a slice shorter than any step: a turn after each step
  await inSlices(counting(5, []), async () => void turns++, -1);
  assert.equal(turns, 5);
  // a long slice: no turn at all for work this small
  turns = 0;
  await inSlices(counting(5, []), async () => void turns++, 60_000);
  assert.equal(turns, 0);
  const done: number[] = [];
  await assert.rejects(inSlices(counting(5, done), () => Promise.reject(new Error('closed')), -1), /closed/);
  assert.deepEqual(done, [1], 'nothing runs after the refused turn');
});
