import fs from 'node:fs';
import type { AppApi } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/errors';
import { DEFAULT_MAIL_PORTS, MAIL_SECURITY, type MailSecurity } from '../../shared/domain/mailServers';
import type { Services } from '../services/app/createServices';
import { loadMailAccount } from '../services/mail/mailAccounts';
import { addCounts, emptyCounts, syncAccountOnce } from '../services/mail/mailSync';
import { sendDueEmails } from '../services/mail/sendEmails';
import { takeOnFirstReply } from '../services/cases/caseCommands';
import { consoleLogger } from '../services/logger';

type Out = { log(s: string): void; err(s: string): void };
export type MailOptions = Record<string, string | boolean | undefined>;


function server(o: MailOptions, kind: 'imap' | 'smtp', address: string) {
  const host = o[`${kind}-host`];
  if (typeof host !== 'string' || !host) throw new AppError('INVALID_INPUT', `account add needs --${kind}-host`);
  const security = (o[`${kind}-security`] ?? (kind === 'imap' ? 'tls' : 'starttls')) as MailSecurity;
  if (!MAIL_SECURITY.includes(security)) throw new AppError('INVALID_INPUT', `--${kind}-security is one of ${MAIL_SECURITY.join(', ')}`);
  const port = o[`${kind}-port`] === undefined ? DEFAULT_MAIL_PORTS[kind][security] : Number(o[`${kind}-port`]);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new AppError('INVALID_INPUT', `--${kind}-port takes a port number`);
  return { host, port, security, username: typeof o.username === 'string' ? o.username : address };
}

/** The password from --password-file, or the VAXEL_MAIL_PASSWORD variable: never from the command line. */
function password(o: MailOptions): string {
  if (typeof o['password-file'] === 'string') return fs.readFileSync(o['password-file'], 'utf8').replace(/\r?\n$/, '');
  const env = process.env.VAXEL_MAIL_PASSWORD;
  if (env) return env;
  throw new AppError('INVALID_INPUT', 'give the password with --password-file FILE or in VAXEL_MAIL_PASSWORD (never on the command line, where others can see it)');
}

export async function accountAdd(api: AppApi, o: MailOptions, out: Out): Promise<number> {
  const address = o.address;
  if (typeof address !== 'string') throw new AppError('INVALID_INPUT', 'account add needs --address');
  const input = {
    label: typeof o.label === 'string' ? o.label : address,
    address,
    displayName: typeof o['display-name'] === 'string' ? o['display-name'] : '',
    imap: server(o, 'imap', address),
    smtp: server(o, 'smtp', address),
    allowPlaintext: o['allow-plaintext'] === true,
    password: password(o),
  };
  if (o['no-test'] !== true) {
    const r = await api.testAccount(input);
    for (const [name, check] of [['IMAP', r.imap], ['SMTP', r.smtp]] as const) {
      if (check.ok) continue;
      out.err(`${name}: ${check.problem!.kind}: ${check.problem!.message}`);
      if (check.problem!.certificate) out.err(`  certificate ${check.problem!.certificate.subject}\n  SHA-256 ${check.problem!.certificate.fingerprint}`);
      out.err('The account was not saved. Fix the settings, or add --no-test to save it anyway.');
      return 1;
    }
  }
  const account = await api.saveAccount(input);
  out.log(`Added mailbox ${account.address} (${account.id}).`);
  return 0;
}

export async function accountsList(api: AppApi, json: boolean, out: Out): Promise<number> {
  const list = await api.listAccounts();
  if (json) out.log(JSON.stringify(list, null, 2));
  else for (const a of list) out.log(`${a.id}  ${a.address}  imap ${a.imap.host}:${a.imap.port} (${a.imap.security})  smtp ${a.smtp.host}:${a.smtp.port} (${a.smtp.security})`);
  return 0;
}

/** `sync --once`: every mailbox (or one), with progress lines and one summary line. */
export async function syncOnce(services: Services, o: MailOptions, out: Out): Promise<number> {
  const accounts = services.repos.accounts.list().filter((a) => !o.account || a.id === o.account || a.address === o.account);
  if (accounts.length === 0) throw new AppError('NOT_FOUND', o.account ? `there is no mailbox ${String(o.account)}` : 'there is no mailbox yet: add one with `account add`');
  let total = emptyCounts();
  let failedAccounts = 0;
  for (const a of accounts) {
    const account = loadMailAccount(services, a.id);
    let lastLine = 0;
    try {
      const counts = await syncAccountOnce(
        { ...services, logger: consoleLogger('sync') },
        account,
        {
          // the shared log's state (owners, notes, numbers) is shown on the cases this sync brings
          onCases: (ids) => services.events.emit('casesChanged', { ids }),
          onProgress: (p) => {
            if (p.total === 0) return;
            if (p.done === p.total || Date.now() - lastLine > 1000) {
              lastLine = Date.now();
              out.log(`${a.address} ${p.folder}: ${p.done}/${p.total}`);
            }
          },
        },
      );
      total = addCounts(total, counts);
    } catch (e) {
      failedAccounts++;
      out.err(`${a.address}: ${(e as Error).message}`);
    }
  }
  out.log(
    `Synced ${accounts.length - failedAccounts} of ${accounts.length} mailboxes: ${total.fetched} fetched, ${total.stored} stored, ${total.duplicates} already here, ${total.failed} unreadable, ${total.newCases} new cases.`,
  );
  // then the shop's shared case state: owners, statuses, notes and numbers
  try {
    const team = await services.team.syncOnce();
    if (team) out.log(`Shared case log (${team.folder}): ${team.read} read, ${team.appended} sent${team.reset ? ', written back after the folder was lost' : ''}${team.compacted ? ', compacted' : ''}.`);
  } catch (e) {
    failedAccounts++;
    out.err(`Shared case log: ${(e as Error).message}; changes wait here and go out at the next sync.`);
  }
  return failedAccounts ? 1 : 0;
}

/** `send`: what is due in the outbox goes out now. */
export async function sendOutbox(services: Services, out: Out): Promise<number> {
  const r = await sendDueEmails({ ...services, logger: consoleLogger('send'), loadAccount: (id) => loadMailAccount(services, id) });
  for (const id of new Set(r.sentCases)) takeOnFirstReply(services, id);
  for (const p of r.problems) out.err(`${p.server}: ${p.kind}: ${p.message}`);
  out.log(`Sent ${r.sent}, found already sent ${r.foundInSent}, failed ${r.failed}; ${services.repos.outbox.pendingCount()} still waiting.`);
  return r.failed ? 1 : 0;
}
