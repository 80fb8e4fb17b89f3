import assert from 'node:assert/strict';
import { test } from 'node:test';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../../tests/helpers/relay';
import { fakeSinch } from '../../tests/helpers/fakeSinch';
import { SINCH_CALLBACK_PATH } from './sinchCallback';

const creds = { projectId: 'proj-1', appId: '01APP', keyId: 'k', keySecret: 's', webhookSecret: 'the-shops-webhook-secret' };

async function setup() {
  const r = await inProcessRelay({ sinchSecret: creds.webhookSecret });
  r.store.setShop(ALWAYS_OPEN_SHOP);
  const anna = r.store.addAgent('Anna', Date.now());
  const bo = r.store.addAgent('Bo', Date.now());
  const sinch = await fakeSinch(creds);
  sinch.setWebhook(`${r.relay.url}${SINCH_CALLBACK_PATH}`);
  return { ...r, anna, bo, sinch };
}

test('a signed callback is kept and forwarded to the agents online; one who connects later gets it too, until acknowledged', async () => {
  const { relay, anna, bo, sinch } = await setup();
  const a = await FrameClient.agent(relay.url, anna.token);
  await a.next('welcome');
  const report = sinch.report('01MSG', '46701234567', 'DELIVERED', 'RCS');
  assert.equal(await sinch.post(report), 200);
  const got = await a.next('provider');
  assert.equal(got.provider, 'sinch');
  assert.deepEqual(JSON.parse(got.body), report);

  // Bo was away: he gets it on connecting, and not again once acknowledged
  const b = await FrameClient.agent(relay.url, bo.token);
  const late = await b.next('provider');
  assert.equal(late.seq, got.seq);
  b.send({ type: 'providerAck', seq: late.seq });
  await new Promise((r) => setTimeout(r, 50));
  b.close();
  const again = await FrameClient.agent(relay.url, bo.token);
  await again.next('welcome');
  await again.next('agents');
  await assert.rejects(again.next('provider', () => true, 300), /no provider frame/);
  a.close();
  again.close();
});

test('forged, tampered, stale, replayed and unsigned callbacks are refused and reach no one', async () => {
  const { relay, anna, sinch, store } = await setup();
  const a = await FrameClient.agent(relay.url, anna.token);
  await a.next('welcome');
  const body = sinch.report('01MSG', '46701234567', 'DELIVERED', 'RCS');
  assert.equal(await sinch.post(body, { secret: 'not-the-secret' }), 401, 'forged');
  assert.equal(await sinch.post(body, { tamper: true }), 401, 'tampered');
  const tenMinutesAgo = String(Math.floor(Date.now() / 1000) - 600);
  assert.equal(await sinch.post(body, { timestamp: tenMinutesAgo }), 401, 'stale');
  const inTenMinutes = String(Math.floor(Date.now() / 1000) + 600);
  assert.equal(await sinch.post(body, { timestamp: inTenMinutes }), 401, 'from the future');
  assert.equal(await sinch.post(body, { nonce: 'n-1' }), 200, 'the first with this nonce');
  assert.equal(await sinch.post(body, { nonce: 'n-1' }), 409, 'replayed');
  const unsigned = await fetch(`${relay.url}${SINCH_CALLBACK_PATH}`, { method: 'POST', body: JSON.stringify(body) });
  assert.equal(unsigned.status, 401);
  assert.equal((await fetch(`${relay.url}${SINCH_CALLBACK_PATH}`)).status, 405);
  const first = await a.next('provider');
  await assert.rejects(a.next('provider', (f) => f.seq !== first.seq, 300), /no provider frame/);
  assert.equal(store.db.prepare('SELECT count(*) FROM provider_events').pluck().get(), 1);
  a.close();
});

test('a relay started without a Sinch secret takes no callbacks', async () => {
  const r = await inProcessRelay({});
  const res = await fetch(`${r.relay.url}${SINCH_CALLBACK_PATH}`, { method: 'POST', body: '{}' });
  assert.equal(res.status, 404);
});
