import assert from 'node:assert/strict';
import { test } from 'node:test';
import { clientAddress, ipGate, tokenBucket } from './limits';

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

test('behind a trusted proxy the address is the one the proxy appended, not what the client wrote', () => {
  // the client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw
  assert.equal(clientAddress('1.2.3.4, 203.0.113.9', '127.0.0.1', true), '203.0.113.9');
  assert.equal(clientAddress(['9.9.9.9', '203.0.113.9'], '127.0.0.1', true), '203.0.113.9');
  assert.equal(clientAddress('1.2.3.4', '198.51.100.7', false), '198.51.100.7', 'without --trust-proxy the header is ignored');
  assert.equal(clientAddress(undefined, '127.0.0.1', true), '127.0.0.1');
  // 200 connections, each claiming another address, all come from one place: the gate counts them as one
  let t = 0;
  const gate = ipGate({ maxConnectionsPerIp: 30, connectionsPerIpPerMinute: 1000 }, () => t);
  let refused = 0;
  for (let i = 0; i < 200; i++) {
    const ip = clientAddress(`10.0.${i}.1, 203.0.113.9`, '127.0.0.1', true);
    if (gate.refuse(ip)) refused++;
    else gate.opened(ip);
  }
  assert.equal(refused, 170);
  // addresses not seen for a minute are forgotten
  t = 0;
  const many = ipGate({ maxConnectionsPerIp: 30, connectionsPerIpPerMinute: 1000 }, () => t);
  for (let i = 0; i < 5000; i++) many.refuse(`198.51.${i >> 8}.${i & 255}`);
  t = 61_000;
  many.prune();
  assert.equal(many.remembered(), 0);
  // and without a sweep of them all: a minute on, the connections of one address forget them as they come
  for (let i = 0; i < 5000; i++) many.refuse(`198.51.${i >> 8}.${i & 255}`);
  assert.equal(many.remembered(), 5000);
  t = 122_000;
  let before = many.remembered();
  for (let i = 0; i < 2600; i++) {
    many.refuse('203.0.113.7');
    assert.ok(before - many.remembered() <= 2, `connection ${i} forgot ${before - many.remembered()} addresses at once`);
    before = many.remembered();
  }
  assert.equal(many.remembered(), 1, 'only the address that is still connecting is remembered');
});
