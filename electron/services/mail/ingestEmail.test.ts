import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { composeMail, oddMessages } from '../../../tests/fixtures/rawMail';
import { tempDir } from '../../../tests/helpers/tempDir';
import { manualClock } from '../../../shared/domain/clock';
import { openDatabase } from '../store/database';
import { createRepositories } from '../store/repositories';
import { createAttachmentStore } from './attachmentStore';
import { ingestEmail, type FetchedEmail } from './ingestEmail';

const SHOP = { id: 'acc-1', address: 'butik@shop.test' };

function setup() {
  const dir = tempDir();
  const db = openDatabase(path.join(dir, 'vaxel.db'));
  const repos = createRepositories(db);
  const clock = manualClock(Date.UTC(2026, 10, 21, 9, 0));
  const d = { db, repos, clock, attachments: createAttachmentStore(dir) };
  let uid = 0;
  const ingest = (raw: Buffer, o: Partial<FetchedEmail> = {}) =>
    ingestEmail(d, { account: SHOP, folder: 'INBOX', role: 'inbox', uidvalidity: 1, uid: ++uid, flags: [], raw, internalDate: null, ...o });
  const detail = (caseId: string) => ({
    c: repos.cases.get(caseId)!,
    messages: db.prepare<[string], { body_text: string; subject: string; direction: string; author: string }>('SELECT * FROM messages WHERE case_id = ? ORDER BY id').all(caseId),
  });
  return { d, db, repos, clock, ingest, detail };
}

test('Swedish text comes out right from ISO-8859-1, Windows-1252, 8-bit UTF-8 headers and base64', async () => {
  const { ingest, detail } = setup();
  const a = await ingest(oddMessages.latin1);
  assert.equal(a.kind, 'stored');
  const la = detail(a.kind === 'stored' ? a.caseId : '');
  assert.equal(la.c.subject, 'Träskärm från beställning');
  assert.match(la.messages[0]!.body_text, /Skärmen kom sönder/);
  assert.equal(la.messages[0]!.author, 'Örjan Ström');

  const b = await ingest(oddMessages.cp1252);
  assert.equal(b.kind, 'stored');
  assert.equal(detail(b.kind === 'stored' ? b.caseId : '').messages[0]!.body_text, '“Pris” 10 € åäö');

  const c = await ingest(oddMessages.utf8Headers);
  assert.equal(c.kind, 'stored');
  const u = detail(c.kind === 'stored' ? c.caseId : '');
  assert.equal(u.c.subject, 'Försenad leverans åäö');
  assert.equal(u.messages[0]!.author, 'Åsa Öberg');
  assert.match(u.messages[0]!.body_text, /Var är mitt paket/);
});

test('a reply joins its case by In-Reply-To even with a changed subject; the same message twice is stored once', async () => {
  const { ingest, detail, repos } = setup();
  const first = await composeMail({ from: 'Eva <eva@kund.example>', to: SHOP.address, subject: 'Fel storlek', messageId: '<t1@kund.example>', text: 'Skorna är för små.' });
  const r1 = await ingest(first);
  assert.ok(r1.kind === 'stored' && r1.newCase);
  const reply = await composeMail({
    from: 'Eva <eva@kund.example>', to: SHOP.address, subject: 'Nytt ärende?', messageId: '<t2@kund.example>',
    inReplyTo: '<t1@kund.example>', references: ['<t1@kund.example>'], text: 'Glömde ordernumret: 7781.',
    date: new Date(Date.UTC(2026, 10, 20, 11, 0)),
  });
  const r2 = await ingest(reply);
  assert.ok(r2.kind === 'stored' && !r2.newCase && r2.caseId === r1.caseId);
  const again = await ingest(reply, { folder: 'INBOX', uidvalidity: 2 });
  assert.equal(again.kind, 'duplicate');
  const d = detail(r1.caseId);
  assert.equal(d.messages.length, 2);
  assert.equal(d.c.subject, 'Fel storlek', 'the case keeps its subject');
  assert.equal(d.c.status, 'open');
  assert.equal(d.c.waiting_since, Date.UTC(2026, 10, 20, 9, 0), 'waiting since the first unanswered message');
  // the customer record gathers the cases of that address
  assert.equal(repos.customers.findByIdentity('email', 'eva@kund.example'), d.c.customer_id);
});

