import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventPayload } from '../../shared/contract/api';
import { composeMail } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, CUSTOMER, SHOP } from '../helpers/mailServer';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../helpers/relay';
import { laptop, type Laptop } from '../helpers/teamLaptop';
import { until } from '../helpers/until';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';

async function online(l: Laptop, relayUrl: string, token: string) {
  await l.api.updateSettings({ openingHours: ALWAYS_OPEN_SHOP.openingHours });
  await l.api.saveChatRelay({ url: relayUrl, token });
  l.services.chat.start();
  await until(`${l.name} on the relay`, () => l.services.chat.status().state === 'online');
}

test('colleagues see who views, replies and writes a note on a case; a laptop that connects later sees it at once', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const { relay, store } = await inProcessRelay();
  const [maja, ali, kim] = [await laptop(mail, 'Maja'), await laptop(mail, 'Ali'), await laptop(mail, 'Kim')];
  t.after(async () => {
    for (const l of [maja, ali, kim]) await l.services.close();
  });
  await mail.deliver(await composeMail({ from: `Åsa Kund <${CUSTOMER}>`, to: SHOP, date: new Date(Date.now() - 3_600_000), subject: 'Trasig lampa', messageId: '<lampa-1@kund.test>', text: 'Lampan gick sönder.' }));
  for (const l of [maja, ali, kim]) await l.sync();
  await online(maja, relay.url, store.addAgent('Maja', Date.now()).token);
  await online(ali, relay.url, store.addAgent('Ali', Date.now()).token);
  const seen: Array<EventPayload<'teamActivity'>> = [];
  ali.services.events.subscribe((name, p) => name === 'teamActivity' && seen.push(p as EventPayload<'teamActivity'>));

  const onMaja = (await maja.api.listCases({})).items[0]!;
  const onAli = (await ali.api.listCases({})).items[0]!;
  await maja.api.setCaseActivity({ caseId: onMaja.id, activity: 'viewing' });
  await until('Ali sees Maja viewing', () => seen.at(-1)?.some((a) => a.caseId === onAli.id && a.name === 'Maja' && a.activity === 'viewing'));
  await maja.api.setCaseActivity({ caseId: onMaja.id, activity: 'noting' });
  await until('Ali sees Maja writing a note', () => seen.at(-1)?.some((a) => a.activity === 'noting'));
  await maja.api.setCaseActivity({ caseId: onMaja.id, activity: 'replying' });

  // Kim connects now and knows at once, without waiting for a change
  let kimLast: EventPayload<'teamActivity'> = [];
  kim.services.events.subscribe((name, p) => name === 'teamActivity' && (kimLast = p as EventPayload<'teamActivity'>));
  const kimBoard = () => kimLast;
  await online(kim, relay.url, store.addAgent('Kim', Date.now()).token);
  await until('Kim sees Maja replying', () => kim.services.endpoint && kimBoard().some((a) => a.name === 'Maja' && a.activity === 'replying'));
  assert.ok((await kim.api.getTeam()).activity.some((a) => a.name === 'Maja' && a.activity === 'replying'));
  assert.deepEqual((await maja.api.getTeam()).activity, [], 'one’s own activity is not shown back');
  assert.ok((await kim.api.getTeam()).agents.includes('Ali'));

  // leaving the case clears it for everyone
  await maja.api.setCaseActivity({ caseId: null, activity: null });
  await until('Ali sees nobody on the case', () => seen.at(-1)?.length === 0);
});

test('a chat is one case on every laptop: a status set on one shows on the other’s own copy, and no copy is made by hand', { skip, timeout: 120_000 }, async (t) => {
  const mail = await createMailServer();
  const { relay, store } = await inProcessRelay();
  const [maja, ali] = [await laptop(mail, 'Maja'), await laptop(mail, 'Ali')];
  t.after(async () => {
    for (const l of [maja, ali]) await l.services.close();
  });
  await online(maja, relay.url, store.addAgent('Maja', Date.now()).token);
  await online(ali, relay.url, store.addAgent('Ali', Date.now()).token);
  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'say', clientId: 'team-chat-01', text: 'Hej, var är mitt paket?' });
  const { conversation } = await customer.next('accepted');
  const onMaja = await until('the chat on Maja’s laptop', () => maja.services.repos.chat.conversation(conversation)?.case_id);
  const onAli = await until('the chat on Ali’s laptop', () => ali.services.repos.chat.conversation(conversation)?.case_id);
  await maja.api.updateCase({ id: onMaja, priority: 'urgent' });
  await maja.services.team.syncOnce();
  await ali.services.team.syncOnce();
  assert.equal((await ali.api.getCase({ id: onAli })).case.priority, 'urgent');
  const all = (await ali.api.listCases({ filter: 'all' })).items;
  assert.equal(all.length, 1, `one case on Ali’s laptop: ${all.map((c) => `${c.channel} ${c.subject}`).join(', ')}`);
  customer.close();
});
