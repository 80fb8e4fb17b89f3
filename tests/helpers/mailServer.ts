import net from 'node:net';
import { after } from 'node:test';
import { ImapFlow } from 'imapflow';
import nodemailer from 'nodemailer';
import { SMTPServer } from 'smtp-server';
import type { MailAccount } from '../../electron/services/mail/mailAccounts';
import { createDovecot, type Dovecot } from './dovecot';
import { freePort } from './freePort';

export const SHOP = 'butik@shop.test';
export const CUSTOMER = 'kund@kund.test';
export const PASSWORD = 'hemligt-lösen';

/**
 * The shop's mail system for a test: a private Dovecot holding the shop's and a customer's
 * mailboxes, and an SMTP server (smtp-server) that delivers what it receives into that Dovecot over
 * LMTP, so a reply sent by Växel is read back from the customer's own mailbox. The SMTP server can
 * be taken down and brought back on the same port.
 */
export interface MailServer {
  dovecot: Dovecot;
  smtpPort: number;
  /** Messages the SMTP server accepted, with their envelopes. */
  accepted: Array<{ from: string; to: string[]; raw: Buffer }>;
  account(o?: Partial<MailAccount>): MailAccount;
  imap(user?: string): Promise<ImapFlow>;
  /** Deliver into INBOX as the MTA would (LMTP). */
  deliver(raw: Buffer, to?: string): Promise<void>;
  /** Put a message straight into a folder (history, Sent copies), with its internal date. */
  append(raw: Buffer, folder?: string, user?: string, flags?: string[]): Promise<void>;
  messagesIn(folder: string, user?: string): Promise<Array<{ uid: number; flags: string[]; source: Buffer }>>;
  smtpDown(): Promise<void>;
  smtpUp(): Promise<void>;
  stop(): Promise<void>;
}

export async function createMailServer(o: { tls?: boolean } = {}): Promise<MailServer> {
  const dovecot = await createDovecot(
    [
      { name: SHOP, password: PASSWORD },
      { name: CUSTOMER, password: PASSWORD },
    ],
    o,
  );
  const lmtp = nodemailer.createTransport({ host: '127.0.0.1', port: dovecot.lmtpPort, lmtp: true, secure: false, ignoreTLS: true } as never);
  const smtpPort = await freePort();
  const accepted: MailServer['accepted'] = [];
  let smtp: SMTPServer | null = null;
  const smtpUp = () =>
    new Promise<void>((resolve, reject) => {
      smtp = new SMTPServer({
        authOptional: true,
        disabledCommands: ['STARTTLS'],
        allowInsecureAuth: true,
        onAuth: (auth, _s, cb) => (auth.password === PASSWORD ? cb(null, { user: auth.username }) : cb(new Error('Invalid username or password'))),
        onData(stream, session, cb) {
          const chunks: Buffer[] = [];
          stream.on('data', (c: Buffer) => chunks.push(c));
          stream.on('end', () => {
            const raw = Buffer.concat(chunks);
            const from = session.envelope.mailFrom ? session.envelope.mailFrom.address : '';
            const to = session.envelope.rcptTo.map((r) => r.address);
            accepted.push({ from, to, raw });
            lmtp.sendMail({ envelope: { from, to }, raw }).then(
              () => cb(),
              (e: Error) => cb(e),
            );
          });
        },
      });
      smtp.on('error', () => {});
      smtp.listen(smtpPort, '127.0.0.1', () => resolve());
      (smtp as unknown as { server: net.Server }).server.once('error', reject);
    });
  await smtpUp();

  const imap = async (user = SHOP) => {
    const c = new ImapFlow({ host: '127.0.0.1', port: dovecot.imapPort, secure: false, doSTARTTLS: false, auth: { user, pass: PASSWORD }, logger: false });
    c.on('error', () => {});
    await c.connect();
    return c;
  };
  const server: MailServer = {
    dovecot,
    smtpPort,
    accepted,
    account: (o = {}) => ({
      id: 'acc-shop',
      kind: 'mail',
      label: 'Butiken',
      address: SHOP,
      displayName: 'Butiken',
      imap: { host: '127.0.0.1', port: dovecot.imapPort, security: 'none', username: SHOP },
      smtp: { host: '127.0.0.1', port: smtpPort, security: 'none', username: SHOP },
      allowPlaintext: true,
      pinnedCertificates: [],
      hasSecret: true,
      createdAt: 0,
      demo: false,
      secrets: { imap: PASSWORD },
      ...o,
    }),
    imap,
    async deliver(raw, to = SHOP) {
      await lmtp.sendMail({ envelope: { from: 'sender@kund.test', to: [to] }, raw });
    },
    async append(raw, folder = 'INBOX', user = SHOP, flags = []) {
      const c = await imap(user);
      try {
        await c.append(folder, raw, flags);
      } finally {
        await c.logout();
      }
    },
    async messagesIn(folder, user = SHOP) {
      const c = await imap(user);
      try {
        await c.mailboxOpen(folder, { readOnly: true });
        const out = [];
        for await (const m of c.fetch('1:*', { uid: true, flags: true, source: true })) out.push({ uid: m.uid, flags: [...(m.flags ?? [])], source: m.source! });
        return out;
      } catch (e) {
        if ((e as { mailboxMissing?: boolean }).mailboxMissing) return [];
        throw e;
      } finally {
        await c.logout().catch(() => {});
      }
    },
    smtpDown: () => new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve())),
    smtpUp,
    async stop() {
      await server.smtpDown();
      lmtp.close();
      await dovecot.stop();
    },
  };
  after(() => server.stop());
  return server;
}