test('a reply without threading headers joins by subject and sender; a reply that arrives before its parent still shares the case', async () => {
  const { ingest } = setup();
  const r1 = await ingest(await composeMail({ from: 'leo@kund.example', to: SHOP.address, subject: 'Retur av jacka', messageId: '<j1@kund.example>', text: 'Hur returnerar jag?' }));
  const r2 = await ingest(await composeMail({ from: 'leo@kund.example', to: SHOP.address, subject: 'SV: Retur av jacka', messageId: '<j2@x>', text: 'Hallå?' }));
  assert.ok(r1.kind === 'stored' && r2.kind === 'stored');
  assert.equal(r2.caseId, r1.caseId);

  // child first (sync order is not thread order), then the root it references
  const c = await ingest(await composeMail({ from: 'mia@kund.example', to: SHOP.address, subject: 'Re: Kvitto', messageId: '<k2@k>', inReplyTo: '<k1@k>', references: ['<k1@k>'], text: 'svar' }));
  const p = await ingest(await composeMail({ from: 'mia@kund.example', to: SHOP.address, subject: 'Kvitto', messageId: '<k1@k>', text: 'Jag behöver ett kvitto.' }));
  assert.ok(c.kind === 'stored' && p.kind === 'stored');
  assert.equal(p.caseId, c.caseId);
});

test('oddities: no Message-ID, two messages sharing a Message-ID, broken MIME, garbage', async () => {
  const { ingest, repos, detail } = setup();
  const none = await ingest(oddMessages.noMessageId);
  assert.equal(none.kind, 'stored');
  const a = await ingest(oddMessages.dupIdA);
  const b = await ingest(oddMessages.dupIdB);
  assert.ok(a.kind === 'stored' && b.kind === 'stored');
  assert.notEqual(a.messageId, b.messageId, 'both messages are kept');
  const bodies = [...detail(a.caseId).messages, ...(a.caseId === b.caseId ? [] : detail(b.caseId).messages)].map((m) => m.body_text);
  assert.deepEqual(bodies.sort(), ['Andra meddelandet.', 'Första meddelandet.']);

  const broken = await ingest(oddMessages.brokenMime);
  assert.equal(broken.kind, 'stored', 'a broken multipart still yields a case with what could be read');
  const garbage = await ingest(oddMessages.garbage);
  assert.equal(garbage.kind, 'failed');
  const failures = repos.mail.failures(SHOP.id);
  assert.equal(failures.length, 1);
  assert.match(failures[0]!.reason, /could not be read/);
  assert.ok(failures[0]!.raw_sha256, 'the raw message is kept');
  // and the next message after the failure is stored as usual
  assert.equal((await ingest(await composeMail({ from: 'x@kund.example', to: SHOP.address, subject: 'Efter', text: 'ok' }))).kind, 'stored');
});

