import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import type { TeamEvent } from '../../shared/contract/teamLog';
import { createServices } from '../../electron/services/app/createServices';
import { appendEntry, openLogFolder, parseEntryMessage } from '../../electron/services/team/teamMailbox';
import { dovecotAvailable } from '../helpers/dovecot';
import { CLI_BUNDLE } from '../helpers/hostProcess';
import { createMailServer, SHOP, type MailServer } from '../helpers/mailServer';
import { laptop } from '../helpers/teamLaptop';

const skip = !dovecotAvailable() ? 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)' : !fs.existsSync(CLI_BUNDLE) ? 'dist/cli.cjs is not built (npm run build)' : false;

/** The event ids in the log folder, with how often each is there. */
async function eventIdsInFolder(mail: MailServer): Promise<Map<string, number>> {
  const imap = await mail.imap();
  const folder = await openLogFolder(imap);
  const seen = new Map<string, number>();
  const status = await imap.status(folder.path, { messages: true });
  if (status && status.messages) {
    for await (const m of imap.fetch('1:*', { source: true })) {
      const e = m.source ? parseEntryMessage(m.source) : null;
      if (e?.type === 'event') seen.set(e.id, (seen.get(e.id) ?? 0) + 1);
    }
  }
  await imap.logout();
  return seen;
}

test('kill -9 in the middle of appending the log: after a restart nothing is lost and nothing counts twice', { skip, timeout: 240_000 }, async () => {
  const mail = await createMailServer();
  const a = await laptop(mail, 'Anna');
  const made = await a.api.createCase({ channel: 'phone', subject: 'Många anteckningar', customer: { name: 'Per' }, note: 'Början' });
  const N = 150;
  for (let i = 0; i < N; i++) await a.api.addNote({ caseId: made.id, body: `Anteckning ${i}` });
  const mine = a.services.repos.team.pending().map((e) => e.event_id);
  assert.ok(mine.length >= N);
  const dataDir = a.services.info.dataDir;
  await a.services.close();

  // the CLI's sync appends them; it is killed once some, not all, are in the folder
  let partial = 0;
  for (let attempt = 0; attempt < 8 && !(partial > 0 && partial < mine.length); attempt++) {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'sync', '--once', '--data-dir', dataDir], { stdio: 'ignore' });
    const started = Date.now();
    while (child.exitCode === null && Date.now() - started < 30_000) {
      const n = (await eventIdsInFolder(mail)).size;
      if (n > mine.length / 4) {
        child.kill('SIGKILL');
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    await new Promise<void>((r) => (child.exitCode !== null || child.signalCode !== null ? r() : child.once('exit', () => r())));
    partial = (await eventIdsInFolder(mail)).size;
  }
  assert.ok(partial > 0 && partial < mine.length, `killed part way (${partial} of ${mine.length} in the folder)`);

  // restarted: the rest goes out, what was already there is not appended again
  const resumed = createServices({ dataDir, mode: 'test' });
  await resumed.team.syncOnce();
  await resumed.close();
  const inFolder = await eventIdsInFolder(mail);
  for (const id of mine) assert.ok(inFolder.has(id), `event ${id} reached the folder`);
  const doubled = [...inFolder.values()].filter((n) => n > 1).length;
  assert.ok(doubled <= 1, `at most the one append cut by the kill is there twice (${doubled})`);

  // a colleague's laptop counts each note once
  const b = await laptop(mail, 'Bo');
  await b.sync();
  const onB = (await b.api.listCases({})).items.find((c) => c.subject === 'Många anteckningar')!;
  const notes = (await b.api.getCase({ id: onB.id })).messages.filter((m) => m.direction === 'note').map((m) => m.bodyText);
  assert.equal(notes.filter((n) => n.startsWith('Anteckning ')).length, N);
  assert.equal(new Set(notes).size, notes.length);
  await b.services.close();
});

test('a new laptop replays 10,000 events of 500 cases from the folder and ends in the state they say', { skip, timeout: 600_000 }, async () => {
  const mail = await createMailServer();
  const imap = await mail.imap();
  const folder = await openLogFolder(imap);
  const CASES = 500;
  const PER_CASE = 20;
  const agents = ['Ali', 'Kim', 'Maja'];
  const expected = new Map<string, { status: string; priority: string; assignee: string; notes: number }>();
  let lamport = 0;
  for (let c = 0; c < CASES; c++) {
    const key = `manual:replay-${c}`;
    const events: TeamEvent[] = [];
    const ev = (op: TeamEvent['op'], fields: Record<string, unknown>, agent: string): TeamEvent => ({ v: 1, type: 'event', id: randomUUID(), caseKey: key, agent, lamport: ++lamport, at: Date.parse('2026-11-23T10:00:00Z') + lamport, op, fields });
    events.push(ev('open', { byHand: 1, caseId: `00000000-0000-4000-8000-${String(c).padStart(12, '0')}`, channel: 'phone', subject: `Samtal ${c}`, priority: 'normal', note: `Kund ${c} ringde` }, 'Ali'));
    const last = { status: 'open', priority: 'normal', assignee: '', notes: 0 };
    for (let i = 1; i < PER_CASE; i++) {
      const agent = agents[(c + i) % agents.length]!;
      if (i % 4 === 1) events.push(ev('assign', { to: (last.assignee = agent) }, agent));
      else if (i % 4 === 2) events.push(ev('status', { to: (last.status = ['open', 'waiting', 'resolved'][(c + i) % 3]!) }, agent));
      else if (i % 4 === 3) events.push(ev('priority', { to: (last.priority = ['urgent', 'high', 'normal', 'low'][(c * i) % 4]!) }, agent));
      else {
        events.push(ev('noteAdd', { noteId: randomUUID(), body: `Notering ${c}.${i}`, author: agent, createdAt: lamport }, agent));
        last.notes++;
      }
    }
    expected.set(`Samtal ${c}`, last);
    for (const e of events) await appendEntry(imap, folder.path, e, SHOP, new Date('2026-11-23T10:00:00Z'));
  }
  await imap.logout();

  const fresh = await laptop(mail, 'Ny');
  const started = performance.now();
  const r = await fresh.services.team.syncOnce();
  const seconds = (performance.now() - started) / 1000;
  assert.equal(r?.read, CASES * PER_CASE);
  const all = (await fresh.api.listCases({ filter: 'all', limit: 1000 })).items;
  assert.equal(all.length, CASES);
  for (const c of all) {
    const want = expected.get(c.subject)!;
    assert.deepEqual([c.status, c.priority, c.assignee], [want.status, want.priority, want.assignee], c.subject);
  }
  const sample = all.find((c) => c.subject === 'Samtal 7')!;
  assert.equal((await fresh.api.getCase({ id: sample.id })).messages.filter((m) => m.direction === 'note').length, expected.get('Samtal 7')!.notes + 1);
  console.log(`replayed ${CASES * PER_CASE} events in ${seconds.toFixed(1)} s (${Math.round((CASES * PER_CASE) / seconds)} events/s)`);
  await fresh.services.close();
});
