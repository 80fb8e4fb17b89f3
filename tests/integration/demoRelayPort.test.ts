import { test } from 'node:test';
import assert from 'node:assert/strict';
import net from 'node:net';
// @ts-expect-error: a plain .mjs script without type declarations
import { freePort } from '../../scripts/freePort.mjs';

const choose = freePort as (wanted: number, fallback: boolean) => Promise<number>;

test('the demo relay never takes a port another program holds: it picks a free one, or stops when the port was asked for', async () => {
  const other = net.createServer();
  await new Promise<void>((r) => other.listen(0, '127.0.0.1', () => r()));
  const taken = (other.address() as net.AddressInfo).port;
  try {
    const chosen = await choose(taken, true);
    assert.notEqual(chosen, taken);
    assert.ok(chosen > 0);
    await assert.rejects(choose(taken, false), /is taken by another program/);
  } finally {
    other.close();
  }
  assert.equal(await choose(taken, true), taken, 'a free wanted port is used as it is');
});
