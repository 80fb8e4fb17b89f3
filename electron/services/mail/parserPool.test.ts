import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { composeMail } from '../../../tests/fixtures/rawMail';
import { tempDir } from '../../../tests/helpers/tempDir';
import { silentLogger } from '../logger';
import { createAttachmentStore } from './attachmentStore';
import { createParserPool } from './parserPool';

const sha = (b: Buffer) => createHash('sha256').update(b).digest('hex');

test('the parser thread reads messages one after another, in the order they came, and writes their attachments to the store', async (t) => {
  const warnings: string[] = [];
  const store = createAttachmentStore(tempDir());
  const pool = createParserPool({ ...silentLogger, warn: (m: string) => void warnings.push(m) }, store);
  t.after(() => pool.close());
  const big = Buffer.alloc(3 * 1024 * 1024, 7);
  const raws = await Promise.all([
    composeMail({ from: 'a@kund.test', to: 'butik@shop.test', subject: 'Stor bilaga', text: 'Se bilagan.', attachments: [{ filename: 'bild.jpg', content: big }] }),
    ...[1, 2, 3].map((i) => composeMail({ from: `k${i}@kund.test`, to: 'butik@shop.test', subject: `Fråga ${i}`, text: `Hej ${i}` })),
  ]);
  const order: number[] = [];
  const read = await Promise.all(raws.map((raw, i) => pool.read(raw).then((r) => (order.push(i), r))));
  // started all at once, the three short messages finished before the large one
  assert.deepEqual(order, [0, 1, 2, 3]);
  assert.deepEqual(read.map((r) => r.parsed.subject), ['Stor bilaga', 'Fråga 1', 'Fråga 2', 'Fråga 3']);
  // only the hash came back; the bytes are in the store, whole
  assert.deepEqual(read[0]!.files, [{ filename: 'bild.jpg', contentType: 'image/jpeg', contentId: null, inline: false, sha: sha(big), size: big.length }]);
  assert.ok(store.read(sha(big)).equals(big));
  assert.deepEqual(warnings, [], 'parsed on the thread, not here');
});
// a full disk met on the parser thread stays a full disk here (its code travels): tests/integration/diskFull.test.ts
