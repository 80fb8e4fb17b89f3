import { test, type TestContext } from 'node:test';
import assert from 'node:assert/strict';
import { manualClock } from '../../shared/domain/clock';
import { composeMail } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, CUSTOMER, SHOP } from '../helpers/mailServer';
import { laptop } from '../helpers/teamLaptop';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';
const UNDO_WINDOW = 11_000;

/** Maja's and Ali's laptops on one mailbox (one clock), both synced after a customer's question. */
async function twoAgentsOneQuestion(t: TestContext, subject: string, text: string) {
  const mail = await createMailServer();
  // after the fixtures' mail date, whatever day the suite runs
  const clock = manualClock(Date.parse('2026-11-23T10:00:00+01:00'));
  const [maja, ali] = [await laptop(mail, 'Maja', { clock }), await laptop(mail, 'Ali', { clock })];
  t.after(async () => {
    await maja.services.close();
    await ali.services.close();
  });
  await mail.deliver(await composeMail({ from: `Åsa Kund <${CUSTOMER}>`, to: SHOP, subject, messageId: `<${subject.replace(/\W/g, '')}@kund.test>`, text }));
  await maja.sync();
  await ali.sync();
  return { mail, clock, maja, ali };
}

// No relay runs in these tests: the check reads only the mailbox and the shared log in it.
test('a colleague answered first: the second reply is held, says who, and goes out only when the agent says so', { skip, timeout: 120_000 }, async (t) => {
  const { mail, clock, maja, ali } = await twoAgentsOneQuestion(t, 'Trasig lampa', 'Lampan gick sönder.');
  const reply = async (l: typeof maja, body: string) => {
    const c = (await l.api.listCases({})).items[0]!;
    const original = (await l.api.getCase({ id: c.id })).messages[0]!;
    return { caseId: c.id, queued: await l.api.sendEmail({ caseId: c.id, replyToMessageId: original.id, mode: 'reply', body }) };
  };

  // Ali answers and it goes out; Maja, who had not seen it, answers too
  await reply(ali, 'Hej Åsa, vi skickar en ny.');
  clock.advance(UNDO_WINDOW);
  assert.equal((await ali.send()).sent, 1);
  clock.advance(60_000);
  const mine = await reply(maja, 'Hej Åsa! Ny lampa är på väg.');
  clock.advance(UNDO_WINDOW);
  const r = await maja.send();
  assert.deepEqual([r.sent, r.held], [0, 1]);
  const held = (await maja.api.getCase({ id: mine.caseId })).messages.find((m) => m.delivery?.outboxId === mine.queued.delivery!.outboxId)!;
  assert.equal(held.delivery?.state, 'held');
  assert.deepEqual([held.delivery?.held?.kind, held.delivery?.held?.by], ['colleagueReplied', 'Ali']);
  assert.equal(mail.accepted.length, 1, 'only Ali’s reply reached the customer');

  // held stays held on the next rounds; "send anyway" sends it once
  assert.equal((await maja.send()).sent, 0);
  const done = await maja.api.resolveHeldEmail({ outboxId: mine.queued.delivery!.outboxId, action: 'send' });
  assert.equal(done.done, true);
  assert.equal((await maja.send()).sent, 1);
  assert.equal(mail.accepted.length, 2);
});

test('a case a colleague took (in the shared log) holds a reply; edit gives the text back', { skip, timeout: 120_000 }, async (t) => {
  const { mail, clock, maja, ali } = await twoAgentsOneQuestion(t, 'Fel färg', 'Fel färg på tröjan.');
  const onAli = (await ali.api.listCases({})).items[0]!;
  await ali.api.updateCase({ id: onAli.id, assignee: 'Ali' });
  await ali.services.team.syncOnce();

  const c = (await maja.api.listCases({})).items[0]!;
  const original = (await maja.api.getCase({ id: c.id })).messages[0]!;
  const queued = await maja.api.sendEmail({ caseId: c.id, replyToMessageId: original.id, mode: 'reply', body: 'Vi byter gärna.' });
  await maja.services.team.syncOnce(); // the claim arrives while the reply waits in its undo window
  clock.advance(UNDO_WINDOW);
  assert.equal((await maja.send()).held, 1);
  const m = (await maja.api.getCase({ id: c.id })).messages.find((x) => x.delivery?.outboxId === queued.delivery!.outboxId)!;
  assert.deepEqual([m.delivery?.held?.kind, m.delivery?.held?.by], ['claimed', 'Ali']);
  const back = await maja.api.resolveHeldEmail({ outboxId: queued.delivery!.outboxId, action: 'edit' });
  assert.equal(back.body, 'Vi byter gärna.');
  assert.equal(mail.accepted.length, 0);
});
