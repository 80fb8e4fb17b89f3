import assert from 'node:assert/strict';
import test from 'node:test';
import { composeMail } from '../../../tests/fixtures/rawMail';
import { parseEmail, windows1252Controls } from './parseEmail';

/** A mail from a customer to the shop, composed by nodemailer and parsed. */
const parsedMail = async (o: Parameters<typeof composeMail>[0]) => parseEmail(await composeMail({ from: 'Ola <ola@kund.example>', to: 'butik@shop.test', ...o }));

const crlf = (s: string, tail: Buffer = Buffer.alloc(0)) => Buffer.concat([Buffer.from(s.replace(/\r?\n/g, '\r\n'), 'latin1'), tail]);

test('a folded subject and a folded name read on one line, with one space', async () => {
  const p = await parseEmail(
    crlf(`From: "Berg,\n\tKarin" <Kund@Kund.Example>
To: butik@shop.test
Subject: Fråga om min
\tbeställning  nummer 4411
Date: Fri, 20 Nov 2026 10:00:00 +0100

Hej!
`),
  );
  assert.equal(p.subject, 'Fråga om min beställning nummer 4411');
  assert.deepEqual(p.from, { name: 'Berg, Karin', address: 'kund@kund.example' });
});

test('text labelled ISO-8859-1 is read as Windows-1252, as mail programs read it: quotes and the euro survive', async () => {
  const p = await parseEmail(
    crlf(
      `From: Anna <anna@kund.example>
To: butik@shop.test
Subject: =?ISO-8859-1?Q?=93Pris=94?=
Content-Type: text/plain; charset=ISO-8859-1
Content-Transfer-Encoding: 8bit

`,
      Buffer.from([0x93, 0x31, 0x30, 0x20, 0x80, 0x94, 0x20, 0xe5, 0xe4, 0xf6, 0x0d, 0x0a]),
    ),
  );
  assert.equal(p.text, '“10 €” åäö');
  assert.equal(p.subject, '“Pris”');
});

test('the Windows-1252 reading of control codes leaves every other character as it was', () => {
  assert.equal(windows1252Controls('\u0080\u0085\u0096\u009f'), '€…–Ÿ');
  // the five codes Windows-1252 leaves undefined stay what they were
  assert.equal(windows1252Controls('\u0081\u008d\u008f\u0090\u009d'), '\u0081\u008d\u008f\u0090\u009d');
  const plain = 'Hej åäö “ok” \u00a0€ 🙂';
  assert.equal(windows1252Controls(plain), plain);
});

test('a forwarded message and a calendar invitation stay attachments; an HTML-only mail gets a text too', async () => {
  const forwarded = await composeMail({ from: 'Ola <ola@kund.example>', to: 'butik@shop.test', subject: 'Det första', text: 'Inne i det vidarebefordrade.' });
  const p = await parsedMail({
    subject: 'Vidarebefordrat',
    html: '<p>Se <b>nedan</b> &amp; bifogat.</p>',
    attachments: [
      { filename: 'det-forsta.eml', content: forwarded, contentType: 'message/rfc822' },
      // a part with no file name, as calendar programs send an invitation
      { raw: 'Content-Type: text/calendar; method=REQUEST\r\n\r\nBEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n' },
    ],
  });
  assert.equal(p.text, 'Se nedan & bifogat.');
  assert.match(p.html ?? '', /<b>nedan<\/b>/);
  assert.deepEqual(
    p.attachments.map((a) => [a.filename, a.contentType]),
    [
      ['det-forsta.eml', 'message/rfc822'],
      ['invite.ics', 'text/calendar'],
    ],
  );
  // the forwarded message's own text is not taken for this one's
  assert.doesNotMatch(p.text, /vidarebefordrade/);
  assert.ok(p.attachments[0]!.content.includes(Buffer.from('Inne i det vidarebefordrade.')));
});

test('an inline image keeps its Content-ID, without the angle brackets', async () => {
  const p = await parsedMail({
    subject: 'Bild',
    html: '<img src="cid:bild1@kund">',
    attachments: [{ filename: 'bild.png', content: Buffer.from([0x89, 0x50, 0x4e, 0x47]), cid: 'bild1@kund' }],
  });
  assert.deepEqual(
    p.attachments.map((a) => [a.filename, a.contentId, a.inline, a.content.length]),
    [['bild.png', 'bild1@kund', true, 4]],
  );
});
