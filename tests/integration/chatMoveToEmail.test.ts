import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { createServices } from '../../electron/services/app/createServices';
import { manualClock } from '../../shared/domain/clock';
import { silentLogger } from '../../electron/services/logger';
import { loadMailAccount } from '../../electron/services/mail/mailAccounts';
import { sendDueEmails } from '../../electron/services/mail/sendEmails';
import { parseEmail } from '../../electron/services/mail/parseEmail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, CUSTOMER, PASSWORD } from '../helpers/mailServer';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../helpers/relay';
import { tempDir } from '../helpers/tempDir';
import { until } from '../helpers/until';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';

test('a chat moved to e-mail: the transcript and the agent’s message reach the customer’s mailbox; the case keeps its history', { skip, timeout: 60_000 }, async (t) => {
  const mail = await createMailServer();
  const { relay, store } = await inProcessRelay();
  store.setShop(ALWAYS_OPEN_SHOP);
  const clock = manualClock(Date.now());
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE', startChat: true });
  t.after(() => services.close());
  const api = createInMemoryClient(services.endpoint);
  const { id, hasSecret, createdAt, secrets, kind, ...form } = mail.account();
  const account = await api.saveAccount({ ...form, password: PASSWORD });
  await api.updateSettings({ agentName: 'Maja', openingHours: ALWAYS_OPEN_SHOP.openingHours });
  await api.saveChatRelay({ url: relay.url, token: store.addAgent('Maja', Date.now()).token });
  await until('online', () => services.chat.status().state === 'online');

  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'say', clientId: 'move-000001', text: 'Jag fick fel jacka och har kvittot som PDF.' });
  const { conversation } = await customer.next('accepted');
  const caseId = await until('the case', () => services.repos.chat.conversation(conversation)?.case_id);
  await api.claimChat({ caseId });
  await api.sendChat({ caseId, text: 'Det tar vi enklast via e-post, så kan du bifoga kvittot.' });
  await customer.next('msg', (m) => m.from === 'agent' && /e-post/.test(m.text));

  const queued = await api.moveChatToEmail({ caseId, address: CUSTOMER, body: 'Hej! Här är vår chatt. Svara gärna med kvittot bifogat.' });
  assert.equal(queued.channel, 'email');
  assert.equal(queued.delivery?.state, 'queued');
  // the customer is told in the chat too
  await customer.next('msg', (m) => m.from === 'agent' && /Här är vår chatt/.test(m.text));

  clock.advance(10_000);
  const r = await sendDueEmails({ ...services, logger: silentLogger, loadAccount: (x) => loadMailAccount(services, x) });
  assert.equal(r.sent, 1);
  const inbox = await mail.messagesIn('INBOX', CUSTOMER);
  assert.equal(inbox.length, 1);
  const got = await parseEmail(inbox[0]!.source);
  assert.match(got.text, /Svara gärna med kvittot bifogat/);
  assert.match(got.text, /Vår chatt/);
  assert.match(got.text, /Jag fick fel jacka och har kvittot som PDF\./);
  assert.match(got.text, /Maja: Det tar vi enklast via e-post/);

  const detail = await api.getCase({ id: caseId });
  assert.ok(detail.messages.some((m) => m.channel === 'chat' && m.direction === 'in'), 'the chat stays in the case');
  assert.ok(detail.messages.some((m) => m.channel === 'email' && m.direction === 'out'));
  assert.ok(detail.events.some((e) => e.kind === 'moved_channel'));
  assert.ok(detail.customer?.identities.some((i) => i.kind === 'email' && i.value === CUSTOMER), 'the customer now has the e-mail address');
  void account;
  customer.close();
});
