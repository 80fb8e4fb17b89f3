import { test, after, before } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../helpers/chromium';
import { CLI_BUNDLE, startHostProcess, type HostProcess } from '../helpers/hostProcess';
import { tempDir } from '../helpers/tempDir';

const COUNT = 150_000;
let browser: Browser;
let host: HostProcess;
let page: Page;

before(async () => {
  const dataDir = tempDir('vaxel-large-');
  const seeded = spawnSync(process.execPath, [CLI_BUNDLE, 'seed', '--count', String(COUNT), '--data-dir', dataDir], { encoding: 'utf8' });
  assert.equal(seeded.status, 0, seeded.stderr);
  host = await startHostProcess(['--data-dir', dataDir], { LANG: 'en_US.UTF-8', LC_ALL: '' });
  browser = await launchChromium();
  page = await browser.newPage({ viewport: { width: 1400, height: 860 } });
  await page.goto(host.url);
  await page.getByRole('tab', { name: 'All' }).click();
  await page.getByTestId('queue-count').filter({ hasText: '150,000 cases' }).waitFor();
});
after(async () => {
  await browser?.close();
  await host?.stop();
});

const rowCount = () => page.locator('.queue-slot').count();

test('150,000 cases: only the rows on screen exist in the page', async () => {
  // a row can show (in "Svara först") a frame before the virtual list lays out its slots
  await page.waitForFunction(() => document.querySelectorAll('.queue-slot .queue-row[data-case-number]').length > 5);
  const n = await rowCount();
  assert.ok(n > 5 && n < 60, `rendered ${n} row slots for ${COUNT} cases`);
});

test('scrolling to the middle and to the end loads those rows', async () => {
  const list = page.getByRole('listbox', { name: 'Queue' });
  for (const fraction of [0.5, 1]) {
    await list.evaluate((el, f) => (el.scrollTop = (el.scrollHeight - el.clientHeight) * f), fraction);
    // wait until the rendered slots reach down to the bottom of the scrolled viewport (the
    // virtualizer renders the new range a frame after the scroll event) and every one is loaded
    await page.waitForFunction((count) => {
      const el = document.querySelector<HTMLElement>('[role="listbox"]');
      const slots = [...document.querySelectorAll<HTMLElement>('.queue-slot')];
      if (!el || slots.length === 0) return false;
      const top = slots[0]!.parentElement!.getBoundingClientRect().top;
      const rowHeight = slots[0]!.getBoundingClientRect().height;
      const deepest = Math.max(...slots.map((s) => Math.round((s.getBoundingClientRect().top - top) / rowHeight)));
      // the list's bottom padding can reach one row past the last case
      const bottom = Math.min(count - 1, Math.floor((el.scrollTop + el.clientHeight - 1) / rowHeight));
      return deepest >= bottom && slots.every((s) => s.querySelector('.queue-row[data-case-number]'));
    }, COUNT);
    assert.ok((await rowCount()) < 60);
  }
  // at the very end, the slot of the last position (index 149,999) holds a loaded case
  const lastIndex = await page.evaluate(() => {
    const slots = [...document.querySelectorAll<HTMLElement>('.queue-slot')];
    const top = slots[0]!.parentElement!.getBoundingClientRect().top;
    const rowHeight = slots[0]!.getBoundingClientRect().height;
    return Math.max(...slots.map((s) => Math.round((s.getBoundingClientRect().top - top) / rowHeight)));
  });
  assert.equal(lastIndex, COUNT - 1);
  // the virtualizer may settle its range once more after the last measurement: wait, do not race
  await page.waitForFunction(() => document.querySelectorAll('.queue-row[data-case-number]').length > 5);
});

test('arrow keys move through the queue', async () => {
  const list = page.getByRole('listbox', { name: 'Queue' });
  await list.evaluate((el) => (el.scrollTop = 0));
  await page.locator('.queue-row[data-case-number]').first().click();
  const first = await page.locator('.queue-row.selected').getAttribute('data-case-number');
  await list.press('ArrowDown');
  await page.waitForFunction((n) => document.querySelector('.queue-row.selected')?.getAttribute('data-case-number') !== n, first);
  await page.locator('.case-subject').waitFor();
});

test('search answers across 150,000 cases', async () => {
  await page.getByRole('searchbox', { name: 'Search' }).fill('espressomaskinen läcker');
  await page.locator('.search-results .queue-row').first().waitFor();
  assert.ok((await page.locator('.search-results .queue-row').count()) > 10);
});
