import { test } from 'node:test';
import assert from 'node:assert/strict';
import { classifyMailError, isTransient } from './mailProblems';

const err = (message: string, props: Record<string, unknown> = {}) => Object.assign(new Error(message), props);

test('mail errors are told apart by what the agent has to do about them', () => {
  const cases: Array<[unknown, string]> = [
    [err('Command failed', { authenticationFailed: true, serverResponseCode: 'AUTHENTICATIONFAILED' }), 'auth'],
    [err('Invalid login: 535 5.7.8 Authentication failed', { code: 'EAUTH', responseCode: 535 }), 'auth'],
    [err('getaddrinfo ENOTFOUND imap.finns-inte.example', { code: 'ENOTFOUND' }), 'hostNotFound'],
    [err('connect ECONNREFUSED 127.0.0.1:993', { code: 'ESOCKET' }), 'refused'],
    [err('Connection timeout', { code: 'CONNECT_TIMEOUT' }), 'timeout'],
    [err('Greeting never received', { code: 'ETIMEDOUT' }), 'timeout'],
    [err('self-signed certificate', { code: 'DEPTH_ZERO_SELF_SIGNED_CERT' }), 'untrustedCertificate'],
    [err('Failed to establish connection', { _err: err('unable to verify the first certificate', { code: 'UNABLE_TO_VERIFY_LEAF_SIGNATURE' }) }), 'untrustedCertificate'],
    [err("Hostname/IP does not match certificate's altnames", { code: 'ERR_TLS_CERT_ALTNAME_INVALID' }), 'untrustedCertificate'],
    [err('wrong version number', { code: 'ERR_SSL_WRONG_VERSION_NUMBER' }), 'tls'],
    [err('read ECONNRESET', { code: 'ECONNRESET' }), 'network'],
    [err('Mailbox does not exist', { responseStatus: 'NO' }), 'server'],
  ];
  for (const [e, kind] of cases) assert.equal(classifyMailError(e, 'imap').kind, kind, (e as Error).message);
});

test('Dovecot starting or busy ([UNAVAILABLE]) is no wrong password, and is retried soon', () => {
  const e = Object.assign(new Error('Command failed'), { authenticationFailed: true, _err: new Error('NO [UNAVAILABLE] Temporary authentication failure. [host:2026-11-23 00:50:00]') });
  const p = classifyMailError(e, 'imap');
  assert.equal(p.kind, 'unavailable');
  assert.equal(isTransient(p), true);
});
