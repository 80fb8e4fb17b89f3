import assert from 'node:assert/strict';
import { test } from 'node:test';
import { suggest } from './engine';
import { emailIn, phoneIn } from './contactInText';

test('a phone number as people write it is found; order numbers, dates, prices and company numbers are not', () => {
  for (const [t, n] of [['Nås på 073-551 20 88. /Gunnar', '073-551 20 88'], ['mitt nummer: 070 123 45 67!', '070 123 45 67'], ['ring min son på 0702-334455', '0702-334455'], ['call +44 7700 900123 after six', '+44 7700 900123'], ['tel (08) 123 456 78', '(08) 123 456 78'], ['0046 70 111 22 33', '0046 70 111 22 33']] as const)
    assert.equal(phoneIn(t), n, t);
  for (const t of ['ordernr 55102', 'order 4410', 'kvitto 2026-11-03', 'pris 1 299 kr', 'orgnr 556677-8899', 'ordernummer 00012345', 'datum 2026-12-06 kl 10', 'artikel 0123'])
    assert.equal(phoneIn(t), null, t);
});

test('an e-mail address in the text is found', () => {
  assert.equal(emailIn('Mejla mig på tove.lind@post.se så läser jag ikväll'), 'tove.lind@post.se');
  assert.equal(emailIn('write to j.smith+shop@mail.example.co.uk please'), 'j.smith+shop@mail.example.co.uk');
  assert.equal(emailIn('vi ses @ butiken kl 10'), null);
});

const input = (text: string, o: { channel: 'chat' | 'email' | 'sms'; hasPhone: boolean; hasEmail: boolean }) => ({
  channel: o.channel, text, turns: 1, attachments: 0, history: { channels: [], sameIntent: 0 }, openNow: true, waitRatio: null, hasPhone: o.hasPhone, hasEmail: o.hasEmail,
});
const reasonsOf = (text: string, o: Parameters<typeof input>[1], channel: string) =>
  suggest(input(text, o), [])!.channel.find((c) => c.value === channel)!.reasons.map((r) => r.sv);

test('a case without a number or an address on file: the one the customer wrote is used, not asked for again', () => {
  const call = reasonsOf('Jag vill prata med en människa. Nås på 073-551 20 88', { channel: 'email', hasPhone: false, hasEmail: true }, 'callback');
  assert.ok(call.includes('ring numret kunden skrev: 073-551 20 88'), call.join(' | '));
  assert.ok(!call.some((r) => r.startsWith('fråga efter')), call.join(' | '));
  const text = reasonsOf('kan ni sms:a mig när den skickas? 0703-118 442', { channel: 'chat', hasPhone: false, hasEmail: false }, 'sms');
  assert.ok(text.includes('sms:a numret kunden skrev: 0703-118 442'), text.join(' | '));
  const mail = reasonsOf('Ring inte. Mejla mig på tove.lind@post.se', { channel: 'sms', hasPhone: true, hasEmail: false }, 'email');
  assert.ok(mail.includes('svara till adressen kunden skrev: tove.lind@post.se'), mail.join(' | '));
  // none written: the agent is told to ask
  assert.ok(reasonsOf('ring mig', { channel: 'chat', hasPhone: false, hasEmail: false }, 'callback').includes('fråga efter kundens telefonnummer'));
  assert.ok(reasonsOf('Ring inte, mejla mig svaret', { channel: 'sms', hasPhone: true, hasEmail: false }, 'email').includes('fråga efter kundens e-postadress'));
});
