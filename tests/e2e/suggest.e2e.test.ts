import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { chatWorkstation } from '../helpers/chatWorkstation';
import { FrameClient } from '../helpers/relay';

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

test('a long angry chat: Växel suggests a callback and says why; accepted, the booking opens filled in; / inserts a template', { timeout: 120_000 }, async () => {
  const { relay, agent: page, errors } = await chatWorkstation(browser, { agentName: 'Maja', openingHours: Array(7).fill({ open: '00:00', close: '24:00' }) }, 'vaxel-e2e-suggest-');

  const customer = await FrameClient.customer(relay.url);
  const lines = [
    'Hej, min beställning 48213 har fortfarande inte kommit.',
    'Det är tredje gången jag skriver om det här!!!',
    'Helt oacceptabelt. Ingen svarar och jag är FÖRBANNAD.',
    'Jag har betalat och vill ha besked NU, annars anmäler jag er.',
  ];
  for (const [i, text] of lines.entries()) {
    customer.send({ type: 'say', clientId: `angry-${String(i).padStart(6, '0')}`, text });
    await customer.next('accepted', (a) => a.clientId === `angry-${String(i).padStart(6, '0')}`);
  }
  await page.locator('.queue-row', { hasText: 'min beställning 48213' }).click();
  const tip = page.getByTestId('suggestion-channel');
  await tip.waitFor({ timeout: 15_000 });
  assert.equal(await tip.getAttribute('data-value'), 'callback');
  const text = await tip.innerText();
  assert.match(text, /Boka en återuppringning/);
  assert.match(text, /eftersom .*upprörd ton: .*oacceptabel/);

  await tip.getByRole('button', { name: 'Gör det' }).click();
  const dialog = page.getByRole('dialog', { name: 'Boka återuppringning' });
  await dialog.waitFor();
  assert.match(await dialog.getByLabel('Vad gäller det?').inputValue(), /min beställning 48213/);
  await page.waitForFunction(() => (document.querySelector('.slot-picker select') as HTMLSelectElement | null)?.value !== '');
  await dialog.getByRole('button', { name: 'Avbryt' }).click();

  // "/" in the composer: search the templates and insert one, variables filled from the case
  await page.getByRole('button', { name: 'Ta chatten', exact: true }).click();
  await page.getByTestId('chat-owner').filter({ hasText: 'Du har den här chatten' }).waitFor();
  await page.locator('#chat-text').fill('/orderstat');
  await page.getByTestId('slash-list').waitFor();
  await page.locator('#chat-text').press('Enter');
  assert.match(await page.locator('#chat-text').inputValue(), /Order 48213 är packad och skickas i dag\. \/Maja/);
  assert.deepEqual(errors, []);
  customer.close();
  await page.close();
});