test('a message with neither sender nor recipient is kept raw, and its attachments are not written', async () => {
  const { d, ingest, repos } = setup();
  const raw = Buffer.from(
    'Subject: utan avsändare\r\nMIME-Version: 1.0\r\nContent-Type: multipart/mixed; boundary="b"\r\n\r\n' +
      '--b\r\nContent-Type: text/plain\r\n\r\nhej\r\n' +
      '--b\r\nContent-Type: application/octet-stream; name="a.bin"\r\nContent-Disposition: attachment; filename="a.bin"\r\nContent-Transfer-Encoding: base64\r\n\r\naGVsbG8gd29ybGQ=\r\n--b--\r\n',
  );
  const r = await ingest(raw);
  assert.equal(r.kind, 'failed');
  assert.match(repos.mail.failures(SHOP.id)[0]!.reason, /no sender and no recipient/);
  const files = fs.readdirSync(path.join(d.attachments.dataDir, 'attachments'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
  assert.deepEqual(files.map((e) => e.name), [repos.mail.failures(SHOP.id)[0]!.raw_sha256], 'only the raw message is kept');
});

test('attachments are stored once by content; inline cid images and calendar invites are attachments', async () => {
  const { ingest, db, d } = setup();
  const pdf = Buffer.alloc(300_000, 7);
  const raw1 = await composeMail({
    from: 'kim@kund.example', to: SHOP.address, subject: 'Kvitto bifogat', messageId: '<att1@k>',
    html: '<p>Se bild <img src="cid:logo@k"></p>', text: 'Se bild',
    attachments: [
      { filename: 'kvitto.pdf', content: pdf, contentType: 'application/pdf' },
      { filename: 'logo.png', content: Buffer.from('png-bytes'), cid: 'logo@k', contentType: 'image/png' },
      { filename: 'invite.ics', content: 'BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n', contentType: 'text/calendar' },
    ],
  });
  const raw2 = await composeMail({ from: 'kim@kund.example', to: SHOP.address, subject: 'Samma kvitto igen', messageId: '<att2@k>', text: 'igen', attachments: [{ filename: 'kvitto-kopia.pdf', content: pdf }] });
  await ingest(raw1);
  await ingest(raw2);
  const rows = db.prepare<[], { sha256: string; filename: string; inline: number; content_id: string | null }>('SELECT sha256, filename, inline, content_id FROM attachments ORDER BY id').all();
  const byName = new Map(rows.map((r) => [r.filename, r]));
  assert.deepEqual([...byName.keys()].sort(), ['invite.ics', 'kvitto-kopia.pdf', 'kvitto.pdf', 'logo.png']);
  assert.equal(byName.get('kvitto.pdf')!.sha256, byName.get('kvitto-kopia.pdf')!.sha256, 'same content, same file');
  assert.equal(byName.get('logo.png')!.content_id, 'logo@k');
  assert.equal(d.attachments.read(byName.get('kvitto.pdf')!.sha256).length, pdf.length);
});

test('the shop’s own sent mail is outbound, answers the case, and old history does not open cases', async () => {
  const { ingest, detail, clock } = setup();
  const q = await ingest(await composeMail({ from: 'ola@kund.example', to: SHOP.address, subject: 'Öppettider', messageId: '<o1@k>', text: 'När öppnar ni?' }));
  assert.ok(q.kind === 'stored');
  const sent = await ingest(
    await composeMail({ from: SHOP.address, to: 'ola@kund.example', subject: 'Re: Öppettider', messageId: '<s1@shop.test>', inReplyTo: '<o1@k>', references: ['<o1@k>'], text: 'Klockan tio.', date: new Date(Date.UTC(2026, 10, 20, 12, 0)) }),
    { folder: 'Sent', role: 'sent' },
  );
  assert.ok(sent.kind === 'stored' && sent.caseId === q.caseId);
  const d = detail(q.caseId);
  assert.deepEqual(d.messages.map((m) => m.direction), ['in', 'out']);
  assert.equal(d.c.waiting_since, null, 'answered: nobody waits');

  clock.advance(0);
  const old = await ingest(await composeMail({ from: 'gammal@kund.example', to: SHOP.address, subject: 'Från i våras', text: 'gammalt', date: new Date(Date.UTC(2026, 3, 1)) }));
  assert.ok(old.kind === 'stored');
  assert.equal(detail(old.caseId).c.status, 'resolved', 'history is kept but not queued');
});

test('a mail in INBOX that only says it is from the shop is not the shop’s reply: the response clock keeps running', async () => {
  const { ingest, detail, db } = setup();
  const firstResponse = (id: string) => db.prepare<[string], number | null>('SELECT first_response_at FROM cases WHERE id = ?').pluck().get(id);
  const question = await composeMail({ from: 'Eva <eva@kund.example>', to: SHOP.address, subject: 'Retur', messageId: '<q1@kund.example>', text: 'Hur returnerar jag?' });
  const r1 = await ingest(question);
  assert.ok(r1.kind === 'stored');
  // forged: From the shop's own address, into INBOX, as a "reply" to the customer's question
  const forged = await composeMail({ from: `Butiken <${SHOP.address}>`, to: 'eva@kund.example', subject: 'Sv: Retur', messageId: '<forged@evil.example>', inReplyTo: '<q1@kund.example>', references: ['<q1@kund.example>'], text: 'Redan löst!' });
  const r2 = await ingest(forged);
  assert.ok(r2.kind === 'stored' && r2.caseId === r1.caseId);
  const after = detail(r1.caseId);
  assert.deepEqual(after.messages.map((m) => m.direction), ['in', 'in']);
  assert.equal(firstResponse(r1.caseId), null, 'no first response was made');
  assert.notEqual(after.c.waiting_since, null, 'the customer is still waiting');
  // the real reply, in Sent, is the shop's
  const real = await composeMail({ from: `Butiken <${SHOP.address}>`, to: 'eva@kund.example', subject: 'Sv: Retur', messageId: '<real@shop.test>', inReplyTo: '<q1@kund.example>', references: ['<q1@kund.example>'], text: 'Så här gör du.' });
  await ingest(real, { folder: 'Sent', role: 'sent' });
  assert.equal(detail(r1.caseId).messages.at(-1)!.direction, 'out');
  assert.notEqual(firstResponse(r1.caseId), null, 'the real reply is the first response');
});
