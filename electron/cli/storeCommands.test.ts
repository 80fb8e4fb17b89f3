import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { manualClock } from '../../shared/domain/clock';
import { tempDir } from '../../tests/helpers/tempDir';
import { runCli } from './main';
import { createServices } from '../services/app/createServices';

async function cli(...args: string[]) {
  const out: string[] = [];
  const code = await runCli(args, { log: (s) => out.push(s), err: (s) => out.push(s) });
  return { code, out: out.join('\n') };
}

/** Overwrite one leaf page of the messages table with noise, as a failing disk would. */
function damageMessagesPage(file: string): void {
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare<[], number>("SELECT pageno FROM dbstat WHERE name = 'messages' AND pagetype = 'leaf' ORDER BY pageno").pluck().all();
  db.close();
  assert.ok(pages.length >= 3, 'the messages table spans several pages');
  const victim = pages[Math.floor(pages.length / 2)]!;
  const fd = fs.openSync(file, 'r+');
  fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (victim - 1) * pageSize);
  fs.closeSync(fd);
}

test('a damaged page: calls say DB_CORRUPT with the way out, store check finds it, store recover keeps what can be read', async () => {
  const dir = tempDir('vaxel-corrupt');
  const file = path.join(dir, 'vaxel.db');
  const first = createServices({ dataDir: dir, mode: 'test', clock: manualClock(Date.parse('2026-11-02T10:00:00+01:00')) });
  const api = createInMemoryClient(first.endpoint);
  await api.updateSettings({ agentName: 'Maja', signature: 'Hälsningar, Butiken' });
  const ids: string[] = [];
  for (let i = 0; i < 120; i++) {
    const c = await api.createCase({ channel: 'phone', subject: `Samtal ${i}`, customer: { name: `Kund ${i}` }, note: `Anteckning ${i} `.repeat(40) });
    ids.push(c.id);
  }
  await first.close();
  damageMessagesPage(file);

  // the store still opens (its header is fine); reading the damaged page is refused clearly
  const damaged = createServices({ dataDir: dir, mode: 'test' });
  const dapi = createInMemoryClient(damaged.endpoint);
  const codes = new Set<string>();
  for (const id of ids) {
    await dapi.getCase({ id }).then(
      () => codes.add('ok'),
      (e: { code: string; message: string }) => {
        codes.add(e.code);
        assert.match(e.message, /store recover/);
      },
    );
  }
  await damaged.close();
  assert.deepEqual([...codes].sort(), ['DB_CORRUPT', 'ok'], 'the cases on whole pages still open; the others say DB_CORRUPT');

  const check = await cli('store', 'check', '--data-dir', dir);
  assert.equal(check.code, 1);
  assert.match(check.out, /is damaged/);

  const recover = await cli('store', 'recover', '--data-dir', dir);
  assert.equal(recover.code, 0, recover.out);
  assert.match(recover.out, /messages \(\d+ rows kept\)/);
  const moved = fs.readdirSync(dir).filter((f) => f.startsWith('vaxel.db.damaged-'));
  assert.ok(moved.length >= 1, 'the damaged store is kept beside the new one');
  assert.equal((await cli('store', 'check', '--data-dir', dir)).code, 0, 'the new store is whole');

  const mended = createServices({ dataDir: dir, mode: 'test' });
  const mapi = createInMemoryClient(mended.endpoint);
  assert.equal((await mapi.getSettings({})).agentName, 'Maja', 'settings came through');
  assert.equal((await mapi.listCases({ filter: 'all', limit: 1000 })).total, 120, 'every case came through');
  for (const id of ids) await mapi.getCase({ id });
  const notes = mended.db.prepare('SELECT count(*) FROM messages').pluck().get() as number;
  assert.ok(notes > 0 && notes < 120, `the readable notes came through (${notes})`);
  assert.equal((await mapi.search({ query: 'Samtal 7' })).hits[0]?.case.subject, 'Samtal 7', 'search works again');
  await mended.close();
});
