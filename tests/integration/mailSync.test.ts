import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { manualClock } from '../../shared/domain/clock';
import { silentLogger } from '../../electron/services/logger';
import { createAttachmentStore } from '../../electron/services/mail/attachmentStore';
import { syncAccountOnce, type FolderProgress } from '../../electron/services/mail/mailSync';
import { openDatabase } from '../../electron/services/store/database';
import { createRepositories } from '../../electron/services/store/repositories';
import { composeMail, oddMessages } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { createMailServer, CUSTOMER, SHOP } from '../helpers/mailServer';
import { tempDir } from '../helpers/tempDir';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';

function store() {
  const dir = tempDir();
  const db = openDatabase(path.join(dir, 'vaxel.db'));
  const repos = createRepositories(db);
  return { dir, db, repos, deps: { db, repos, clock: manualClock(Date.UTC(2026, 10, 21, 9, 0)), attachments: createAttachmentStore(dir), logger: silentLogger } };
}

const count = (db: ReturnType<typeof store>['db'], sql: string) => (db.prepare(sql).pluck().get() as number) ?? 0;

test('first sync fetches the whole history of INBOX and Sent, oddities included, in batches with progress', { skip, timeout: 120_000 }, async () => {
  const mail = await createMailServer();
  const history = 450; // more than two batches
  for (let i = 0; i < history; i++) {
    await mail.append(
      await composeMail({
        from: `Kund ${i} <kund${i % 37}@kund.test>`, to: SHOP, subject: i % 2 ? `Order ${1000 + i}` : `Fråga om leverans ${i}`,
        messageId: `<h${i}@kund.test>`, text: `Meddelande ${i} med åäö`, date: new Date(Date.UTC(2025, 0, 1) + i * 3600_000),
      }),
    );
  }
  for (const raw of Object.values(oddMessages)) await mail.append(raw);
  const big = Buffer.alloc(20 * 1024 * 1024);
  for (let i = 0; i < big.length; i += 4) big.writeUInt32LE((i * 2654435761) >>> 0, i);
  await mail.append(await composeMail({ from: 'stor@kund.test', to: SHOP, subject: 'Ritningar', messageId: '<big@kund.test>', text: 'Bifogar filen.', attachments: [{ filename: 'ritning.bin', content: big }] }));
  await mail.append(await composeMail({ from: SHOP, to: 'kund3@kund.test', subject: 'Re: Order 1003', messageId: '<sent1@shop.test>', inReplyTo: '<h3@kund.test>', references: ['<h3@kund.test>'], text: 'Skickad idag.' }), 'Sent', SHOP, ['\\Seen']);

  const s = store();
  const progress: FolderProgress[] = [];
  const counts = await syncAccountOnce(s.deps, mail.account(), { onProgress: (p) => progress.push(p) });
  const inboxTotal = history + Object.keys(oddMessages).length + 1;
  assert.equal(counts.fetched, inboxTotal + 1);
  assert.equal(counts.failed, 1, 'only the garbage message fails');
  assert.equal(counts.stored, inboxTotal);
  assert.equal(count(s.db, 'SELECT count(*) FROM messages'), inboxTotal);
  assert.equal(count(s.db, 'SELECT count(*) FROM mail_failures'), 1);
  assert.equal(count(s.db, "SELECT count(*) FROM messages WHERE rfc_message_id = 'same@kund.example'"), 2, 'both messages that share a Message-ID are kept');
  assert.equal(count(s.db, "SELECT count(*) FROM messages WHERE direction = 'out'"), 1, 'the Sent copy is the shop’s reply');
  assert.equal(count(s.db, "SELECT size FROM attachments WHERE filename = 'ritning.bin'"), big.length);
  assert.ok(s.deps.attachments.read(count(s.db, "SELECT sha256 FROM attachments WHERE filename = 'ritning.bin'") as unknown as string).equals(big));
  const inboxProgress = progress.filter((p) => p.folder === 'INBOX');
  assert.ok(inboxProgress.length >= 4, 'progress after every batch');
  assert.deepEqual(inboxProgress.at(-1), { accountId: 'acc-shop', folder: 'INBOX', done: inboxTotal, total: inboxTotal });
  assert.equal(count(s.db, "SELECT count(*) FROM messages m JOIN cases c ON c.id = m.case_id WHERE c.subject LIKE 'Fråga om leverans%' AND m.body_text LIKE '%åäö'"), history / 2);

  // the server is left as it was: nothing read, moved or deleted
  const onServer = await mail.messagesIn('INBOX');
  assert.equal(onServer.length, inboxTotal);
  assert.ok(onServer.every((m) => !m.flags.includes('\\Seen')), 'EXAMINE leaves \\Seen alone');

  // a second run fetches nothing; a new message is the only one fetched
  assert.equal((await syncAccountOnce(s.deps, mail.account())).fetched, 0);
  await mail.deliver(await composeMail({ from: `Ny <${CUSTOMER}>`, to: SHOP, subject: 'Ny fråga', messageId: '<new1@kund.test>', text: 'Hej igen' }));
  const again = await syncAccountOnce(s.deps, mail.account());
  assert.deepEqual([again.fetched, again.stored, again.newCases], [1, 1, 1]);
});

