import { test, after, before } from 'node:test';
import path from 'node:path';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { chatWorkstation } from '../helpers/chatWorkstation';
import { ROOT } from '../helpers/hostProcess';
import { bookFromWidget } from '../helpers/widgetBooking';
import { fakeSinch } from '../helpers/fakeSinch';
import { clockStartingAt } from '../../shared/domain/clock';
import { SINCH_CALLBACK_PATH } from '../../relay/server/sinchCallback';

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

const creds = { projectId: 'shop-project', appId: '01SHOPAPP', keyId: 'key-1', keySecret: 'key-secret', webhookSecret: 'hook-secret' };
const START = Date.parse('2026-12-01T13:40:00+01:00');

test('a widget booking gets an RCS confirmation with choices; the customer confirms, then moves it on the relay page, and the agenda follows', { timeout: 120_000 }, async () => {
  const sinch = await fakeSinch({ ...creds, now: clockStartingAt(START).now });
  sinch.hasRcs('+46701234567');
  const { relay, agent, errors } = await chatWorkstation(
    browser,
    { agentName: 'Maja', openingHours: Array(7).fill({ open: '08:00', close: '20:00' }), callbackSlotMinutes: 30, callbackCapacity: 1 },
    'vaxel-e2e-rcs-',
    START,
    {
      relay: { sinchSecret: creds.webhookSecret },
      prepare: (h) => h.saveSmsGateway({ provider: 'sinch', baseUrl: sinch.baseUrl, authUrl: sinch.authUrl, username: creds.keyId, password: creds.keySecret, sender: 'Butiken', projectId: creds.projectId, appId: creds.appId }),
    },
  );
  sinch.setWebhook(`${relay.url}${SINCH_CALLBACK_PATH}`);

  // the customer books tomorrow 10:00 from the widget
  const ctx = await browser.newContext({ locale: 'sv-SE', timezoneId: 'Europe/Stockholm' });
  await ctx.clock.install({ time: START });
  const customer = await ctx.newPage();
  customer.on('pageerror', (e) => errors.push(e.message));
  await bookFromWidget(customer, relay.url, { name: 'Åsa Lind', phone: '070-123 45 67', date: '2026-12-02', time: '10:00' });

  // Växel confirms by RCS, with Bekräfta / Avboka / Boka om
  for (let i = 0; i < 200 && sinch.sent.length === 0; i++) await new Promise((r) => setTimeout(r, 100));
  assert.equal(sinch.sent.length, 1);
  const sent = sinch.sent[0]!;
  const choice = (sent.body.message as { choice_message: { text_message: { text: string }; choices: Array<{ text_message?: { text: string }; postback_data?: string; url_message?: { title: string; url: string } }> } }).choice_message;
  assert.match(choice.text_message.text, /Vi ringer dig onsdag 2 december kl\. 10:00/);
  assert.deepEqual(choice.choices.map((c) => c.text_message?.text ?? c.url_message?.title), ['Bekräfta', 'Avboka', 'Boka om']);
  await sinch.deliver(sent.id);

  // the agent sees the report on the message, and the confirmation in the agenda after the tap
  await agent.getByRole('button', { name: 'Återuppringningar' }).first().click();
  await agent.getByRole('button', { name: 'Veckan' }).click();
  const row = agent.getByTestId('agenda-row').filter({ hasText: 'Åsa Lind' });
  await row.waitFor({ timeout: 10_000 });
  assert.equal(await sinch.tap('+46701234567', sent.id, choice.choices[0]!.postback_data!), 200);
  await row.getByTestId('callback-confirmed').waitFor({ timeout: 10_000 });
  await row.getByRole('button', { name: 'Öppna ärendet' }).click();
  await agent.getByTestId('delivery-state').filter({ hasText: 'Läst som RCS' }).waitFor({ timeout: 10_000 });
  await agent.locator('.timeline').getByText('bekräftade tiden för återuppringningen').waitFor();

  // "Boka om" opens the relay's page: the customer picks Thursday 14:00
  // as on the customer's phone
  const page = await ctx.newPage();
  await page.setViewportSize({ width: 390, height: 760 });
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(choice.choices[2]!.url_message!.url);
  await page.getByText('Vi ringer dig onsdag 2 december kl. 10:00').waitFor();
  await page.getByRole('link', { name: 'torsdag 3 december' }).click();
  await page.screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'rebook-page.png'), fullPage: true });
  await page.getByRole('button', { name: '14:00' }).click();
  await page.getByRole('status').filter({ hasText: 'Klart! Vi ringer dig i stället torsdag 3 december kl. 14:00' }).waitFor();

  // every laptop's agenda follows the relay: Maja's shows Thursday 14:00, no longer confirmed
  await agent.getByRole('button', { name: 'Återuppringningar' }).first().click();
  await agent.getByRole('button', { name: 'Veckan' }).click();
  const moved = agent.getByTestId('agenda-row').filter({ hasText: 'Åsa Lind' });
  await moved.filter({ hasText: '14:00' }).waitFor({ timeout: 10_000 });
  assert.equal(await moved.getByTestId('callback-confirmed').count(), 0, 'a moved call waits for a new confirmation');

  // from the case, a delivery notice by template: an RCS card with a button to the carrier
  await moved.getByRole('button', { name: 'Öppna ärendet' }).click();
  await agent.getByRole('tab', { name: 'Sms' }).click();
  await agent.getByLabel(/Spårningslänk/).fill('https://carrier.example/track/SE123');
  await agent.getByRole('combobox', { name: 'Infoga mall…' }).last().selectOption({ label: 'Paket skickat (spårning) (sv)' });
  const text = agent.locator('#composer-sms-text');
  assert.equal(await text.inputValue(), 'Hej Åsa! Ditt paket är på väg. Spåra det här: https://carrier.example/track/SE123 /Maja');
  await agent.getByTestId('sms-parts').filter({ hasText: '1 sms' }).waitFor();
  await agent.locator('.composer-sms').screenshot({ path: path.join(ROOT, 'docs', 'screenshots', 'sms-composer.png') });
  await agent.locator('.composer-sms').getByRole('button', { name: 'Skicka' }).click();
  for (let i = 0; i < 100 && sinch.sent.length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  assert.deepEqual(sinch.sent[1]!.body.message, {
    card_message: {
      title: 'Ditt paket är på väg',
      description: 'Hej Åsa! Ditt paket är på väg. Spåra det här: https://carrier.example/track/SE123 /Maja',
      choices: [{ url_message: { title: 'Spåra paketet', url: 'https://carrier.example/track/SE123' } }],
    },
  });
  assert.deepEqual(errors, []);
  await ctx.close();
  await agent.close();
});
