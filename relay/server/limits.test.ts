import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ipGate, tokenBucket } from './limits';

test('the token bucket allows a burst, then the steady rate', () => {
  let t = 0;
  const b = tokenBucket(2, 3, () => t);
  assert.deepEqual([b.take(), b.take(), b.take(), b.take()], [true, true, true, false]);
  t += 500;
  assert.equal(b.take(), true, 'one token back after half a second at 2/s');
  assert.equal(b.take(), false);
});

test('the IP gate counts open connections and new ones per minute', () => {
  let t = 0;
  const g = ipGate({ maxConnectionsPerIp: 2, connectionsPerIpPerMinute: 3 }, () => t);
  assert.equal(g.refuse('a'), null);
  g.opened('a');
  assert.equal(g.refuse('a'), null);
  g.opened('a');
  assert.match(g.refuse('a')!, /open connections/);
  assert.equal(g.refuse('b'), null, 'another address is not affected');
  g.closed('a');
  assert.equal(g.refuse('a'), null, 'third attempt this minute');
  g.closed('a');
  assert.match(g.refuse('a')!, /new connections/);
  t += 61_000;
  assert.equal(g.refuse('a'), null);
});
