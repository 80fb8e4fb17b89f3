import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import fs from 'node:fs';
import path from 'node:path';
import type { Browser } from 'playwright-core';
import { parseEmail } from '../../electron/services/mail/parseEmail';
import { composeMail } from '../fixtures/rawMail';
import { launchChromium } from '../helpers/chromium';
import { dovecotAvailable } from '../helpers/dovecot';
import { CLI_BUNDLE, startHostProcess, type HostProcess } from '../helpers/hostProcess';
import { createMailServer, CUSTOMER, PASSWORD, SHOP, type MailServer } from '../helpers/mailServer';
import { tempDir } from '../helpers/tempDir';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';
let browser: Browser;
let host: HostProcess | null = null;
let mail: MailServer;

before(async () => {
  if (skip) return;
  browser = await launchChromium();
});
after(async () => {
  await host?.stop();
  await browser?.close();
});

test('an e-mail delivered to the mailbox appears in the queue; the agent answers with a template; the answer reaches the customer threaded', { skip, timeout: 120_000 }, async () => {
  mail = await createMailServer();
  const dataDir = tempDir('vaxel-e2e-mail-');
  const pwFile = path.join(dataDir, 'pw');
  fs.writeFileSync(pwFile, PASSWORD, { mode: 0o600 });
  // asynchronously: the SMTP server of this test runs in this process and must answer meanwhile
  const cli = (args: string[]) => promisify(execFile)(process.execPath, [CLI_BUNDLE, ...args], { encoding: 'utf8' });
  const add = await cli([
    'account', 'add', '--data-dir', dataDir, '--address', SHOP, '--label', 'Butiken', '--display-name', 'Butiken',
    '--imap-host', '127.0.0.1', '--imap-port', String(mail.dovecot.imapPort), '--imap-security', 'none',
    '--smtp-host', '127.0.0.1', '--smtp-port', String(mail.smtpPort), '--smtp-security', 'none', '--allow-plaintext', '--password-file', pwFile,
  ]);
  assert.match(add.stdout, /Added mailbox butik@shop\.test/);
  const settings = await cli(['accounts', 'list', '--data-dir', dataDir]);
  assert.match(settings.stdout, /butik@shop\.test/);

  host = await startHostProcess(['--data-dir', dataDir], { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
  const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'sv-SE' });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(host.url);
  await page.getByTestId('mail-state').filter({ hasText: 'uppdaterad' }).waitFor({ timeout: 20_000 });

  // the customer writes; IDLE brings it in without a reload
  // written now: the host runs on the real clock, and mail older than 14 days (the fixture's default
  // date, 2026-11-20, from 2026-12-04 on) is history that opens no case (HISTORY_AGE_MS)
  await mail.deliver(await composeMail({ from: `Åsa Lind <${CUSTOMER}>`, to: SHOP, subject: 'Var är min beställning 5521?', date: new Date(), messageId: '<order-5521@kund.test>', text: 'Hej! Jag beställde för en vecka sedan och har inte fått något.' }));
  const row = page.locator('.queue-row', { hasText: 'Var är min beställning 5521?' });
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await page.getByRole('heading', { name: 'Var är min beställning 5521?' }).waitFor();
  await page.locator('.timeline').getByText('Jag beställde för en vecka sedan').waitFor();
  assert.equal(await page.getByTestId('reply-recipients').innerText(), CUSTOMER);

  await page.getByLabel('Infoga mall…').selectOption({ label: 'Leveranstid (sv)' });
  const text = await page.locator('#composer-text').inputValue();
  assert.match(text, /^Hej Åsa!\n\nVi skickar beställningar samma vardag/);
  await page.getByRole('button', { name: 'Skicka', exact: true }).click();
  await page.getByTestId('undo-toast').waitFor();
  assert.match(await page.getByTestId('outbox-count').innerText(), /Utkorg: 1/);

  // after the undo window the outbox sends it
  await page.locator('[data-testid="delivery-state"][data-state="sent"]').waitFor({ timeout: 30_000 });
  await page.getByTestId('outbox-count').filter({ hasText: 'Utkorg: 0' }).waitFor();

  const inbox = await mail.messagesIn('INBOX', CUSTOMER);
  assert.equal(inbox.length, 1);
  const got = await parseEmail(inbox[0]!.source);
  assert.equal(got.subject, 'Sv: Var är min beställning 5521?');
  assert.equal(got.inReplyTo, 'order-5521@kund.test');
  assert.deepEqual(got.references, ['order-5521@kund.test']);
  assert.match(got.text, /Leveranstiden inom Sverige är 1–3 vardagar/);
  assert.equal((await mail.messagesIn('Sent')).length, 1);
  assert.deepEqual(errors, []);
  await page.close();
});
