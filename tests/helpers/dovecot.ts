import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { freePort, waitForPort } from './freePort';

/**
 * The environment without libfaketime: the suite also runs with the clock moved (faketime), and that
 * is a test of Växel, not of Dovecot, which stays on the real clock like a shop's mail server would.
 */
export function realClockEnv(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const k of Object.keys(env)) if (k === 'LD_PRELOAD' || k.startsWith('FAKETIME')) delete env[k];
  return env;
}

export const DOVECOT_BIN = process.env.VAXEL_DOVECOT ?? '/usr/sbin/dovecot';
export const dovecotAvailable = () => fs.existsSync(DOVECOT_BIN);

export interface MailUser {
  name: string;
  password: string;
}

export interface Dovecot {
  dir: string;
  imapPort: number;
  /** Implicit TLS, with a self-signed certificate, when created with { tls: true }; else 0. */
  imapsPort: number;
  /** The PEM of that certificate. */
  certificatePem: string | null;
  lmtpPort: number;
  users: MailUser[];
  maildir(user: string): string;
  start(): Promise<void>;
  stop(): Promise<void>;
  /** The server dies at once with every connection it had (SIGKILL to the whole process group). */
  kill(): Promise<void>;
  log(): string;
}

/**
 * A private Dovecot on 127.0.0.1 with its own config, passwd-file and Maildirs in a temp dir: the
 * real IMAP server the e-mail tests talk to. As root, mail is owned by an unprivileged uid, since
 * Dovecot will not access mail as uid 0.
 */
export async function createDovecot(users: MailUser[], o: { tls?: boolean } = {}, dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-dovecot-'))): Promise<Dovecot> {
  if (!dovecotAvailable()) throw new Error(`Dovecot is missing at ${DOVECOT_BIN}: install it with 'apt-get install -y dovecot-imapd dovecot-lmtpd'`);
  const isRoot = process.getuid?.() === 0;
  const uid = isRoot ? 64000 : process.getuid!();
  const gid = isRoot ? 64000 : process.getgid!();
  const me = os.userInfo().username;
  const imapPort = await freePort();
  const lmtpPort = await freePort();
  const imapsPort = o.tls ? await freePort() : 0;
  let certificatePem: string | null = null;
  if (o.tls) {
    // a self-signed certificate for a name that is not 127.0.0.1: untrusted twice over, as a small shop's server often is
    const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=mail.shop.test', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`openssl could not make a test certificate: ${r.stderr}`);
    certificatePem = fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8');
  }
  for (const d of ['run', 'state', 'home']) fs.mkdirSync(path.join(dir, d), { recursive: true });
  fs.chmodSync(dir, 0o755);
  const home = (u: string) => path.join(dir, 'home', u);
  fs.writeFileSync(
    path.join(dir, 'passwd'),
    users.map((u) => `${u.name}:{PLAIN}${u.password}:${uid}:${gid}::${home(u.name)}::`).join('\n') + '\n',
  );
  for (const u of users) {
    for (const sub of ['cur', 'new', 'tmp']) fs.mkdirSync(path.join(home(u.name), 'Maildir', sub), { recursive: true });
    if (isRoot) spawnSync('chown', ['-R', `${uid}:${gid}`, home(u.name)]);
  }
  const conf = `
base_dir = ${dir}/run
state_dir = ${dir}/state
log_path = ${dir}/dovecot.log
info_log_path = ${dir}/dovecot.log
listen = 127.0.0.1
protocols = imap lmtp
${o.tls ? `ssl = yes\nssl_cert = <${dir}/cert.pem\nssl_key = <${dir}/key.pem` : 'ssl = no'}
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = ${uid}
mail_location = maildir:~/Maildir
mail_privileged_group =
${isRoot ? '' : `default_login_user = ${me}\ndefault_internal_user = ${me}\n`}
passdb {
  driver = passwd-file
  args = scheme=PLAIN username_format=%u ${dir}/passwd
}
userdb {
  driver = passwd-file
  args = username_format=%u ${dir}/passwd
}
service imap-login {
  inet_listener imap {
    address = 127.0.0.1
    port = ${imapPort}
  }
  inet_listener imaps {
    address = 127.0.0.1
    port = ${imapsPort}
  }
}
service lmtp {
  inet_listener lmtp {
    address = 127.0.0.1
    port = ${lmtpPort}
  }
}
service anvil {
  chroot =
}
service imap-login {
  chroot =
}
protocol imap {
  mail_max_userip_connections = 100
  # IDLE learns of new mail by inotify; where that misses a change (a CI run with many Dovecots and
  # Chromium sharing the machine's inotify instances did), Dovecot looks again only every 30 s by
  # default, longer than a push test waits. Each second instead, as a busy shop's server may be set.
  mailbox_idle_check_interval = 1 secs
}
protocol lmtp {
  postmaster_address = postmaster@example.test
}
namespace inbox {
  inbox = yes
  separator = /
  mailbox Sent {
    special_use = \\Sent
    auto = subscribe
  }
  mailbox Drafts {
    special_use = \\Drafts
    auto = subscribe
  }
  mailbox Trash {
    special_use = \\Trash
    auto = subscribe
  }
}
`;
  const confFile = path.join(dir, 'dovecot.conf');
  fs.writeFileSync(confFile, conf);
  let child: ChildProcess | null = null;

  const dovecot: Dovecot = {
    dir,
    imapPort,
    imapsPort,
    certificatePem,
    lmtpPort,
    users,
    maildir: (u) => path.join(home(u), 'Maildir'),
    log: () => (fs.existsSync(path.join(dir, 'dovecot.log')) ? fs.readFileSync(path.join(dir, 'dovecot.log'), 'utf8') : ''),
    async start() {
      child = spawn(DOVECOT_BIN, ['-F', '-c', confFile], { stdio: ['ignore', 'pipe', 'pipe'], detached: true, env: realClockEnv() });
      let err = '';
      child.stderr!.on('data', (d) => (err += d));
      const exited = new Promise<never>((_, reject) => child!.once('exit', (code) => reject(new Error(`dovecot exited (${code}): ${err}\n${dovecot.log()}`))));
      await Promise.race([Promise.all([waitForPort(imapPort), waitForPort(lmtpPort)]), exited]);
      exited.catch(() => {});
    },
    async kill() {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => c.once('exit', () => resolve()));
      process.kill(-c.pid!, 'SIGKILL');
      await exited;
      // the imap processes are in the group too; give the kernel a moment to close their sockets
      await new Promise((r) => setTimeout(r, 100));
    },
    async stop() {
      const c = child;
      child = null;
      if (!c || c.exitCode !== null) return;
      await new Promise<void>((resolve) => {
        c.once('exit', () => resolve());
        c.kill('SIGTERM');
      });
    },
  };
  await dovecot.start();
  return dovecot;
}
