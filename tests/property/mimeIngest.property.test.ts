import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import fc from 'fast-check';
import { manualClock } from '../../shared/domain/clock';
import { createAttachmentStore } from '../../electron/services/mail/attachmentStore';
import { ingestEmail } from '../../electron/services/mail/ingestEmail';
import { openDatabase } from '../../electron/services/store/database';
import { createRepositories } from '../../electron/services/store/repositories';
import { tempDir } from '../helpers/tempDir';

/**
 * Whatever arrives from a mailbox, ingest never throws, and every message is either stored (a row
 * in messages) or quarantined (a row in mail_failures with the raw bytes kept): never lost.
 * The generator builds messages the way real ones go wrong: odd or missing headers, encoded words
 * in unknown charsets, bodies in any transfer encoding, nested multiparts with wrong boundaries,
 * raw 8-bit bytes, and truncation anywhere.
 */

const CHARSETS = ['utf-8', 'iso-8859-1', 'windows-1252', 'us-ascii', 'utf-7', 'koi8-r', 'x-unknown', 'UTF-16', ''];
const ENCODINGS = ['7bit', '8bit', 'quoted-printable', 'base64', 'binary', 'x-uuencode', 'b4se64', ''];
const TYPES = ['text/plain', 'text/html', 'application/pdf', 'image/png', 'message/rfc822', 'text/calendar', 'application/octet-stream', 'multipart/mixed', 'bogus'];

const anyText = fc.oneof(
  fc.string({ maxLength: 60 }),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.constantFrom('Hej åäö ÅÄÖ', '“quoted” €', '=?utf-8?B?w6XDpMO2?=', '=?x-unknown?Q?=E5?=', '=?utf-8?Q?broken', '\u0000\u0001', 'a'.repeat(2000)),
);
const address = fc.oneof(
  fc.emailAddress(),
  fc.constantFrom('', 'not an address', '<>', '"Eva, Ek" <eva@kund.example>', 'undisclosed-recipients:;', '=?utf-8?B?w5ZyamFu?= <orjan@kund.example>', 'a@b@c', '<@route:x@y>'),
);
const messageId = fc.oneof(fc.constantFrom('', '<yes>', '<>', '<a@b>', 'no-brackets@x', '<dup@kund.example>'), fc.uuid().map((u) => `<${u}@kund.example>`));

const header = fc.oneof(
  fc.tuple(fc.constant('From'), address),
  fc.tuple(fc.constant('To'), fc.array(address, { maxLength: 3 }).map((a) => a.join(', '))),
  fc.tuple(fc.constant('Cc'), address),
  fc.tuple(fc.constant('Subject'), anyText),
  fc.tuple(fc.constant('Message-ID'), messageId),
  fc.tuple(fc.constant('In-Reply-To'), messageId),
  fc.tuple(fc.constant('References'), fc.array(messageId, { maxLength: 4 }).map((a) => a.join(' '))),
  fc.tuple(fc.constant('Date'), fc.oneof(fc.date({ noInvalidDate: true }).map((d) => d.toUTCString()), fc.constantFrom('', 'yesterday', 'Mon, 99 Foo 2026 25:61:61 +9999'))),
  fc.tuple(fc.string({ minLength: 1, maxLength: 12 }).filter((s) => /^[\x21-\x39\x3b-\x7e]+$/.test(s)), anyText),
);

const bodyBytes = fc.oneof(
  fc.string({ maxLength: 300 }).map((s) => Buffer.from(s)),
  fc.uint8Array({ maxLength: 300 }).map((a) => Buffer.from(a)),
  fc.constantFrom(Buffer.from('=E5=E4=F6 =\r\n=ZZ'), Buffer.from('aGVq IGTDpQ==\r\n!!!'), Buffer.from('<p onclick=x>hej<style>@import url(x)</style>')),
);

