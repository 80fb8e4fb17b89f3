import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { composeMail } from '../fixtures/rawMail';
import { dovecotAvailable } from '../helpers/dovecot';
import { CLI_BUNDLE } from '../helpers/hostProcess';
import { createMailServer, PASSWORD, SHOP } from '../helpers/mailServer';
import { tempDir } from '../helpers/tempDir';

const skip = !dovecotAvailable() ? 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)' : !fs.existsSync(CLI_BUNDLE) ? 'dist/cli.cjs is not built (npm run build)' : false;

test('kill -9 of the sync process at random points, then a restart: nothing lost, nothing duplicated', { skip, timeout: 240_000 }, async () => {
  const mail = await createMailServer();
  const N = 900;
  for (let i = 0; i < N; i++) {
    await mail.append(await composeMail({ from: `Kund ${i % 50} <k${i % 50}@kund.test>`, to: SHOP, subject: `Ärende ${i % 300}`, messageId: `<k${i}@kund.test>`, text: `Meddelande ${i} ${'åäö '.repeat(200)}`, attachments: i % 10 === 0 ? [{ filename: `kvitto-${i}.pdf`, content: Buffer.alloc(50_000, i % 256) }] : [] }));
  }
  const dataDir = tempDir('vaxel-kill-');
  const pw = path.join(dataDir, 'pw');
  fs.writeFileSync(pw, PASSWORD);
  const cli = (args: string[]) => promisify(execFile)(process.execPath, [CLI_BUNDLE, ...args, '--data-dir', dataDir], { encoding: 'utf8' });
  await cli(['account', 'add', '--address', SHOP, '--imap-host', '127.0.0.1', '--imap-port', String(mail.dovecot.imapPort), '--imap-security', 'none', '--smtp-host', '127.0.0.1', '--smtp-port', String(mail.smtpPort), '--smtp-security', 'none', '--allow-plaintext', '--password-file', pw, '--no-test']);

  // seeded so a failure can be replayed: VAXEL_KILL_SEED=…
  let seed = Number(process.env.VAXEL_KILL_SEED ?? Date.now() % 100_000);
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const kills: number[] = [];
  for (let round = 0; round < 6; round++) {
    const child = spawn(process.execPath, [CLI_BUNDLE, 'sync', '--once', '--data-dir', dataDir], { stdio: 'ignore' });
    const at = 150 + Math.floor(random() * 1500);
    await new Promise<void>((resolve) => {
      const t = setTimeout(() => child.kill('SIGKILL'), at);
      child.once('exit', () => {
        clearTimeout(t);
        resolve();
      });
    });
    kills.push(at);
  }
  const final = await cli(['sync', '--once']);
  assert.match(final.stdout, /Synced 1 of 1 mailboxes/);

  const db = new Database(path.join(dataDir, 'vaxel.db'), { readonly: true });
  const one = (sql: string) => db.prepare(sql).pluck().get() as number;
  const note = `kill points ${kills.join(', ')} ms (seed ${process.env.VAXEL_KILL_SEED ?? 'from clock'})`;
  assert.equal(one('SELECT count(*) FROM messages'), N, note);
  assert.equal(one('SELECT count(DISTINCT rfc_message_id) FROM messages'), N, note);
  assert.equal(one('SELECT count(*) FROM attachments'), N / 10, note);
  assert.equal(one("SELECT count(*) FROM mail_uids WHERE folder = 'INBOX'"), N, note);
  assert.equal(one('SELECT count(*) FROM mail_failures'), 0, note);
  assert.equal(one("SELECT count(*) FROM cases WHERE channel = 'email'"), N, `one case per message: none is a reply; ${note}`);
  assert.equal(db.pragma('integrity_check', { simple: true }), 'ok');
  db.close();
});
