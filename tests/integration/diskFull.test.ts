import { test, after } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nodemailer from 'nodemailer';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { manualClock } from '../../shared/domain/clock';
import { createServices } from '../../electron/services/app/createServices';
import { silentLogger } from '../../electron/services/logger';
import { loadMailAccount } from '../../electron/services/mail/mailAccounts';
import { classifyMailError } from '../../electron/services/mail/mailProblems';
import { syncAccountOnce } from '../../electron/services/mail/mailSync';
import { sendDueEmails } from '../../electron/services/mail/sendEmails';
import { composeMail } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, CUSTOMER, PASSWORD, SHOP } from '../helpers/mailServer';

/**
 * A full disk for real: the data directory is a small tmpfs, filled by a file until the kernel
 * says ENOSPC, so SQLite and the attachment store meet the same failure a laptop would.
 */
function smallDisk(): { dir: string; fill(): void; free(): void } | string {
  if (process.platform !== 'linux' || process.getuid?.() !== 0) return 'mounting a small tmpfs needs root on Linux';
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-full-'));
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', 'size=24m,mode=0700', 'tmpfs', dir]);
  if (mounted.status !== 0) {
    fs.rmSync(dir, { recursive: true, force: true });
    return `tmpfs could not be mounted: ${String(mounted.stderr).trim()}`;
  }
  after(() => {
    spawnSync('umount', ['-l', dir]);
    fs.rmSync(dir, { recursive: true, force: true });
  });
  const filler = path.join(dir, 'filler');
  return {
    dir: path.join(dir, 'data'),
    fill() {
      const fd = fs.openSync(filler, 'a');
      const chunk = Buffer.alloc(64 * 1024, 1);
      try {
        for (;;) fs.writeSync(fd, chunk);
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code !== 'ENOSPC') throw e;
      } finally {
        fs.closeSync(fd);
      }
    },
    free: () => fs.rmSync(filler, { force: true }),
  };
}

const disk = dovecotAvailable() ? smallDisk() : 'Dovecot is not installed';
const skip = typeof disk === 'string' ? disk : false;

test('disk full during a sync and during a send: a clear problem, nothing lost or sent twice, and it carries on once there is room', { skip, timeout: 120_000 }, async () => {
  if (typeof disk === 'string') return;
  const mail = await createMailServer();
  const clock = manualClock(Date.parse('2026-11-23T10:00:00+01:00'));
  const services = createServices({ dataDir: disk.dir, mode: 'test', clock, osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  const { id, hasSecret, createdAt, secrets, kind, ...form } = mail.account();
  const account = await api.saveAccount({ ...form, password: PASSWORD });
  const d = { ...services, logger: silentLogger };
  const sync = () => syncAccountOnce(d, loadMailAccount(services, account.id));
  const count = (sql: string) => services.db.prepare(sql).pluck().get() as number;

  await mail.deliver(await composeMail({ from: CUSTOMER, to: SHOP, subject: 'Först', messageId: '<first@kund.test>', text: 'Hej' }));
  await sync();
  assert.equal(count('SELECT count(*) FROM messages'), 1);

  // ---- a sync with the disk full
  const photo = Buffer.alloc(400_000, 7);
  for (let i = 0; i < 20; i++) {
    await mail.deliver(await composeMail({ from: CUSTOMER, to: SHOP, subject: `Bild ${i}`, messageId: `<img${i}@kund.test>`, text: `bild ${i} `.repeat(500), attachments: [{ filename: `bild${i}.jpg`, content: Buffer.concat([photo, Buffer.from(String(i))]) }] }));
  }
  disk.fill();
  const failed = await sync().then(() => null, (e: unknown) => e);
  assert.ok(failed, 'the sync stops');
  assert.equal(classifyMailError(failed, 'imap').kind, 'diskFull', `told as a full disk: ${String(failed)}`);
  const storedWhileFull = count('SELECT count(*) FROM messages');
  assert.ok(storedWhileFull < 21, 'it stopped short');

  disk.free();
  await sync();
  assert.equal(count('SELECT count(*) FROM messages'), 21, 'every message once there is room');
  assert.equal(count('SELECT count(DISTINCT rfc_message_id) FROM messages'), 21, 'none twice');
  assert.equal(count('SELECT count(*) FROM mail_failures'), 0, 'nothing was put aside as unreadable');

  // ---- a send with the disk full: before the attempt, and between the server's yes and writing it down
  // two cases, one reply each (a second reply in one thread would be held for the agent to look at)
  const cases = (await api.listCases({ filter: 'all' })).items.filter((x) => x.subject === 'Först' || x.subject === 'Bild 0');
  assert.equal(cases.length, 2);
  const replies = [];
  for (const c of cases) {
    const question = (await api.getCase({ id: c.id })).messages[0]!;
    replies.push(await api.sendEmail({ caseId: c.id, replyToMessageId: question.id, body: `Svar på ${c.subject}` }));
  }
  clock.advance(10_000);
  disk.fill();
  await assert.rejects(sendDueEmails({ ...d, loadAccount: (x) => loadMailAccount(services, x) }), (e) => classifyMailError(e, 'smtp').kind === 'diskFull');
  assert.equal(mail.accepted.length, 0, 'nothing went out when nothing could be written');
  disk.free();

  // the server takes the first, then the disk fills before that is written down
  let sentOne = false;
  const fillingTransport: typeof nodemailer.createTransport = ((o: Parameters<typeof nodemailer.createTransport>[0]) => {
    const t = nodemailer.createTransport(o);
    const sendMail = t.sendMail.bind(t);
    t.sendMail = (async (m: Parameters<typeof sendMail>[0]) => {
      const r = await sendMail(m);
      if (!sentOne) {
        sentOne = true;
        disk.fill();
      }
      return r;
    }) as typeof t.sendMail;
    return t;
  }) as typeof nodemailer.createTransport;
  await assert.rejects(sendDueEmails({ ...d, loadAccount: (x) => loadMailAccount(services, x) }, { createTransport: fillingTransport }));
  assert.equal(mail.accepted.length, 1);
  disk.free();
  clock.advance(600_000);
  const r = await sendDueEmails({ ...d, loadAccount: (x) => loadMailAccount(services, x) });
  assert.equal(r.foundInSent, 1, 'the one the server took is found in Sent: ' + JSON.stringify(r));
  assert.equal(r.sent, 1, 'the other goes out now: ' + JSON.stringify(r));
  assert.equal(mail.accepted.length, 2, 'each went out once');
  for (const c of cases) {
    const states = (await api.getCase({ id: c.id })).messages.filter((m) => m.direction === 'out').map((m) => m.delivery?.state);
    assert.deepEqual(states, ['sent'], `the reply in ${c.subject} shows as sent`);
  }
  assert.equal(replies.length, 2);
  await services.close();
});