interface Part {
  type: string;
  charset: string;
  encoding: string;
  body: Buffer;
  children: Part[];
  boundary: string;
  closeBoundary: boolean;
}
const part: fc.Arbitrary<Part> = fc.letrec<{ part: Part }>((tie) => ({
  part: fc.record({
    type: fc.constantFrom(...TYPES),
    charset: fc.constantFrom(...CHARSETS),
    encoding: fc.constantFrom(...ENCODINGS),
    body: bodyBytes,
    children: fc.oneof({ depthSize: 'small', withCrossShrink: true }, fc.constant([]), fc.array(tie('part'), { maxLength: 3 })),
    boundary: fc.oneof(fc.constantFrom('b1', 'b1', '', '"quoted b"', '=_x'), fc.string({ minLength: 1, maxLength: 10 })),
    closeBoundary: fc.boolean(),
  }) as fc.Arbitrary<Part>,
})).part;

function render(p: Part): Buffer {
  const multipart = p.children.length > 0;
  const type = multipart ? `multipart/mixed; boundary=${p.boundary}` : `${p.type}${p.charset ? `; charset=${p.charset}` : ''}`;
  const head = Buffer.from(`Content-Type: ${type}\r\n${p.encoding ? `Content-Transfer-Encoding: ${p.encoding}\r\n` : ''}\r\n`, 'latin1');
  if (!multipart) return Buffer.concat([head, p.body]);
  const b = p.boundary.replace(/"/g, '');
  const parts = p.children.flatMap((c) => [Buffer.from(`\r\n--${b}\r\n`), render(c)]);
  return Buffer.concat([head, p.body, ...parts, Buffer.from(p.closeBoundary ? `\r\n--${b}--\r\n` : '\r\n')]);
}

const rawMessage = fc
  .record({ headers: fc.array(header, { maxLength: 10 }), root: part, newline: fc.constantFrom('\r\n', '\n', '\r'), cut: fc.option(fc.nat(), { nil: null }) })
  .map(({ headers, root, newline, cut }) => {
    const head = headers.map(([k, v]) => `${k}: ${v}`).join(newline);
    const whole = Buffer.concat([Buffer.from(head ? `${head}${newline}` : '', 'utf8'), render(root)]);
    return cut === null ? whole : whole.subarray(0, cut % (whole.length + 1));
  });

test('MIME ingest: any message is stored or quarantined with its raw bytes, and ingest never throws', async () => {
  const dir = tempDir('vaxel-prop-mime');
  const db = openDatabase(path.join(dir, 'vaxel.db'));
  const d = { db, repos: createRepositories(db), clock: manualClock(Date.parse('2026-11-21T10:00:00+01:00')), attachments: createAttachmentStore(dir) };
  const account = { id: 'acc-1', address: 'butik@shop.test' };
  let uid = 0;
  const counts = { stored: 0, duplicate: 0, failed: 0 };
  await fc.assert(
    fc.asyncProperty(rawMessage, async (raw) => {
      const r = await ingestEmail(d, { account, folder: 'INBOX', role: 'inbox', uidvalidity: 1, uid: ++uid, flags: [], raw, internalDate: null });
      counts[r.kind]++;
      if (r.kind === 'stored' || r.kind === 'duplicate') {
        assert.ok(db.prepare('SELECT 1 FROM messages WHERE id = ? AND case_id = ?').get(r.messageId, r.caseId), 'the stored message is in its case');
      } else {
        const f = d.repos.mail.failures(account.id).at(-1)!;
        assert.equal(f.uid, uid);
        assert.ok(f.raw_sha256 && d.attachments.read(f.raw_sha256).equals(raw), 'the raw message is kept to look at');
        assert.ok(f.reason.length > 0);
      }
      if (r.kind !== 'failed') assert.ok(db.prepare('SELECT 1 FROM mail_uids WHERE uid = ? AND message_id = ?').get(uid, r.messageId), 'its server UID is remembered');
    }),
    { numRuns: 400, seed: Number(process.env.VAXEL_PROPERTY_SEED ?? 20261129) },
  );
  // each run is either a row of its own, the same bytes seen before, or a quarantined message
  assert.equal(counts.stored + counts.duplicate + counts.failed, 400);
  assert.ok(counts.stored > 50 && counts.failed > 0, `a mix of outcomes was tried: ${JSON.stringify(counts)}`);
  db.close();
});
