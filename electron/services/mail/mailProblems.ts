import type { z } from 'zod';
import type { MailProblemKindSchema, MailProblemSchema } from '../../../shared/contract/schemas';

export type MailProblemKind = z.output<typeof MailProblemKindSchema>;
export type MailProblem = z.output<typeof MailProblemSchema>;

const CERT_CODES = new Set([
  'DEPTH_ZERO_SELF_SIGNED_CERT',
  'SELF_SIGNED_CERT_IN_CHAIN',
  'UNABLE_TO_VERIFY_LEAF_SIGNATURE',
  'UNABLE_TO_GET_ISSUER_CERT',
  'UNABLE_TO_GET_ISSUER_CERT_LOCALLY',
  'CERT_HAS_EXPIRED',
  'CERT_NOT_YET_VALID',
  'CERT_UNTRUSTED',
  'ERR_TLS_CERT_ALTNAME_INVALID',
  'CERT_PINNED_MISMATCH',
]);

/** Every code and message on an error and the errors it wraps (imapflow's _err, cause, nodemailer's). */
function chain(e: unknown): Array<{ code?: string; message?: string; authenticationFailed?: boolean; responseCode?: number }> {
  type Link = { code?: string; message?: string; authenticationFailed?: boolean; responseCode?: number; _err?: unknown; cause?: unknown };
  const out: Link[] = [];
  let cur = e as Link | null | undefined;
  for (let i = 0; cur && typeof cur === 'object' && i < 6; i++) {
    out.push(cur);
    cur = (cur._err ?? cur.cause ?? null) as Link | null;
  }
  return out;
}

/**
 * Tell apart what went wrong talking to a mail server: a wrong password, a host that does not
 * exist, a refused connection, a timeout, a certificate nobody vouches for. The rest is 'server'
 * (the server said no) or 'network'.
 */
export function classifyMailError(e: unknown, server: 'imap' | 'smtp'): MailProblem {
  const links = chain(e);
  const text = links.map((l) => String(l.message ?? '')).join(' | ');
  // nodemailer wraps socket errors as ESOCKET and keeps the system code only in the message
  const codes = [...links.map((l) => String(l.code ?? '')), ...(text.match(/\bE[A-Z_]{3,}\b/g) ?? [])];
  const has = (...c: string[]) => codes.some((x) => c.includes(x));
  let kind: MailProblemKind;
  // Dovecot says "NO [UNAVAILABLE] Temporary authentication failure" while it starts or is busy:
  // that is no wrong password, and waiting a few seconds fixes it
  // this computer's disk, not the server: nothing was lost, and it goes on once there is room
  if (has('SQLITE_FULL', 'ENOSPC', 'DISK_FULL') || /database or disk is full/i.test(text)) kind = 'diskFull';
  else if (/\[UNAVAILABLE\]|temporary authentication failure|\b454\b.*temporar/i.test(text)) kind = 'unavailable';
  else if (links.some((l) => l.authenticationFailed) || has('EAUTH') || links.some((l) => l.responseCode === 535)) kind = 'auth';
  else if (codes.some((c) => CERT_CODES.has(c)) || /self[- ]signed|certificate|unable to verify/i.test(text)) kind = 'untrustedCertificate';
  else if (has('ENOTFOUND', 'EAI_AGAIN', 'EDNS', 'EAI_NONAME')) kind = 'hostNotFound';
  else if (has('ECONNREFUSED')) kind = 'refused';
  else if (has('ETIMEDOUT', 'CONNECT_TIMEOUT', 'GREETING_TIMEOUT', 'ETIMEOUT', 'SOCKET_TIMEOUT') || /time(d)? ?out/i.test(text)) kind = 'timeout';
  else if (has('ERR_SSL_WRONG_VERSION_NUMBER', 'ETLS', 'STARTTLS_REQUIRED') || /ssl|tls|starttls/i.test(text)) kind = 'tls';
  else if (has('ECONNRESET', 'EPIPE', 'ENETUNREACH', 'EHOSTUNREACH', 'ENETDOWN', 'NoConnection', 'EConnectionClosed', 'ESOCKET', 'ECONNECTION')) kind = 'network';
  else kind = 'server';
  return { kind, server, message: text.slice(0, 500) || String(e) };
}

/** Problems worth retrying by themselves later: the network or the server may come back. */
export const isTransient = (p: MailProblem) => p.kind === 'network' || p.kind === 'timeout' || p.kind === 'refused' || p.kind === 'hostNotFound' || p.kind === 'unavailable' || p.kind === 'diskFull';
