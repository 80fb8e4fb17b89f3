import net from 'node:net';
import tls from 'node:tls';
import type { MailProblem } from './mailProblems';

type Certificate = NonNullable<MailProblem['certificate']>;

const pem = (raw: Buffer) => `-----BEGIN CERTIFICATE-----\n${raw.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
const name = (n: tls.Certificate | undefined) => (n ? Object.entries(n).map(([k, v]) => `${k}=${Array.isArray(v) ? v.join('+') : v}`).join(', ') : '');

/** Read lines until one matches `done`; for the few plain-text steps before STARTTLS. */
function expect(socket: net.Socket, done: RegExp, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let buf = '';
    const t = setTimeout(() => finish(new Error('no answer before STARTTLS')), timeoutMs);
    const onData = (d: Buffer) => {
      buf += d.toString('latin1');
      if (buf.split('\r\n').some((l) => done.test(l))) finish();
    };
    const finish = (e?: Error) => {
      clearTimeout(t);
      socket.off('data', onData);
      socket.off('error', finish);
      if (e) reject(e);
      else resolve();
    };
    socket.on('data', onData);
    socket.once('error', finish);
  });
}

/**
 * The certificate a server shows, read without trusting it, so the agent can compare its
 * fingerprint with what the shop's provider says and choose to pin it. Implicit TLS, or STARTTLS
 * after the few plain-text lines IMAP or SMTP need first.
 */
export async function peerCertificate(o: { host: string; port: number; security: 'tls' | 'starttls' | 'none'; protocol: 'imap' | 'smtp'; timeoutMs?: number }): Promise<Certificate | null> {
  if (o.security === 'none') return null;
  const timeoutMs = o.timeoutMs ?? 10_000;
  let plain: net.Socket | undefined;
  if (o.security === 'starttls') {
    plain = net.connect(o.port, o.host);
    plain.setTimeout(timeoutMs, () => plain!.destroy(new Error('timeout')));
    try {
      if (o.protocol === 'imap') {
        await expect(plain, /^\* (OK|PREAUTH)/i, timeoutMs);
        plain.write('v1 STARTTLS\r\n');
        await expect(plain, /^v1 OK/i, timeoutMs);
      } else {
        await expect(plain, /^220 /, timeoutMs);
        plain.write('EHLO vaxel.invalid\r\n');
        await expect(plain, /^250 /, timeoutMs);
        plain.write('STARTTLS\r\n');
        await expect(plain, /^220 /, timeoutMs);
      }
    } catch (e) {
      plain.destroy();
      throw e;
    }
  }
  return new Promise((resolve, reject) => {
    const socket = tls.connect({ host: o.host, port: o.port, socket: plain, rejectUnauthorized: false, ...(net.isIP(o.host) ? {} : { servername: o.host }) }, () => {
      const c = socket.getPeerCertificate(false);
      socket.destroy();
      plain?.destroy();
      if (!c || !c.raw) return resolve(null);
      resolve({ fingerprint: c.fingerprint256, pem: pem(c.raw), subject: name(c.subject), issuer: name(c.issuer), validTo: c.valid_to });
    });
    socket.setTimeout(timeoutMs, () => socket.destroy(new Error('timeout')));
    socket.once('error', (e) => {
      plain?.destroy();
      reject(e);
    });
  });
}
