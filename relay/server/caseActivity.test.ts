import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manualClock } from '../../shared/domain/clock';
import { caseActivityBoard } from './caseActivity';

test('an agent’s activity shows until it stops or is not repeated for 30 s', () => {
  const clock = manualClock(Date.UTC(2026, 11, 1, 9));
  const board = caseActivityBoard(clock.now);
  const maja = { id: 'a1', name: 'Maja' };
  const ali = { id: 'a2', name: 'Ali' };
  assert.equal(board.set(maja, 'root@x', 'viewing'), true);
  assert.equal(board.set(maja, 'root@x', 'viewing'), false, 'a heartbeat is no change');
  assert.equal(board.set(ali, 'root@x', 'replying'), true);
  assert.deepEqual(board.list().map((e) => `${e.agent.name} ${e.activity}`), ['Maja viewing', 'Ali replying']);
  clock.advance(20_000);
  board.set(ali, 'root@x', 'replying');
  clock.advance(15_000);
  assert.equal(board.prune(), true, 'Maja was not repeated for 35 s');
  assert.deepEqual(board.list().map((e) => e.agent.name), ['Ali']);
  assert.equal(board.set(ali, null, null), true, 'Ali left the case');
  assert.deepEqual(board.list(), []);
});