test('an interrupted sync resumes where it stopped; a UIDVALIDITY reset refetches without duplicates', { skip, timeout: 120_000 }, async () => {
  const mail = await createMailServer();
  for (let i = 0; i < 500; i++) await mail.append(await composeMail({ from: `k${i}@kund.test`, to: SHOP, subject: `Ärende ${i}`, messageId: `<r${i}@kund.test>`, text: `Text ${i}` }));
  const s = store();
  const stop = new AbortController();
  await assert.rejects(
    syncAccountOnce(s.deps, mail.account(), { signal: stop.signal, onProgress: (p) => p.done >= 200 && stop.abort() }),
    (e: Error) => e.name === 'AbortError',
  );
  const partial = count(s.db, 'SELECT count(*) FROM messages');
  assert.ok(partial >= 200 && partial < 500, `stopped part way (${partial})`);
  const rest = await syncAccountOnce(s.deps, mail.account());
  assert.equal(rest.fetched, 500 - partial, 'only what was missing is fetched');
  assert.equal(count(s.db, 'SELECT count(*) FROM messages'), 500);

  // renumber the folder on the server: Dovecot assigns a new UIDVALIDITY when its uid list is gone
  await mail.dovecot.stop();
  const maildir = mail.dovecot.maildir(SHOP);
  for (const f of fs.readdirSync(maildir)) if (f.startsWith('dovecot')) fs.rmSync(path.join(maildir, f), { force: true });
  await mail.dovecot.start();
  const reset = await syncAccountOnce(s.deps, mail.account());
  assert.equal(reset.uidvalidityResets, 1);
  assert.equal(reset.fetched, 500);
  assert.equal(reset.duplicates, 500);
  assert.equal(reset.stored, 0);
  assert.equal(count(s.db, 'SELECT count(*) FROM messages'), 500, 'nothing duplicated');
  await mail.deliver(await composeMail({ from: 'efter@kund.test', to: SHOP, subject: 'Efter omnumrering', text: 'x' }));
  assert.equal((await syncAccountOnce(s.deps, mail.account())).stored, 1, 'and new mail after the reset still arrives');
});

test('a server restart during sync: the sync fails with a network problem, the next run completes with nothing lost or doubled', { skip, timeout: 120_000 }, async () => {
  const mail = await createMailServer();
  const filler = 'Lorem ipsum dolor sit amet, åäö. '.repeat(2000);
  for (let i = 0; i < 600; i++) await mail.append(await composeMail({ from: `k${i}@kund.test`, to: SHOP, subject: `Ärende ${i}`, messageId: `<s${i}@kund.test>`, text: `${i} ${filler}` }));
  const s = store();
  let restarted = false;
  const failed = await syncAccountOnce(s.deps, mail.account(), {
    onProgress: (p) => {
      if (!restarted && p.done >= 200) {
        restarted = true;
        void mail.dovecot.kill();
      }
    },
  }).then(
    () => null,
    (e: Error) => e,
  );
  assert.ok(restarted);
  assert.ok(failed, 'the sync notices the server went away');
  await mail.dovecot.start();
  await syncAccountOnce(s.deps, mail.account());
  assert.equal(count(s.db, 'SELECT count(*) FROM messages'), 600);
  assert.equal(count(s.db, 'SELECT count(DISTINCT rfc_message_id) FROM messages'), 600);
});
