import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { composeMail } from '../fixtures/rawMail';
import { launchChromium } from '../helpers/chromium';
import { dovecotAvailable } from '../helpers/dovecot';
import { CLI_BUNDLE, startHostProcess, type HostProcess } from '../helpers/hostProcess';
import { createMailServer, CUSTOMER, PASSWORD, SHOP } from '../helpers/mailServer';
import { tempDir } from '../helpers/tempDir';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';
let browser: Browser;
const hosts: HostProcess[] = [];

before(async () => {
  if (skip) return;
  browser = await launchChromium();
});
after(async () => {
  for (const h of hosts) await h.stop('SIGKILL');
  await browser?.close();
});

test('kill -9 of the web host in the undo window: after the restart the e-mail can still be taken back, or goes out exactly once', { skip, timeout: 120_000 }, async () => {
  const mail = await createMailServer();
  const dataDir = tempDir('vaxel-e2e-undo-');
  const pwFile = path.join(dataDir, 'pw');
  fs.writeFileSync(pwFile, PASSWORD, { mode: 0o600 });
  await promisify(execFile)(process.execPath, [
    CLI_BUNDLE, 'account', 'add', '--data-dir', dataDir, '--address', SHOP, '--label', 'Butiken',
    '--imap-host', '127.0.0.1', '--imap-port', String(mail.dovecot.imapPort), '--imap-security', 'none',
    '--smtp-host', '127.0.0.1', '--smtp-port', String(mail.smtpPort), '--smtp-security', 'none', '--allow-plaintext', '--password-file', pwFile,
  ]);
  // written now: the host runs on the real clock, and mail older than 14 days (the fixture's default
  // date, 2026-11-20, from 2026-12-04 on) is history that opens no case (HISTORY_AGE_MS)
  await mail.deliver(await composeMail({ from: `Åsa Lind <${CUSTOMER}>`, to: SHOP, subject: 'Trasig lampa', date: new Date(), messageId: '<lampa@kund.test>', text: 'Lampan kom trasig.' }));

  const start = async () => {
    const host = await startHostProcess(['--data-dir', dataDir], { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
    hosts.push(host);
    const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
    await page.goto(host.url);
    await page.getByTestId('mail-state').filter({ hasText: 'uppdaterad' }).waitFor({ timeout: 20_000 });
    await page.locator('.queue-row', { hasText: 'Trasig lampa' }).click();
    await page.locator('.timeline').getByText('Lampan kom trasig.', { exact: true }).waitFor();
    return { host, page };
  };
  const sendReply = async (page: Page, text: string) => {
    await page.locator('#composer-text').fill(text);
    await page.getByRole('button', { name: 'Skicka', exact: true }).click();
    await page.getByTestId('undo-toast').waitFor();
  };

  // 1. sent, the host is killed at once, restarted: the e-mail waits in the outbox and can be taken back
  let { host, page } = await start();
  await sendReply(page, 'Vi skickar en ny lampa i dag.');
  await host.stop('SIGKILL');
  await page.close();
  ({ host, page } = await start());
  await page.locator('[data-testid="delivery-state"][data-state="queued"]').waitFor();
  await page.getByTestId('undo-queued').click();
  await page.locator('[data-testid="delivery-state"]').waitFor({ state: 'detached' });
  assert.equal(await page.locator('#composer-text').inputValue(), 'Vi skickar en ny lampa i dag.', 'the text is back in the composer');

  // 2. sent again, killed again, restarted and left alone: it goes out once the window has passed
  await sendReply(page, 'Vi skickar en ny lampa i dag, spårning följer.');
  await host.stop('SIGKILL');
  await page.close();
  ({ host, page } = await start());
  await page.locator('[data-testid="delivery-state"][data-state="sent"]').waitFor({ timeout: 40_000 });
  assert.equal(mail.accepted.length, 1, 'exactly one e-mail went out');
  const inbox = await mail.messagesIn('INBOX', CUSTOMER);
  assert.equal(inbox.length, 1);
  assert.match(inbox[0]!.source.toString(), /sp=C3=A5rning|spårning/);
  await page.close();
});
