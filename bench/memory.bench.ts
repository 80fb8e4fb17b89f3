import { spawnSync } from 'node:child_process';
import path from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium } from '../tests/helpers/chromium';
import { benchStore, ROOT, rssOf, startHost } from './benchStore';
import { ratio, table } from './stats';

const COUNT = 150_000;
/** An hour of a busy agent: an action every three seconds, run back to back. */
const ACTIONS = 1200;
const SAMPLES = 4;
const QUERIES = ['leverans', 'faktura', 'trasig', 'retur', 'lösenord', 'presentkort'];
const MiB = (b: number, digits = 0) => `${(b / 2 ** 20).toFixed(digits)} MiB`;

/** The window's live JS heap after a full garbage collection, from Chromium's DevTools protocol. */
async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const { usedSize } = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  return usedSize;
}

/** One action of the synthetic day: the next case, the case before, a search, a filter. */
async function act(page: Page, i: number): Promise<void> {
  if (i % 10 === 9) {
    const box = page.getByRole('searchbox', { name: 'Sök' });
    await box.fill(QUERIES[i % QUERIES.length]!);
    await page.locator('#search-results li').first().waitFor({ timeout: 10_000 });
    await box.fill('');
  } else if (i % 50 === 49) {
    await page.getByRole('tab', { name: /Väntar/ }).click();
    await page.getByRole('tab', { name: /Aktiva/ }).click();
  } else {
    await page.keyboard.press(i % 7 === 6 ? 'k' : 'j');
    await page.waitForTimeout(15);
  }
}

/**
 * Memory over an hour of use at a shop's real scale: the browser-mode host (its services in their
 * worker) on 150,000 cases, and the window in Chromium driven through 1,200 actions (next case,
 * search, filters). Printed at each quarter: the host's resident memory beside a bare Node process
 * that opens the same store with better-sqlite3 and reads a queue page (the floor), and the
 * window's heap after a garbage collection beside its own heap right after it opened.
 */
export async function benchMemory(): Promise<void> {
  const { dir, note } = await benchStore(COUNT, 1);
  const floor = spawnSync(
    process.execPath,
    [
      '-e',
      `const D=require('better-sqlite3');const db=new D(${JSON.stringify(path.join(dir, 'vaxel.db'))},{readonly:true});db.pragma('cache_size = -32768');db.prepare("SELECT * FROM cases ORDER BY number LIMIT 100").all();db.prepare("SELECT rowid FROM messages_fts WHERE messages_fts MATCH 'leverans*' LIMIT 50").all();console.log(process.memoryUsage().rss)`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  const floorRss = Number(floor.stdout.trim());
  const host = await startHost(dir);
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 720 }, locale: 'sv-SE' });
    await page.goto(`${host.url}/#token=${host.token}`);
    await page.getByRole('heading', { name: /^(Kö|Queue)$/ }).waitFor({ timeout: 60_000 });
    await page.locator('.queue-row').first().waitFor({ timeout: 60_000 });
    await page.keyboard.press('j');
    const heap0 = await heapAfterGc(page);
    const rss0 = rssOf(host.pid);
    console.log(`\n## Memory over an hour of use: ${ACTIONS.toLocaleString('en')} actions on ${COUNT.toLocaleString('en')} cases (store ${note})`);
    const rows = [['after', 'host RSS (services in their worker)', 'bare better-sqlite3 on the store', 'ratio', 'window heap after GC', 'the window when it opened', 'ratio']];
    rows.push(['opening', MiB(rss0), MiB(floorRss), ratio(rss0, floorRss), MiB(heap0, 1), MiB(heap0, 1), ratio(heap0, heap0)]);
    const started = performance.now();
    for (let s = 1; s <= SAMPLES; s++) {
      for (let i = ((s - 1) * ACTIONS) / SAMPLES; i < (s * ACTIONS) / SAMPLES; i++) await act(page, i);
      const heap = await heapAfterGc(page);
      const rss = rssOf(host.pid);
      rows.push([`${((s * ACTIONS) / SAMPLES).toLocaleString('en')} actions`, MiB(rss), MiB(floorRss), ratio(rss, floorRss), MiB(heap, 1), MiB(heap0, 1), ratio(heap, heap0)]);
    }
    console.log(table(rows));
    console.log(`${ACTIONS.toLocaleString('en')} actions took ${((performance.now() - started) / 1000).toFixed(0)} s; flat means the last two samples differ by a few per cent, not a growth with every quarter.`);
  } finally {
    await browser.close();
    host.stop();
  }
}
