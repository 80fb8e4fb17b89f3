import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AppError } from '../../shared/contract/errors';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { createServices } from '../../electron/services/app/createServices';
import { fakeFortySixElks } from '../helpers/fakeFortySixElks';
import { tempDir } from '../helpers/tempDir';

async function setup() {
  const elks = await fakeFortySixElks({ username: 'u-shop', password: 'p-hemlig' });
  const services = createServices({ dataDir: tempDir(), mode: 'test', osLocale: 'sv-SE', smsPollMs: 1 });
  const api = createInMemoryClient(services.endpoint);
  const gw = await api.saveSmsGateway({ baseUrl: elks.baseUrl, username: 'u-shop', password: 'p-hemlig', sender: 'Butiken' });
  assert.deepEqual(gw, { provider: '46elks', baseUrl: elks.baseUrl, username: 'u-shop', sender: 'Butiken', rcs: false, projectId: null, appId: null });
  const c = await api.createCase({ channel: 'phone', subject: 'Leverans', customer: { name: 'Åsa Lind', phone: '070-123 45 67' } });
  return { elks, services, api, caseId: c.id };
}

test('an SMS goes out once through the 46elks API, counted in parts, and its delivery report is recorded', async (t) => {
  const { elks, services, api, caseId } = await setup();
  t.after(() => services.close());
  const long = `Hej Åsa! Ditt paket är på väg och kommer i morgon mellan 09 och 12. ${'Vänliga hälsningar från butiken. '.repeat(4)}`;
  const m = await api.sendSms({ caseId, to: '070-123 45 67', text: long });
  assert.equal(m.delivery?.state, 'queued');
  assert.equal(await services.sms.sendDue(), 1);
  assert.equal(await services.sms.sendDue(), 0, 'sent once');
  assert.equal(elks.requests.filter((r) => r.method === 'POST').length, 1);
  const post = elks.requests.find((r) => r.method === 'POST')!;
  assert.deepEqual(post.form, { from: 'Butiken', to: '+46701234567', message: long.trim() });
  assert.equal(elks.messages[0]!.parts, 2);

  const sent = (await api.getCase({ id: caseId })).messages.find((x) => x.channel === 'sms')!;
  assert.equal(sent.delivery?.state, 'sent');
  elks.report(elks.messages[0]!.id, 'delivered');
  await services.sms.poll();
  const after = (await api.getCase({ id: caseId })).messages.find((x) => x.channel === 'sms')!;
  assert.equal(after.delivery?.receipt, 'delivered');
});

test('the gateway’s error replies: wrong password, no credit and a refused number fail for the agent to see; a server error is retried and goes out once', async (t) => {
  const { elks, services, api, caseId } = await setup();
  t.after(() => services.close());
  const lastError = async () => (await api.getCase({ id: caseId })).messages.filter((x) => x.channel === 'sms').at(-1)!.delivery!;

  elks.failNext(401, 'Unauthorized');
  await api.sendSms({ caseId, to: '+46701234567', text: 'Test 1' });
  await services.sms.sendDue();
  assert.match((await lastError()).lastError!, /refused the API username or password/);
  assert.deepEqual([(await lastError()).state, (await lastError()).problem], ['failed', 'auth'], 'the window words the kind, not the English');

  elks.failNext(402, 'Not enough credits');
  await api.sendSms({ caseId, to: '+46701234567', text: 'Test 2' });
  await services.sms.sendDue();
  assert.match((await lastError()).lastError!, /no credit left/);
  assert.equal((await lastError()).problem, 'credits');

  await api.sendSms({ caseId, to: '+46 99', text: 'Test 3' }).then(
    () => assert.fail('a number that is no number is refused before it is queued'),
    (e: AppError) => assert.deepEqual([e.code, e.reason, e.values], ['INVALID_INPUT', 'notAPhoneNumber', { to: '+46 99' }]),
  );

  elks.failNext(503, 'Service Unavailable');
  await api.sendSms({ caseId, to: '+46701234567', text: 'Test 4' });
  await services.sms.sendDue();
  assert.equal((await lastError()).state, 'failed');
  assert.ok((await lastError()).notBefore < Date.now() + 60_000, 'retried soon');
  await new Promise((r) => setTimeout(r, 5_100));
  await services.sms.sendDue();
  assert.deepEqual([(await lastError()).state, (await lastError()).problem], ['sent', null]);
  assert.equal(elks.messages.filter((m) => m.message === 'Test 4').length, 1);
});

test('STOPP from a customer is honoured; other replies land in their case', async (t) => {
  const { elks, services, api, caseId } = await setup();
  t.after(() => services.close());
  elks.incoming('+46701234567', 'Passar bra, tack!');
  await services.sms.poll();
  const detail = await api.getCase({ id: caseId });
  assert.ok(detail.messages.some((m) => m.direction === 'in' && m.channel === 'sms' && m.bodyText === 'Passar bra, tack!'));
  elks.incoming('+46701234567', 'Stopp');
  await services.sms.poll();
  await assert.rejects(api.sendSms({ caseId, to: '0701234567', text: 'Erbjudande' }), /asked for no more SMS/);
  await services.sms.poll();
  assert.equal((await api.getCase({ id: caseId })).messages.filter((m) => m.direction === 'in').length, 2, 'each incoming SMS once');
});
