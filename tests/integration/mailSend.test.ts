import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { createServices } from '../../electron/services/app/createServices';
import { manualClock } from '../../shared/domain/clock';
import { silentLogger } from '../../electron/services/logger';
import { loadMailAccount } from '../../electron/services/mail/mailAccounts';
import { syncAccountOnce } from '../../electron/services/mail/mailSync';
import { sendDueEmails } from '../../electron/services/mail/sendEmails';
import { parseEmail } from '../../electron/services/mail/parseEmail';
import { composeMail } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, CUSTOMER, PASSWORD, SHOP, type MailServer } from '../helpers/mailServer';
import { tempDir } from '../helpers/tempDir';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';

async function setup(mail: MailServer) {
  // after the fixtures' mail (2026-11-20), whatever day the suite runs
  const clock = manualClock(Date.parse('2026-11-23T10:00:00+01:00'));
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  const { id, hasSecret, createdAt, secrets, kind, ...form } = mail.account();
  const account = await api.saveAccount({ ...form, password: PASSWORD });
  await api.updateSettings({ agentName: 'Maja', signature: 'Maja på Butiken\n08-123 45 67' });
  const d = { ...services, logger: silentLogger };
  const sync = () => syncAccountOnce(d, loadMailAccount(services, account.id));
  const send = () => sendDueEmails({ ...d, loadAccount: (x) => loadMailAccount(services, x) });
  return { clock, services, api, account, sync, send };
}

test('a reply goes out once with threading headers, lands in the customer’s mailbox and in Sent, and marks the original \\Answered', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  const { clock, services, api, sync, send } = await setup(mail);
  await mail.deliver(await composeMail({ from: `Åsa Kund <${CUSTOMER}>`, to: SHOP, subject: 'Trasig lampa', messageId: '<lampa-1@kund.test>', references: ['<tidigare@kund.test>'], text: 'Lampan gick sönder.' }));
  await sync();
  const [c] = (await api.listCases({})).items;
  assert.ok(c);
  const detail = await api.getCase({ id: c.id });
  const original = detail.messages[0]!;
  assert.equal(original.email?.from?.address, CUSTOMER);

  const queued = await api.sendEmail({ caseId: c.id, replyToMessageId: original.id, mode: 'reply', body: 'Hej Åsa! Vi skickar en ny lampa i dag.' });
  assert.equal(queued.delivery?.state, 'queued');
  assert.equal((await api.getStatus()).outboxPending, 1);
  assert.equal((await api.getCase({ id: c.id })).case.status, 'waiting');

  // inside the undo window nothing goes out
  assert.equal((await send()).sent, 0);
  clock.advance(10_000);
  const r = await send();
  assert.deepEqual([r.sent, r.failed, r.followUps], [1, 0, 1]);
  assert.equal(mail.accepted.length, 1);
  assert.deepEqual(mail.accepted[0]!.to, [CUSTOMER]);

  const inbox = await mail.messagesIn('INBOX', CUSTOMER);
  assert.equal(inbox.length, 1, 'arrives once in the customer’s mailbox');
  const got = await parseEmail(inbox[0]!.source);
  assert.equal(got.subject, 'Sv: Trasig lampa');
  assert.equal(got.inReplyTo, 'lampa-1@kund.test');
  assert.deepEqual(got.references, ['tidigare@kund.test', 'lampa-1@kund.test']);
  assert.equal(got.messageId, queued.email?.messageId);
  assert.match(got.text, /Hej Åsa! Vi skickar en ny lampa i dag\.\n\n-- \nMaja på Butiken/);
  assert.match(got.text, /skrev Åsa Kund <kund@kund\.test>:\n> Lampan gick sönder\./);

  const sent = await mail.messagesIn('Sent');
  assert.equal(sent.length, 1, 'one copy in Sent');
  assert.equal((await parseEmail(sent[0]!.source)).messageId, queued.email?.messageId);
  const shopInbox = await mail.messagesIn('INBOX');
  assert.ok(shopInbox[0]!.flags.includes('\\Answered'));

  // the copy in Sent is recognised as this reply when synced, not stored twice
  await sync();
  const after = await api.getCase({ id: c.id });
  assert.equal(after.messages.length, 2);
  assert.equal(after.messages[1]!.delivery?.state, 'sent');
  assert.equal((await api.getStatus()).outboxPending, 0);
  await services.close();
});

