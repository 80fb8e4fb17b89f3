import { test } from 'node:test';
import assert from 'node:assert/strict';
import { X509Certificate } from 'node:crypto';
import net from 'node:net';
import { after } from 'node:test';
import { testMailAccount } from '../../electron/services/mail/testAccount';
import { dovecotAvailable } from '../helpers/dovecot';
import { freePort } from '../helpers/freePort';
import { createMailServer, PASSWORD } from '../helpers/mailServer';

const skip = dovecotAvailable() ? false : 'Dovecot is not installed (apt-get install -y dovecot-imapd dovecot-lmtpd)';
const quick = { connectTimeoutMs: 1500, socketTimeoutMs: 3000 };

test('test connection tells apart a wrong password, a refused connection and a server that never answers', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer();
  const ok = await testMailAccount(mail.account(), quick);
  assert.deepEqual(ok, { imap: { ok: true, problem: null }, smtp: { ok: true, problem: null } });

  const wrong = await testMailAccount(mail.account({ secrets: { imap: 'fel-lösen' } }), quick);
  assert.equal(wrong.imap.problem?.kind, 'auth');
  assert.equal(wrong.smtp.problem?.kind, 'auth');

  const closed = await freePort();
  const refused = await testMailAccount(mail.account({ imap: { host: '127.0.0.1', port: closed, security: 'none', username: 'x' }, smtp: { host: '127.0.0.1', port: closed, security: 'none', username: 'x' } }), quick);
  assert.equal(refused.imap.problem?.kind, 'refused');
  assert.equal(refused.smtp.problem?.kind, 'refused');

  // accepts the connection and then says nothing
  const silent = net.createServer(() => {});
  await new Promise<void>((r) => silent.listen(0, '127.0.0.1', () => r()));
  after(() => silent.close());
  const port = (silent.address() as net.AddressInfo).port;
  const mute = await testMailAccount(mail.account({ imap: { host: '127.0.0.1', port, security: 'none', username: 'x' }, smtp: { host: '127.0.0.1', port, security: 'none', username: 'x' } }), quick);
  assert.equal(mute.imap.problem?.kind, 'timeout');
  assert.equal(mute.smtp.problem?.kind, 'timeout');
});

test('an untrusted certificate is shown with its fingerprint, over TLS and STARTTLS, and works once pinned', { skip, timeout: 60_000 }, async () => {
  const mail = await createMailServer({ tls: true });
  const real = new X509Certificate(mail.dovecot.certificatePem!);
  for (const [security, port] of [['tls', mail.dovecot.imapsPort], ['starttls', mail.dovecot.imapPort]] as const) {
    const imap = { host: '127.0.0.1', port, security, username: mail.account().address };
    const r = await testMailAccount(mail.account({ imap, allowPlaintext: false }), quick);
    assert.equal(r.imap.problem?.kind, 'untrustedCertificate', security);
    const shown = r.imap.problem!.certificate!;
    assert.equal(shown.fingerprint, real.fingerprint256, `${security}: the fingerprint the agent compares is the server's`);
    assert.match(shown.subject, /CN=mail\.shop\.test/);

    const pinned = await testMailAccount(mail.account({ imap, pinnedCertificates: [{ fingerprint: shown.fingerprint, pem: shown.pem, subject: shown.subject }], secrets: { imap: PASSWORD } }), quick);
    assert.deepEqual(pinned.imap, { ok: true, problem: null }, security);
  }
  // a pin for another certificate does not open the door
  const other = await testMailAccount(
    mail.account({ imap: { host: '127.0.0.1', port: mail.dovecot.imapsPort, security: 'tls', username: 'x' }, pinnedCertificates: [{ fingerprint: real.fingerprint256.replace(/^../, '00'), pem: mail.dovecot.certificatePem!.replace(/A/, 'A'), subject: '' }] }),
    quick,
  );
  assert.equal(other.imap.ok, false);
});
