import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../tests/helpers/tempDir';
import { runCli } from './main';
import { addDays, today, weekdayOf } from '../../shared/domain/calendar';

async function cli(...args: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(args, { log: (s) => out.push(s), err: (s) => err.push(s) });
  return { code, out: out.join('\n'), err: err.join('\n') };
}

test('an unknown command says so and exits 2 without touching a store', async () => {
  const dir = path.join(tempDir(), 'never-created');
  const r = await cli('frobnicate', '--data-dir', dir);
  assert.equal(r.code, 2);
  assert.match(r.err, /Unknown command 'frobnicate'/);
  assert.equal(fs.existsSync(dir), false);
  assert.equal((await cli('cases', '--bogus-flag')).code, 2);
});

test('cases list, case show, search and export over the demo store', async () => {
  const dir = tempDir();
  assert.equal((await cli('seed', '--demo', '--data-dir', dir)).code, 0);
  const list = await cli('cases', 'list', '--json', '--data-dir', dir);
  assert.equal(list.code, 0);
  const page = JSON.parse(list.out) as { total: number; items: Array<{ id: string; number: number; status: string }> };
  assert.ok(page.total > 10);
  assert.ok(page.items.every((c) => c.status !== 'resolved'));

  const first = page.items[0]!;
  const byNumber = JSON.parse((await cli('case', 'show', `#${first.number}`, '--json', '--data-dir', dir)).out);
  const byId = JSON.parse((await cli('case', 'show', first.id, '--json', '--data-dir', dir)).out);
  assert.deepEqual(byNumber, byId);
  assert.ok(byId.messages.length >= 1);

  const hits = JSON.parse((await cli('search', 'kaffekvarn', '--json', '--data-dir', dir)).out) as Array<{ case: { subject: string } }>;
  assert.equal(hits[0]!.case.subject, 'Trasig kaffekvarn vid leverans');

  const file = path.join(dir, 'export.json');
  const ex = await cli('export', '--out', file, '--data-dir', dir);
  assert.equal(ex.code, 0, ex.err);
  const all = JSON.parse(fs.readFileSync(file, 'utf8')) as unknown[];
  const total = JSON.parse((await cli('cases', 'list', '--filter', 'all', '--json', '--data-dir', dir)).out).total;
  assert.equal(all.length, total);
});

test('failures print what went wrong and exit 1', async () => {
  const dir = tempDir();
  const missing = await cli('case', 'show', '#999', '--data-dir', dir);
  assert.equal(missing.code, 1);
  assert.match(missing.err, /NOT_FOUND/);
  const badExport = await cli('export', '--out', path.join(dir, 'no-such-dir', 'x.json'), '--data-dir', dir);
  assert.equal(badExport.code, 1);
  assert.match(badExport.err, /cannot write the export/);
  assert.deepEqual(fs.readdirSync(dir).filter((f) => f.includes('partial')), []);
  const corrupt = tempDir();
  fs.writeFileSync(path.join(corrupt, 'vaxel.db'), 'garbage '.repeat(600));
  const r = await cli('cases', 'list', '--data-dir', corrupt);
  assert.equal(r.code, 1);
  assert.match(r.err, /DB_CORRUPT/);
  assert.equal((await cli('cases', 'list', '--limit', 'lots', '--data-dir', dir)).code, 1);
});

test('callback book, callbacks list and callbacks slots, in UTC and the shop’s local time', async () => {
  const dir = tempDir();
  // a Monday (open 09:00–17:00 by default)
  const monday = nextWeekday(1);
  const slots = await cli('callbacks', 'slots', '--date', monday, '--json', '--data-dir', dir);
  assert.equal(slots.code, 0, slots.err);
  const offered = JSON.parse(slots.out) as { timeZone: string; slots: Array<{ at: string; local: string; free: number }> };
  assert.equal(offered.timeZone, 'Europe/Stockholm');
  assert.equal(offered.slots[0]!.local, '09:00');
  const first = offered.slots[0]!.at;

  const booked = await cli('callback', 'book', '--phone', '070-123 45 67', '--at', first, '--note', 'Fel storlek', '--json', '--data-dir', dir);
  assert.equal(booked.code, 0, booked.err);
  const cb = JSON.parse(booked.out) as { at: string; local: string; status: string; phone: string };
  assert.equal(cb.at, first);
  assert.equal(cb.local, `${monday} 09:00`);
  assert.equal(cb.status, 'booked');

  const list = await cli('callbacks', 'list', '--from', `${monday}T00:00:00Z`, '--to', `${monday}T23:59:00Z`, '--json', '--data-dir', dir);
  assert.deepEqual((JSON.parse(list.out) as Array<{ at: string; local: string }>).map((c) => [c.at, c.local]), [[first, `${monday} 09:00`]]);

  const again = await cli('callbacks', 'slots', '--date', monday, '--json', '--data-dir', dir);
  assert.notEqual((JSON.parse(again.out) as typeof offered).slots[0]!.at, first, 'the full slot is not offered');
  const bad = await cli('callback', 'book', '--phone', '0701234567', '--at', 'tomorrow', '--data-dir', dir);
  assert.equal(bad.code, 1);
  assert.match(bad.err, /ISO 8601/);
});

/** The next date on the shop's calendar that is this weekday (1 = Monday), at least two days away. */
function nextWeekday(day: number): string {
  let d = addDays(today(Date.now(), 'Europe/Stockholm'), 2);
  while (weekdayOf(d) !== day - 1) d = addDays(d, 1);
  return d;
}

test('channel-plan prints the plan of the last N days, as text or JSON; a bad --days is refused', async () => {
  const dir = tempDir();
  assert.equal((await cli('seed', '--count', '300', '--data-dir', dir)).code, 0);
  const json = await cli('channel-plan', '--days', '400', '--json', '--data-dir', dir);
  assert.equal(json.code, 0, json.err);
  const plan = JSON.parse(json.out) as { kinds: Array<{ intent: string; cases: number; recommendation: { channel: string } }> };
  assert.equal(plan.kinds.reduce((s, k) => s + k.cases, 0), 300, 'every generated case is in a year and a bit');
  assert.ok(plan.kinds.every((k) => ['chat', 'email', 'callback', 'sms'].includes(k.recommendation.channel)));
  const text = await cli('channel-plan', '--data-dir', dir);
  assert.equal(text.code, 0);
  assert.match(text.out, /^Channel plan, the last 90 days/);
  assert.equal((await cli('channel-plan', '--days', 'many', '--data-dir', dir)).code, 1);
});
