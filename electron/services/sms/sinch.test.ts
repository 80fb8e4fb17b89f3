import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fakeSinch } from '../../../tests/helpers/fakeSinch';
import { sinch } from './sinch';
import { SmsError } from './smsProvider';

const creds = { projectId: 'proj-1', appId: '01APP', keyId: 'key-id', keySecret: 'key-secret', webhookSecret: 'hook' };

async function setup(over: Partial<typeof creds> = {}) {
  const fake = await fakeSinch(creds);
  const provider = sinch({ ...creds, ...over, baseUrl: fake.baseUrl, authUrl: fake.authUrl });
  return { fake, provider };
}

test('sends with RCS first and SMS as the fallback, signing in once for many messages', async () => {
  const { fake, provider } = await setup();
  const a = await provider.send({ from: 'Butiken', to: '+46701234567', text: 'Hej!' });
  await provider.send({ from: 'Butiken', to: '+46701234568', text: 'Hej igen!' });
  assert.match(a.providerId, /^01K/);
  assert.equal(fake.sent.length, 2);
  const body = fake.sent[0]!.body;
  assert.deepEqual(body.channel_priority_order, ['RCS', 'SMS']);
  assert.deepEqual(body.message, { text_message: { text: 'Hej!' } });
  assert.equal(body.message_content_type, 'CONTENT_NOTIFICATION');
  assert.deepEqual((body.recipient as { identified_by: { channel_identities: unknown[] } }).identified_by.channel_identities, [
    { channel: 'RCS', identity: '46701234567' },
    { channel: 'SMS', identity: '46701234567' },
  ]);
});

test('choices become suggested replies (a postback, or a link); a card carries its title and buttons', async () => {
  const { fake, provider } = await setup();
  await provider.send({
    from: 'Butiken',
    to: '+46701234567',
    text: 'Vi ringer dig i morgon kl. 10.',
    choices: [{ title: 'Bekräfta', postback: 'cb:abc:confirm' }, { title: 'Boka om', url: 'https://relay.example/callback/t' }, { title: 'Avboka', postback: 'cb:abc:cancel' }],
  });
  assert.deepEqual(fake.sent[0]!.body.message, {
    choice_message: {
      text_message: { text: 'Vi ringer dig i morgon kl. 10.' },
      choices: [
        { text_message: { text: 'Bekräfta' }, postback_data: 'cb:abc:confirm' },
        { url_message: { title: 'Boka om', url: 'https://relay.example/callback/t' } },
        { text_message: { text: 'Avboka' }, postback_data: 'cb:abc:cancel' },
      ],
    },
  });
  await provider.send({ from: 'Butiken', to: '+46701234567', text: 'Ditt paket är på väg.', card: { title: 'Paket skickat' }, choices: [{ title: 'Spåra paketet', url: 'https://carrier.example/t/1' }] });
  assert.deepEqual(fake.sent[1]!.body.message, {
    card_message: { title: 'Paket skickat', description: 'Ditt paket är på väg.', choices: [{ url_message: { title: 'Spåra paketet', url: 'https://carrier.example/t/1' } }] },
  });
});

test('errors are told apart: a refused number, the rate limit, a wrong key, a server fault, no network', async () => {
  const { fake, provider } = await setup();
  await assert.rejects(provider.send({ from: 'B', to: '+46', text: 'x' }), (e: SmsError) => e.kind === 'invalid' && e.permanent && /Invalid channel identity/.test(e.message));
  fake.failNext(429, 'RESOURCE_EXHAUSTED', 'Quota exceeded');
  await assert.rejects(provider.send({ from: 'B', to: '+46701234567', text: 'x' }), (e: SmsError) => e.kind === 'rateLimit' && !e.permanent);
  fake.failNext(503, 'UNAVAILABLE', 'try later');
  await assert.rejects(provider.send({ from: 'B', to: '+46701234567', text: 'x' }), (e: SmsError) => e.kind === 'server' && !e.permanent);
  const wrong = sinch({ ...creds, keySecret: 'wrong', baseUrl: fake.baseUrl, authUrl: fake.authUrl });
  await assert.rejects(wrong.send({ from: 'B', to: '+46701234567', text: 'x' }), (e: SmsError) => e.kind === 'auth' && e.permanent);
  const otherProject = sinch({ ...creds, projectId: 'not-mine', baseUrl: fake.baseUrl, authUrl: fake.authUrl });
  await assert.rejects(otherProject.send({ from: 'B', to: '+46701234567', text: 'x' }), (e: SmsError) => e.kind === 'auth');
  const nowhere = sinch({ ...creds, baseUrl: 'http://127.0.0.1:1', authUrl: 'http://127.0.0.1:1/oauth2/token' });
  await assert.rejects(nowhere.send({ from: 'B', to: '+46701234567', text: 'x' }), (e: SmsError) => e.kind === 'network');
});

test('the capability query is registered; the answer comes later by webhook', async () => {
  const { provider } = await setup();
  const r = await provider.capability('+46701234567');
  assert.match(r.requestId, /^01K/);
});
