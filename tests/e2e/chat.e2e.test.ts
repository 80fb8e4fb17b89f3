import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { chatWorkstation } from '../helpers/chatWorkstation';

// A 1×1 PNG the customer sends as a photo of the damage.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

let browser: Browser;
before(async () => {
  browser = await launchChromium();
});
after(async () => {
  await browser?.close();
});

async function customerPage(url: string): Promise<Page> {
  const ctx = await browser.newContext({ locale: 'sv-SE', viewport: { width: 1000, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(`${url}/demo?lang=sv`);
  return page;
}

test('a customer chats from the widget on the shop’s page and an agent answers in Växel', { timeout: 120_000 }, async () => {
  // open round the clock, so the test does not depend on when it runs
  const { relay, agent, errors } = await chatWorkstation(browser, { openingHours: Array(7).fill({ open: '00:00', close: '24:00' }) }, 'vaxel-e2e-chat-');

  // the customer opens the widget with the keyboard and writes
  const customer = await customerPage(relay.url);
  customer.on('pageerror', (e) => errors.push(e.message));
  const launcher = customer.getByRole('button', { name: 'Chatta med oss' });
  await launcher.focus();
  await customer.keyboard.press('Enter');
  await customer.getByText('En medarbetare är online').waitFor();
  await customer.keyboard.type('Hej! Har ni skorna i storlek 42?');
  await customer.keyboard.press('Enter');
  await customer.getByText(/Du är nummer 1 i kön/).waitFor();

  // it arrives as a case in Växel's queue; the agent claims it and answers
  const row = agent.locator('.queue-row', { hasText: 'storlek 42' });
  await row.waitFor({ timeout: 15_000 });
  await row.click();
  await agent.getByTestId('chat-owner').filter({ hasText: 'Väntar på en medarbetare' }).waitFor();
  await agent.getByRole('button', { name: 'Ta chatten', exact: true }).click();
  await agent.getByTestId('chat-owner').filter({ hasText: 'Du har den här chatten' }).waitFor();
  await customer.getByText('Maja svarar dig nu.').waitFor();

  // typing shows on the other side
  await customer.getByRole('textbox', { name: 'Skriv ett meddelande…' }).fill('Och i svart?');
  await agent.getByText('skriver…').waitFor();
  await customer.keyboard.press('Enter');
  await agent.locator('.timeline').getByText('Och i svart?').waitFor();

  await agent.locator('#chat-text').fill('Ja, både 42 och svart finns i lager.');
  await agent.locator('#chat-text').press('Enter');
  await customer.getByText('Ja, både 42 och svart finns i lager.').waitFor();

  // an image from the customer reaches the case as an attachment
  await customer.locator('input[type=file]').setInputFiles({ name: 'skada.png', mimeType: 'image/png', buffer: PNG });
  // under a name of the relay's, never the customer's own file name
  await agent.locator('.timeline').getByText('image.png').waitFor({ timeout: 10_000 });

  // the agent sets up an invitation; a new visitor on a matching page is invited while Maja is free
  await agent.getByRole('button', { name: 'Inställningar' }).click();
  await agent.getByRole('button', { name: 'Lägg till en inbjudan' }).click();
  await agent.getByLabel('Sidmönster').fill('*/demo*');
  await agent.getByLabel('Sekunder på sidan').fill('1');
  await agent.getByLabel('Text på svenska').fill('Hittar du rätt storlek?');
  await agent.getByRole('button', { name: 'Spara inbjudningar' }).click();
  await agent.keyboard.press('Escape');
  const visitor = await customerPage(relay.url);
  await visitor.getByText('Hittar du rätt storlek?').waitFor({ timeout: 10_000 });
  await visitor.getByRole('button', { name: 'Chatta', exact: true }).click();
  await visitor.getByRole('textbox', { name: 'Skriv ett meddelande…' }).waitFor();

  // the agent steps away: nobody can answer, so the widget offers a message or a callback instead
  await agent.getByTestId('chat-indicator').getByRole('button', { name: 'gå ifrån' }).click();
  const late = await customerPage(relay.url);
  await late.getByRole('button', { name: 'Chatta med oss' }).click();
  await late.getByText('Ingen medarbetare är ledig just nu').waitFor();
  await late.getByRole('button', { name: 'Lämna ett meddelande' }).click();
  await late.getByLabel('Namn', { exact: true }).fill('Lena Berg');
  await late.getByLabel('E-post', { exact: true }).fill('lena@example.se');
  await late.getByLabel('Meddelande', { exact: true }).fill('Kan ni ringa om returen?');
  await late.getByRole('button', { name: 'Skicka' }).click();
  await late.getByText('Tack! Vi svarar dig via e-post').waitFor();
  await agent.locator('.queue-row', { hasText: 'Meddelande via webbplatsen' }).waitFor({ timeout: 10_000 });

  assert.deepEqual(errors, []);
  for (const p of [customer, visitor, late]) await p.context().close();
  await agent.close();
});
