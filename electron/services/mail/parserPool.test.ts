import { test } from 'node:test';
import assert from 'node:assert/strict';
import { composeMail } from '../../../tests/fixtures/rawMail';
import { silentLogger } from '../logger';
import { createParserPool } from './parserPool';

test('the parser thread reads messages one after another, in the order they came, attachments intact', async (t) => {
  const warnings: string[] = [];
  const pool = createParserPool({ ...silentLogger, warn: (m: string) => void warnings.push(m) });
  t.after(() => pool.close());
  const big = Buffer.alloc(3 * 1024 * 1024, 7);
  const raws = await Promise.all([
    composeMail({ from: 'a@kund.test', to: 'butik@shop.test', subject: 'Stor bilaga', text: 'Se bilagan.', attachments: [{ filename: 'bild.jpg', content: big }] }),
    ...[1, 2, 3].map((i) => composeMail({ from: `k${i}@kund.test`, to: 'butik@shop.test', subject: `Fråga ${i}`, text: `Hej ${i}` })),
  ]);
  const order: number[] = [];
  const parsed = await Promise.all(raws.map((raw, i) => pool.parse(raw).then((p) => (order.push(i), p))));
  // started all at once, the three short messages finished before the large one
  assert.deepEqual(order, [0, 1, 2, 3]);
  assert.deepEqual(parsed.map((p) => p.subject), ['Stor bilaga', 'Fråga 1', 'Fråga 2', 'Fråga 3']);
  assert.ok(Buffer.isBuffer(parsed[0]!.attachments[0]!.content));
  assert.ok(parsed[0]!.attachments[0]!.content.equals(big));
  assert.deepEqual(warnings, [], 'parsed on the thread, not here');
});
