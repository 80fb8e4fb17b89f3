import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomUUID } from 'node:crypto';
import { spawnSync } from 'node:child_process';
import { ImapFlow } from 'imapflow';
import { createServices, type Services } from '../electron/services/app/createServices';
import { appendEntry, openLogFolder } from '../electron/services/team/teamMailbox';
import { createInMemoryClient } from '../shared/contract/inMemoryTransport';
import type { TeamEvent } from '../shared/contract/teamLog';
import { composeMail } from '../tests/fixtures/rawMail';
import { createDovecot, type Dovecot } from '../tests/helpers/dovecot';
import { ms, ratio, summarize, table, timeIt } from './stats';

const SHOP = 'butik@shop.test';
const PASSWORD = 'bench-lösen';
const ROUNDS = 20;
const REPLAY = Number(process.env.BENCH_TEAM_EVENTS ?? 10_000);

async function laptop(dovecot: Dovecot, dir: string, name: string): Promise<Services> {
  const services = createServices({ dataDir: fs.mkdtempSync(path.join(dir, `${name}-`)), mode: 'test', teamTuning: { pollMs: 600_000 } });
  const api = createInMemoryClient(services.endpoint);
  await api.saveAccount({
    label: 'Butiken',
    address: SHOP,
    displayName: 'Butiken',
    imap: { host: '127.0.0.1', port: dovecot.imapPort, security: 'none', username: SHOP },
    smtp: { host: '127.0.0.1', port: 2525, security: 'none', username: SHOP },
    allowPlaintext: true,
    password: PASSWORD,
  });
  await api.updateSettings({ agentName: name });
  return services;
}

const imap = (dovecot: Dovecot) => new ImapFlow({ host: '127.0.0.1', port: dovecot.imapPort, secure: false, doSTARTTLS: false, auth: { user: SHOP, pass: PASSWORD }, logger: false, disableAutoIdle: true });

/**
 * The shared case log: how fast a change on one laptop shows on another (IDLE on the log folder),
 * beside the same server's IDLE delivery of a plain message; and how fast a new laptop replays the
 * log, beside a bare imapflow fetch of the same messages.
 */