test('undo within ten seconds takes the e-mail back; nothing is sent', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  const { clock, services, api, sync, send } = await setup(mail);
  await mail.deliver(await composeMail({ from: CUSTOMER, to: SHOP, subject: 'Fråga', text: 'Hej?' }));
  await sync();
  const [c] = (await api.listCases({})).items;
  const m = (await api.getCase({ id: c!.id })).messages[0]!;
  const queued = await api.sendEmail({ caseId: c!.id, replyToMessageId: m.id, body: 'Fel svar' });
  clock.advance(5_000);
  const undone = await api.undoSend({ outboxId: queued.delivery!.outboxId });
  assert.deepEqual(undone, { undone: true, caseId: c!.id, body: 'Fel svar' });
  clock.advance(60_000);
  assert.equal((await send()).sent, 0);
  assert.equal(mail.accepted.length, 0);
  const d = await api.getCase({ id: c!.id });
  assert.equal(d.messages.length, 1);
  assert.equal(d.case.status, 'open', 'the customer waits again');
  // too late once it has been tried
  const again = await api.sendEmail({ caseId: c!.id, replyToMessageId: m.id, body: 'Rätt svar' });
  clock.advance(10_000);
  await send();
  assert.equal((await api.undoSend({ outboxId: again.delivery!.outboxId })).undone, false);
  await services.close();
});

test('sent while the SMTP server is down: queued, retried with backoff, delivered exactly once; a crashed attempt is found in Sent', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  const { clock, services, api, sync, send } = await setup(mail);
  await mail.deliver(await composeMail({ from: CUSTOMER, to: SHOP, subject: 'Leverans', messageId: '<lev@kund.test>', text: 'När kommer paketet?' }));
  await sync();
  const [c] = (await api.listCases({})).items;
  const m = (await api.getCase({ id: c!.id })).messages[0]!;
  await mail.smtpDown();
  const queued = await api.sendEmail({ caseId: c!.id, replyToMessageId: m.id, body: 'I morgon.' });
  clock.advance(10_000);
  const down = await send();
  assert.equal(down.failed, 1);
  assert.equal(down.problems[0]!.kind, 'refused');
  let msg = (await api.getCase({ id: c!.id })).messages[1]!;
  assert.equal(msg.delivery?.state, 'failed');
  assert.match(msg.delivery!.lastError!, /refused/);
  assert.equal(msg.delivery?.problem, 'refused');
  assert.equal((await send()).sent, 0, 'not before the retry is due');

  await mail.smtpUp();
  clock.advance(60_000);
  const up = await send();
  assert.equal(up.sent, 1);
  assert.equal(mail.accepted.length, 1);
  msg = (await api.getCase({ id: c!.id })).messages[1]!;
  assert.equal(msg.delivery?.state, 'sent');
  assert.equal(msg.delivery?.attempts, 2);

  // as if the app died between the SMTP server's answer and writing it down
  services.db.prepare("UPDATE outbox SET state = 'sending', not_before = 0 WHERE uid = ?").run(queued.delivery!.outboxId);
  const recovered = await send();
  assert.deepEqual([recovered.sent, recovered.foundInSent], [0, 1]);
  assert.equal(mail.accepted.length, 1, 'not sent twice');
  assert.equal((await mail.messagesIn('INBOX', CUSTOMER)).length, 1);
  await services.close();
});

test('\\Seen is set on the server only when the agent opens the case and chose so in Settings', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  const { services, api, sync } = await setup(mail);
  await mail.deliver(await composeMail({ from: CUSTOMER, to: SHOP, subject: 'Läst?', text: 'x' }));
  await sync();
  const [c] = (await api.listCases({})).items;
  assert.deepEqual(await api.markCaseRead({ caseId: c!.id }), { flagged: 0 }, 'off by default');
  assert.ok(!(await mail.messagesIn('INBOX'))[0]!.flags.includes('\\Seen'));
  await api.updateSettings({ markSeenOnOpen: true });
  assert.deepEqual(await api.markCaseRead({ caseId: c!.id }), { flagged: 1 });
  assert.ok((await mail.messagesIn('INBOX'))[0]!.flags.includes('\\Seen'));
  assert.deepEqual(await api.markCaseRead({ caseId: c!.id }), { flagged: 0 }, 'once');
  await services.close();
});

test('a saved password goes only to the servers it was given for; the clear-text rule holds for tests too', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  const { services, api, account } = await setup(mail);
  const { id, hasSecret, createdAt, secrets, kind, ...form } = mail.account();
  // testing the saved account as it is uses its saved password
  const same = await api.testAccount({ ...form, id: account.id });
  assert.equal(same.imap.ok, true);
  // a server named in the request does not get the saved password
  await assert.rejects(api.testAccount({ ...form, id: account.id, imap: { ...form.imap, host: '127.0.0.2' } }), /IMAP server settings changed: enter the password again/);
  await assert.rejects(api.testAccount({ ...form, id: account.id, imap: { ...form.imap, port: form.imap.port + 1 } }), /enter the password again/);
  await assert.rejects(api.saveAccount({ ...form, id: account.id, smtp: { ...form.smtp, host: '127.0.0.3' } }), /SMTP server settings changed/);
  // clear text to another computer is refused for a test as it is for a save
  await assert.rejects(api.testAccount({ ...form, imap: { ...form.imap, host: 'mail.example.org' }, password: 'x' }), /without encryption is allowed only to this computer/);
  await services.close();
});
