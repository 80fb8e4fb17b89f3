import type { Account, MethodArgs } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import type { Clock } from '../../../shared/domain/clock';
import type { SecretBox } from '../secrets/secretBox';
import type { Repositories } from '../store/repositories';

export interface MailSecrets {
  imap: string;
  smtp?: string;
}

/** An account with its passwords opened, for the services that connect. Never leaves them. */
export interface MailAccount extends Account {
  secrets: MailSecrets;
}

import { isLoopbackHost } from '../../../shared/domain/transportSecurity';

interface Deps {
  repos: Repositories;
  secrets: SecretBox;
  clock: Clock;
}

/**
 * Save a mailbox. Unencrypted connections are refused unless the agent explicitly allowed them
 * and the server is this computer; passwords are sealed before they reach the database.
 */
export function saveMailAccount(d: Deps, input: MethodArgs<'saveAccount'>): Account {
  assertTransportAllowed(input);
  const existing = input.id ? d.repos.accounts.get(input.id) : null;
  if (input.id && !existing) throw new AppError('NOT_FOUND', `there is no account ${input.id}`);
  storedSecretsFor(d, input);
  let sealed: Buffer | null = null;
  if (input.password !== undefined || input.smtpPassword !== undefined) {
    const before = existing ? openSecrets(d, existing.id) : null;
    const secrets: MailSecrets = { imap: input.password ?? before?.imap ?? '' };
    const smtp = input.smtpPassword ?? before?.smtp;
    if (smtp !== undefined) secrets.smtp = smtp;
    sealed = d.secrets.seal(JSON.stringify(secrets));
  }
  const { id, label, password: _p, smtpPassword: _s, ...config } = input;
  return d.repos.accounts.save(id, label, config, sealed, d.clock.now());
}

type ServerInput = MethodArgs<'saveAccount'>['imap'];

/** One rule for saving and for testing: no clear text, except to this computer when explicitly allowed. */
export function assertTransportAllowed(input: Pick<MethodArgs<'saveAccount'>, 'imap' | 'smtp' | 'allowPlaintext'>): void {
  for (const [name, server] of [['IMAP', input.imap], ['SMTP', input.smtp]] as const) {
    if (server.security === 'none' && !(input.allowPlaintext && isLoopbackHost(server.host))) {
      throw refused(
        'plaintextRefused',
        `${name} without encryption is allowed only to this computer (localhost) and only when unencrypted connections are explicitly allowed; choose TLS or STARTTLS for ${server.host}`,
        { server: name, host: server.host },
      );
    }
  }
}

const sameServer = (a: ServerInput, b: ServerInput) =>
  a.host.toLowerCase() === b.host.toLowerCase() && a.port === b.port && a.security === b.security && (a.username ?? '') === (b.username ?? '');

/**
 * The saved passwords of an account, for a test or a save that gives none: only to the very
 * servers they were given for. A changed host, port, security or user name needs the password
 * again, so a stored password can never be sent somewhere new.
 */
export function storedSecretsFor(d: Deps, input: Pick<MethodArgs<'saveAccount'>, 'id' | 'imap' | 'smtp' | 'password' | 'smtpPassword'>): MailSecrets | null {
  if (!input.id) return null;
  const stored = d.repos.accounts.get(input.id);
  if (!stored) throw new AppError('NOT_FOUND', `there is no account ${input.id}`);
  const secrets = openSecrets(d, input.id);
  if (input.password === undefined && !sameServer(stored.imap, input.imap)) {
    throw refused('passwordNeeded', 'the IMAP server settings changed: enter the password again', { server: 'IMAP' });
  }
  if (input.smtpPassword === undefined && input.password === undefined && !sameServer(stored.smtp, input.smtp)) {
    throw refused('passwordNeeded', 'the SMTP server settings changed: enter the password again', { server: 'SMTP' });
  }
  return secrets;
}

function openSecrets(d: Deps, id: string): MailSecrets | null {
  const sealed = d.repos.accounts.sealedSecret(id);
  return sealed ? (JSON.parse(d.secrets.open(sealed)) as MailSecrets) : null;
}

export function loadMailAccount(d: Deps, id: string): MailAccount {
  const account = d.repos.accounts.get(id);
  if (!account) throw new AppError('NOT_FOUND', `there is no account ${id}`);
  return { ...account, secrets: openSecrets(d, id) ?? { imap: '' } };
}