export async function benchTeamLog(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-bench-team-'));
  const dovecot = await createDovecot([{ name: SHOP, password: PASSWORD }], {}, dir);
  console.log(`\n## Shared case log in the mailbox (Dovecot ${spawnSync('/usr/sbin/dovecot', ['--version'], { encoding: 'utf8' }).stdout.trim()} on 127.0.0.1)`);
  try {
    // 1. a change on A shown on B, pushed by IDLE; the floor: a bare client's EXISTS after an APPEND
    const a = await laptop(dovecot, dir, 'Anna');
    const b = await laptop(dovecot, dir, 'Bo');
    const apiA = createInMemoryClient(a.endpoint);
    const made = await apiA.createCase({ channel: 'phone', subject: 'Bench', customer: { name: 'Per' }, note: 'start' });
    await a.team.syncOnce();
    await b.team.syncOnce();
    const onB = b.repos.cases.bySharedKey(`manual:${made.id}`)!;
    a.team.start();
    b.team.start();
    await new Promise((r) => setTimeout(r, 1_000)); // B's IDLE is up
    const changeLat: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      const want = i % 2 ? 'high' : 'low';
      const t0 = performance.now();
      const seen = new Promise<void>((resolve) => {
        const off = b.events.subscribe((name, p) => {
          if (name === 'casesChanged' && (p as { ids: string[] }).ids.includes(onB.id) && b.repos.cases.get(onB.id)?.priority === (want === 'high' ? 1 : 3)) {
            off();
            resolve();
          }
        });
      });
      await apiA.updateCase({ id: made.id, priority: want });
      await seen;
      changeLat.push(performance.now() - t0);
    }
    await a.close();
    await b.close();

    const watcher = imap(dovecot);
    const writer = imap(dovecot);
    await watcher.connect();
    await writer.connect();
    await watcher.mailboxOpen('INBOX', { readOnly: true });
    let onExists: (() => void) | null = null;
    watcher.on('exists', () => onExists?.());
    const floorLat: number[] = [];
    for (let i = 0; i < ROUNDS; i++) {
      void watcher.idle().catch(() => {});
      await new Promise((r) => setTimeout(r, 150));
      const raw = await composeMail({ from: 'kund@kund.test', to: SHOP, subject: `Ping ${i}`, messageId: `<ping${i}@kund.test>`, text: 'ping' });
      const t0 = performance.now();
      const got = new Promise<void>((r) => (onExists = () => ((onExists = null), r())));
      await writer.append('INBOX', raw);
      await got;
      floorLat.push(performance.now() - t0);
      await watcher.noop();
    }
    await watcher.logout();
    const c = summarize(changeLat);
    const f = summarize(floorLat);
    console.log(
      table([
        ['', 'p50', 'p95', 'n'],
        ['change on A → shown on B (Växel, IDLE on the log)', ms(c.p50), ms(c.p95), String(c.n)],
        ['APPEND → EXISTS at a bare IDLE client (floor)', ms(f.p50), ms(f.p95), String(f.n)],
        ['ratio', ratio(c.p50, f.p50), ratio(c.p95, f.p95), ''],
      ]),
    );

    // 2. a new laptop replays REPLAY events; the peer fetches the same messages with bare imapflow
    const folder = await openLogFolder(writer);
    const tAppend = await timeIt(async () => {
      let lamport = 1_000;
      for (let i = 0; i < REPLAY; i++) {
        const key = `manual:bench-${i % 500}`;
        const e: TeamEvent =
          i < 500
            ? { v: 1, type: 'event', id: randomUUID(), caseKey: key, agent: 'Ali', lamport: ++lamport, at: 0, op: 'open', fields: { byHand: 1, channel: 'phone', subject: `Samtal ${i}`, note: 'Kund ringde' } }
            : { v: 1, type: 'event', id: randomUUID(), caseKey: key, agent: i % 3 ? 'Ali' : 'Kim', lamport: ++lamport, at: 0, op: i % 2 ? 'priority' : 'noteAdd', fields: i % 2 ? { to: 'high' } : { noteId: randomUUID(), body: `Notering ${i}`, author: 'Ali', createdAt: 0 } };
        await appendEntry(writer, folder.path, e, SHOP, new Date());
      }
    });
    await writer.logout();
    // the peer first (once to warm the server's cache, then measured): the new laptop compacts the log after reading it
    const bare = imap(dovecot);
    await bare.connect();
    await bare.mailboxOpen(folder.path, { readOnly: true });
    let fetched = 0;
    const fetchAll = async () => {
      fetched = 0;
      for await (const m of bare.fetch('1:*', { uid: true, source: true })) if (m.source) fetched++;
    };
    await fetchAll();
    const tBare = await timeIt(fetchAll);
    await bare.logout();
    const fresh = await laptop(dovecot, dir, 'Ny');
    let read = 0;
    const tReplay = await timeIt(async () => (read = (await fresh.team.syncOnce())?.read ?? 0));
    await fresh.close();
    const rate = (n: number, t: number) => `${Math.round(n / (t / 1000)).toLocaleString('en')}/s`;
    console.log(`\nreplaying the log (${REPLAY.toLocaleString('en')} events of 500 cases, appended in ${(tAppend / 1000).toFixed(1)} s):`);
    console.log(
      table([
        ['', 'entries', 'time', 'rate', 'vs peer'],
        ['new laptop: read, merge, make the cases, compact', String(read), `${(tReplay / 1000).toFixed(2)} s`, rate(read, tReplay), ratio(tReplay, tBare)],
        ['bare imapflow fetch of the same messages', String(fetched), `${(tBare / 1000).toFixed(2)} s`, rate(fetched, tBare), '1.00×'],
      ]),
    );
  } finally {
    await dovecot.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
