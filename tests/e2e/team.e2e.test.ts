import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { createServices } from '../../electron/services/app/createServices';
import { composeMail } from '../fixtures/rawMail';
import { launchChromium } from '../helpers/chromium';
import { dovecotAvailable } from '../helpers/dovecot';
import { ROOT, startHostProcess, type HostProcess } from '../helpers/hostProcess';
import { createMailServer, CUSTOMER, PASSWORD, SHOP, type MailServer } from '../helpers/mailServer';
import { ALWAYS_OPEN_SHOP, inProcessRelay } from '../helpers/relay';
import { tempDir } from '../helpers/tempDir';
import { E2E_START } from '../helpers/chatWorkstation';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';
let browser: Browser;
const hosts: HostProcess[] = [];

before(async () => {
  if (skip) return;
  browser = await launchChromium();
});
after(async () => {
  for (const h of hosts) await h.stop();
  await browser?.close();
});

/** One agent's Växel: its own data directory on the shop's mailbox and relay, and its window. */
async function agentWindow(mail: MailServer, relayUrl: string, token: string, name: string): Promise<Page> {
  const dataDir = tempDir(`vaxel-e2e-team-${name}-`);
  const setup = createServices({ dataDir, mode: 'test' });
  const api = createInMemoryClient(setup.endpoint);
  const { id, hasSecret, createdAt, secrets, kind, ...form } = mail.account();
  await api.saveAccount({ ...form, password: PASSWORD });
  await api.updateSettings({ agentName: name, language: 'sv', openingHours: ALWAYS_OPEN_SHOP.openingHours });
  await api.saveChatRelay({ url: relayUrl, token });
  await setup.close();
  // the host's clock and the window's start at the same instant, whatever the hour the suite runs
  const host = await startHostProcess(['--data-dir', dataDir], { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '', VAXEL_CLOCK_START: new Date(E2E_START).toISOString() });
  hosts.push(host);
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
  await page.clock.install({ time: E2E_START });
  await page.goto(host.url);
  return page;
}

test('two agents: each sees the other on a case, and a hand-over with a note reaches the colleague’s window', { skip, timeout: 150_000 }, async () => {
  const mail = await createMailServer();
  const { relay, store } = await inProcessRelay();
  await mail.deliver(await composeMail({ from: `Åsa Kund <${CUSTOMER}>`, to: SHOP, date: new Date(E2E_START - 3_600_000), subject: 'Trasig lampa', messageId: '<lampa-e2e@kund.test>', text: 'Lampan gick sönder.' }));
  const maja = await agentWindow(mail, relay.url, store.addAgent('Maja', Date.now()).token, 'Maja');
  const ali = await agentWindow(mail, relay.url, store.addAgent('Ali', Date.now()).token, 'Ali');
  const errors: string[] = [];
  for (const p of [maja, ali]) p.on('pageerror', (e) => errors.push(e.message));

  for (const p of [maja, ali]) {
    await p.getByRole('option').filter({ hasText: 'Trasig lampa' }).click({ timeout: 20_000 });
    await p.locator('.case-subject', { hasText: 'Trasig lampa' }).waitFor();
  }
  // each sees the other viewing; Maja starts writing and Ali sees that she replies
  await ali.getByTestId('case-activity').filter({ hasText: 'Maja tittar på ärendet' }).first().waitFor({ timeout: 20_000 });
  await maja.getByTestId('case-activity').filter({ hasText: 'Ali tittar på ärendet' }).first().waitFor({ timeout: 20_000 });
  await maja.locator('#composer-text').click();
  await ali.getByTestId('case-activity').filter({ hasText: 'Maja svarar' }).first().waitFor({ timeout: 20_000 });
  await ali.locator('.case-header').screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'team-presence.png') });

  // Maja hands the case to Ali with a note
  await maja.getByLabel('Lämna över till').selectOption('Ali', { timeout: 20_000 });
  await maja.getByLabel('Anteckning till kollegan (valfri)').fill('Kunden vill ha en ny lampa, inte pengarna tillbaka.');
  await maja.getByRole('button', { name: 'Lämna över', exact: true }).click();
  await maja.getByTestId('case-owner').filter({ hasText: 'Ali' }).waitFor();

  // through the mailbox's shared log: Ali's window shows the owner and the note
  await ali.getByTestId('case-owner').filter({ hasText: 'Ali' }).waitFor({ timeout: 30_000 });
  await ali.getByText('Överlämnat till Ali: Kunden vill ha en ny lampa, inte pengarna tillbaka.').waitFor({ timeout: 30_000 });
  await ali.getByRole('button', { name: 'Mina' }).click();
  await ali.getByRole('option').filter({ hasText: 'Trasig lampa' }).waitFor();
  await maja.getByRole('button', { name: 'Mina' }).click();
  await maja.getByText('Inga ärenden').or(maja.locator('.empty')).first().waitFor();
  assert.deepEqual(errors, []);
});
