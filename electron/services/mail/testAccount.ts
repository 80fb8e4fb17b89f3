import nodemailer from 'nodemailer';
import type { MailAccount } from './mailAccounts';
import { imapOptions, smtpOptions, type ConnectionTuning } from './mailConnection';
import { classifyMailError, type MailProblem } from './mailProblems';
import { ImapFlow } from 'imapflow';
import { peerCertificate } from './peerCertificate';

export interface ServerCheck {
  ok: boolean;
  problem: MailProblem | null;
}

const TUNING: ConnectionTuning = { connectTimeoutMs: 10_000, socketTimeoutMs: 20_000 };

async function withCertificate(problem: MailProblem, a: MailAccount, server: 'imap' | 'smtp'): Promise<MailProblem> {
  if (problem.kind !== 'untrustedCertificate') return problem;
  const s = a[server];
  const certificate = await peerCertificate({ host: s.host, port: s.port, security: s.security, protocol: server }).catch(() => null);
  return certificate ? { ...problem, certificate } : problem;
}

/** Log in to IMAP and SMTP with these settings and say what, if anything, is wrong with each. */
export async function testMailAccount(a: MailAccount, tuning: ConnectionTuning = TUNING): Promise<{ imap: ServerCheck; smtp: ServerCheck }> {
  const imap = async (): Promise<ServerCheck> => {
    const client = new ImapFlow({ ...imapOptions(a, tuning), verifyOnly: true });
    client.on('error', () => {});
    try {
      await client.connect();
      return { ok: true, problem: null };
    } catch (e) {
      return { ok: false, problem: await withCertificate(classifyMailError(e, 'imap'), a, 'imap') };
    } finally {
      client.close();
    }
  };
  const smtp = async (): Promise<ServerCheck> => {
    const t = nodemailer.createTransport(smtpOptions(a, tuning));
    try {
      await t.verify();
      return { ok: true, problem: null };
    } catch (e) {
      return { ok: false, problem: await withCertificate(classifyMailError(e, 'smtp'), a, 'smtp') };
    } finally {
      t.close();
    }
  };
  const [i, s] = await Promise.all([imap(), smtp()]);
  return { imap: i, smtp: s };
}
