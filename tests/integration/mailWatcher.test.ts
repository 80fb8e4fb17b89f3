import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { systemClock } from '../../shared/domain/clock';
import { silentLogger } from '../../electron/services/logger';
import { createAttachmentStore } from '../../electron/services/mail/attachmentStore';
import { startMailWatcher, type WatcherStatus } from '../../electron/services/mail/mailWatcher';
import { openDatabase } from '../../electron/services/store/database';
import { createRepositories } from '../../electron/services/store/repositories';
import { composeMail } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, PASSWORD, SHOP } from '../helpers/mailServer';
import { tempDir } from '../helpers/tempDir';
import { until } from '../helpers/until';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';


function store() {
  const dir = tempDir();
  const db = openDatabase(path.join(dir, 'vaxel.db'));
  const repos = createRepositories(db);
  const subjects = () => db.prepare<[], string>('SELECT subject FROM messages ORDER BY id').pluck().all();
  return { db, subjects, deps: { db, repos, clock: systemClock, attachments: createAttachmentStore(dir), logger: silentLogger } };
}

test('new mail is pushed with IDLE; after a server crash the watcher reconnects and catches up', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  await mail.append(await composeMail({ from: 'a@kund.test', to: SHOP, subject: 'Före start', text: 'x' }));
  const s = store();
  const statuses: WatcherStatus[] = [];
  const changed: string[] = [];
  // a poll interval far beyond the test: only IDLE can bring the message in time
  const w = startMailWatcher(s.deps, () => mail.account(), { onStatus: (x) => statuses.push(x), onCases: (ids) => changed.push(...ids) }, { pollMs: 600_000, backoffMs: [100, 400] });
  try {
    await until('the first sync', () => w.status().state === 'watching');
    assert.equal(w.status().push, true);
    assert.deepEqual(s.subjects(), ['Före start']);

    const t0 = Date.now();
    await mail.deliver(await composeMail({ from: 'b@kund.test', to: SHOP, subject: 'Pushad', text: 'y' }));
    await until('the pushed message', () => s.subjects().includes('Pushad'), 5_000);
    assert.ok(Date.now() - t0 < 5_000);
    assert.ok(changed.length >= 2);

    await mail.dovecot.kill();
    const offline = await until('the watcher to notice', () => statuses.find((x) => x.state === 'offline'));
    assert.ok(offline.problem && ['network', 'refused'].includes(offline.problem.kind), JSON.stringify(offline.problem));
    // mail that arrives while Växel is cut off
    await mail.dovecot.start();
    await mail.deliver(await composeMail({ from: 'c@kund.test', to: SHOP, subject: 'Under avbrottet', text: 'z' }));
    await until('catch-up after reconnect', () => s.subjects().includes('Under avbrottet'), 20_000);
    assert.deepEqual(s.subjects().sort(), ['Före start', 'Pushad', 'Under avbrottet'].sort());
  } finally {
    await w.stop();
  }
  assert.equal(w.status().state, 'stopped');
});

test('mail that comes while Sent is synced, after the inbox was, is fetched at once: no push announces it', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  await mail.append(await composeMail({ from: SHOP, to: 'kund@kund.test', subject: 'Skickat', text: 's' }), 'Sent', SHOP, ['\\Seen']);
  const s = store();
  const raw = (await composeMail({ from: 'd@kund.test', to: SHOP, subject: 'Mellan mapparna', text: 'm' })).toString('base64');
  const account = mail.account();
  let synced = 0;
  const w = startMailWatcher(s.deps, () => mail.account(), {
    onSynced: () => {
      // right after the inbox's first sync, before Sent's: delivered by another process while this
      // one waits, so the message is in the inbox before the watcher opens it again for IDLE
      if (++synced !== 1) return;
      const appended = spawnSync(process.execPath, ['-e', APPEND_FROM_CHILD], { env: { ...process.env, VAXEL_T_PORT: String(account.imap.port), VAXEL_T_USER: SHOP, VAXEL_T_PASS: PASSWORD, VAXEL_T_RAW: raw }, encoding: 'utf8' });
      assert.equal(appended.status, 0, appended.stderr);
    },
  }, { pollMs: 600_000, backoffMs: [100, 400] });
  try {
    // with a poll far beyond the test and no 'exists' for it, only the check before IDLE brings it
    await until('the message that came between the folders', () => s.subjects().includes('Mellan mapparna'), 5_000);
    assert.equal(synced >= 3, true, 'the inbox was synced again after Sent');
  } finally {
    await w.stop();
  }
});

/** Appends VAXEL_T_RAW to INBOX with imapflow, in a process of its own (so the test's own waits). */
const APPEND_FROM_CHILD = `
const { ImapFlow } = require(${JSON.stringify(require.resolve('imapflow'))});
const c = new ImapFlow({ host: '127.0.0.1', port: Number(process.env.VAXEL_T_PORT), secure: false, auth: { user: process.env.VAXEL_T_USER, pass: process.env.VAXEL_T_PASS }, logger: false });
c.connect().then(() => c.append('INBOX', Buffer.from(process.env.VAXEL_T_RAW, 'base64'))).then(() => c.logout()).then(() => process.exit(0), (e) => { console.error(e); process.exit(1); });
`;

test('a wrong password is reported as such and retried only slowly', { skip, timeout: 30_000 }, async () => {
  const mail = await createMailServer();
  const s = store();
  const w = startMailWatcher(s.deps, () => mail.account({ secrets: { imap: `${PASSWORD}-fel` } }), {}, { backoffMs: [100, 60_000] });
  try {
    const st = await until('the auth problem', () => (w.status().state === 'offline' ? w.status() : null));
    assert.equal(st.problem?.kind, 'auth');
    assert.ok(st.nextRetryAt! - Date.now() > 30_000, 'no hammering of the server with a wrong password');
  } finally {
    await w.stop();
  }
});

test('after the laptop slept (a wait that overran by far), the watcher reconnects and catches up', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  const s = store();
  const states: string[] = [];
  const w = startMailWatcher(s.deps, () => mail.account(), { onStatus: (x) => states.push(x.state) }, { pollMs: 300, sleepJumpMs: 500, backoffMs: [100, 400] });
  try {
    await until('the first sync', () => w.status().state === 'watching');
    await mail.deliver(await composeMail({ from: 'sov@kund.test', to: SHOP, subject: 'Medan datorn sov', text: 'z' }));
    const connectsBefore = states.filter((x) => x === 'connecting').length;
    // the whole process stands still, as in suspend: timers fire late, sockets may be dead
    Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
    await until('the catch-up', () => s.subjects().includes('Medan datorn sov'));
    await until('a fresh connection', () => states.filter((x) => x === 'connecting').length > connectsBefore);
    await until('watching again', () => w.status().state === 'watching');
  } finally {
    await w.stop();
  }
});
