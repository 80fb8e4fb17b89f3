import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { axeViolations, describeViolations } from '../helpers/axe';
import { launchChromium } from '../helpers/chromium';
import { startHostProcess, type HostProcess } from '../helpers/hostProcess';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../helpers/relay';
import { tempDir } from '../helpers/tempDir';

/** axe-core (WCAG 2.1 A and AA) on every view an agent or a customer meets. */
let browser: Browser;
let host: HostProcess;
let page: Page;

before(async () => {
  browser = await launchChromium();
  host = await startHostProcess(['--data-dir', tempDir('vaxel-a11y-'), '--demo'], { LANG: 'sv_SE.UTF-8', LC_ALL: '', LC_MESSAGES: '' });
  page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
  await page.goto(host.url);
  await page.getByRole('heading', { name: 'Kö' }).waitFor();
});
after(async () => {
  await browser?.close();
  await host?.stop();
});

const clean = async (where: string) => {
  const v = await axeViolations(page);
  assert.deepEqual(v, [], `${where}:\n${describeViolations(v)}`);
};

test('the queue', () => clean('the queue'));

for (const subject of ['Trasig kaffekvarn vid leverans', 'Var är mitt paket?', 'Dubbeldebiterad på kortet', 'Ändra leveransadress', 'Beställa presentkort till julen']) {
  test(`a case: ${subject}`, async () => {
    // the queue renders only the rows in view: scroll until the case's row is there
    const row = page.locator('.queue-row', { hasText: subject });
    const list = page.getByRole('listbox', { name: 'Kö' });
    await list.evaluate((el) => (el.scrollTop = 0));
    for (let i = 0; i < 30 && (await row.count()) === 0; i++) {
      await list.evaluate((el) => (el.scrollTop += el.clientHeight / 2));
      // the rows in view are rendered after the scroll event: on a loaded machine, looking at once
      // found none, the loop scrolled past the row, and the click waited for a row no longer there
      await row.waitFor({ state: 'attached', timeout: 300 }).catch(() => undefined);
    }
    await row.click();
    await page.getByRole('heading', { name: subject }).waitFor();
    await clean(subject);
  });
}

for (const name of ['Inställningar', 'Återuppringningar', 'Mallar', 'Kanalplan', '+ Nytt ärende', 'Kortkommandon']) {
  test(`the dialog behind “${name}”`, async () => {
    // the top bar's button (the agenda strip above the queue has its own "Återuppringningar")
    await page.getByRole('banner').getByRole('button', { name, exact: true }).click();
    const dialog = page.getByRole('dialog');
    await dialog.waitFor();
    await clean(name);
    // it fits on a laptop screen, and has a close button of its own
    const box = await dialog.boundingBox();
    assert.ok(box && box.y >= 0 && box.y + box.height <= 720 && box.x >= 0 && box.x + box.width <= 1280, `${name} fits on the screen: ${JSON.stringify(box)}`);
    await dialog.getByRole('button', { name: 'Stäng dialogen' }).click();
    await dialog.waitFor({ state: 'detached' });
  });
}

test('the chat widget on a shop’s page, closed and open', async () => {
  const { relay, store } = await inProcessRelay();
  store.setShop(ALWAYS_OPEN_SHOP);
  // an agent online, so the widget offers the chat itself
  const agent = await FrameClient.agent(relay.url, store.addAgent('Maja', Date.now()).token);
  const shop = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
  await shop.goto(`${relay.url}/demo`);
  await shop.getByRole('button', { name: 'Chatta med oss' }).waitFor();
  let v = await axeViolations(shop);
  assert.deepEqual(v, [], `the widget, closed:\n${describeViolations(v)}`);
  await shop.getByRole('button', { name: 'Chatta med oss' }).click();
  await shop.getByPlaceholder('Skriv ett meddelande…').waitFor();
  v = await axeViolations(shop);
  assert.deepEqual(v, [], `the widget, open:\n${describeViolations(v)}`);
  // the panel never shifts sideways, on a laptop or a phone, and "Skicka" is whole inside it
  for (const width of [1280, 360]) {
    await shop.setViewportSize({ width, height: 700 });
    await shop.getByPlaceholder('Skriv ett meddelande…').focus();
    await shop.keyboard.type('Hej');
    const fit = await shop.evaluate(() => {
      const root = [...document.querySelectorAll('*')].find((e) => e.shadowRoot)!.shadowRoot!;
      const panel = root.querySelector('.panel')!;
      const send = [...root.querySelectorAll('button')].find((b) => b.textContent?.trim() === 'Skicka')!;
      const [p, s] = [panel.getBoundingClientRect(), send.getBoundingClientRect()];
      return { scrolled: panel.scrollLeft, overflow: panel.scrollWidth - panel.clientWidth, sendInside: s.left >= p.left && s.right <= p.right };
    });
    assert.deepEqual(fit, { scrolled: 0, overflow: 0, sendInside: true }, `the widget at ${width} px`);
  }
  await shop.setViewportSize({ width: 1280, height: 720 });
  // and the form offered when nobody can chat: leave a message or book a call
  agent.close();
  await shop.getByRole('button', { name: 'Lämna ett meddelande' }).waitFor({ timeout: 15_000 });
  v = await axeViolations(shop);
  assert.deepEqual(v, [], `the widget, nobody online:\n${describeViolations(v)}`);
  await shop.close();
});
