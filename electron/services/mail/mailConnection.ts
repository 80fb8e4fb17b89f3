import net from 'node:net';
import tls from 'node:tls';
import type { ImapFlowOptions } from 'imapflow';
import type SMTPTransport from 'nodemailer/lib/smtp-transport';
import type { Account } from '../../../shared/contract/api';
import type { MailAccount } from './mailAccounts';

type Pins = Account['pinnedCertificates'];

/**
 * TLS settings for a server: the system's authorities, plus the certificates the agent pinned
 * after seeing their fingerprint. A pinned certificate is trusted for exactly that certificate,
 * whatever host name it carries.
 */
export function tlsOptions(host: string, pins: Pins): tls.ConnectionOptions {
  const base: tls.ConnectionOptions = { minVersion: 'TLSv1.2', ...(net.isIP(host) ? {} : { servername: host }) };
  if (pins.length === 0) return base;
  const pinned = new Set(pins.map((p) => p.fingerprint));
  return {
    ...base,
    ca: [...tls.rootCertificates, ...pins.map((p) => p.pem)],
    checkServerIdentity: (h, cert) => (pinned.has(cert.fingerprint256) ? undefined : tls.checkServerIdentity(h, cert)),
  };
}

export interface ConnectionTuning {
  /** Budget for DNS, TCP and TLS together. */
  connectTimeoutMs?: number;
  /** Silence after which a connection is given up. */
  socketTimeoutMs?: number;
}

export function imapOptions(a: MailAccount, t: ConnectionTuning = {}): ImapFlowOptions {
  const s = a.imap;
  return {
    host: s.host,
    port: s.port,
    secure: s.security === 'tls',
    doSTARTTLS: s.security === 'starttls' ? true : s.security === 'none' ? false : undefined,
    auth: { user: s.username || a.address, pass: a.secrets.imap },
    tls: tlsOptions(s.host, a.pinnedCertificates),
    logger: false,
    disableAutoIdle: true,
    qresync: true,
    clientInfo: { name: 'Växel' },
    connectionTimeout: t.connectTimeoutMs ?? 20_000,
    greetingTimeout: t.connectTimeoutMs ?? 16_000,
    socketTimeout: t.socketTimeoutMs ?? 5 * 60_000,
    // IDLE is restarted now and then: some servers and NAT boxes drop a silent connection
    maxIdleTime: 4 * 60_000,
  };
}

export function smtpOptions(a: MailAccount, t: ConnectionTuning = {}): SMTPTransport.Options {
  const s = a.smtp;
  const pass = a.secrets.smtp ?? a.secrets.imap;
  return {
    host: s.host,
    port: s.port,
    secure: s.security === 'tls',
    requireTLS: s.security === 'starttls',
    ignoreTLS: s.security === 'none',
    auth: pass ? { user: s.username || a.address, pass } : undefined,
    tls: tlsOptions(s.host, a.pinnedCertificates),
    connectionTimeout: t.connectTimeoutMs ?? 20_000,
    greetingTimeout: t.connectTimeoutMs ?? 16_000,
    socketTimeout: t.socketTimeoutMs ?? 60_000,
    name: a.address.split('@')[1],
  };
}
