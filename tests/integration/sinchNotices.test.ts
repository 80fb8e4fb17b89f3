import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import type { AppApi } from '../../shared/contract/api';
import { createServices, type Services } from '../../electron/services/app/createServices';
import { clockStartingAt, type Clock } from '../../shared/domain/clock';
import { zonedInstant } from '../../shared/domain/calendar';
import { FrameClient, inProcessRelay } from '../helpers/relay';
import { fakeSinch, type FakeSinch } from '../helpers/fakeSinch';
import { tempDir } from '../helpers/tempDir';
import { until } from '../helpers/until';
import { SINCH_CALLBACK_PATH } from '../../relay/server/sinchCallback';

// the laptops and the relay share one clock that starts just before midnight
const clock: Clock = clockStartingAt(Date.parse('2026-12-01T23:45:00+01:00'));
const creds = { projectId: 'shop-project', appId: '01SHOPAPP', keyId: 'key-1', keySecret: 'key-secret', webhookSecret: 'hook-secret' };
const PHONE = '+46701234567';

async function laptop(relayUrl: string, token: string, name: string, sinch: FakeSinch): Promise<{ services: Services; api: AppApi }> {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE', startChat: true, chatTuning: { backoffMs: [100, 1000] } });
  const api = createInMemoryClient(services.endpoint);
  await api.updateSettings({ agentName: name, openingHours: Array(7).fill({ open: '08:00', close: '20:00' }), callbackCapacity: 2, callbackSlotMinutes: 30 });
  const gw = await api.saveSmsGateway({ provider: 'sinch', baseUrl: sinch.baseUrl, authUrl: sinch.authUrl, username: creds.keyId, password: creds.keySecret, sender: 'Butiken', projectId: creds.projectId, appId: creds.appId });
  assert.equal(gw.rcs, true);
  await api.saveChatRelay({ url: relayUrl, token });
  await until(`${name} online`, () => services.chat.status().state === 'online');
  return { services, api };
}

async function shop() {
  const sinch = await fakeSinch({ ...creds, now: clock.now });
  const { relay, store } = await inProcessRelay({ now: clock.now, sinchSecret: creds.webhookSecret });
  sinch.setWebhook(`${relay.url}${SINCH_CALLBACK_PATH}`);
  const anna = await laptop(relay.url, store.addAgent('Anna', Date.now()).token, 'Anna', sinch);
  const bo = await laptop(relay.url, store.addAgent('Bo', Date.now()).token, 'Bo', sinch);
  await until('the rules reached the relay', () => store.shop().callbacks.slotMinutes === 30);
  return { sinch, relay, store, anna, bo, both: [anna, bo] };
}

/** A visitor books tomorrow 10:00 from the widget; one laptop sends the confirmation. */
async function widgetBooking(s: Awaited<ReturnType<typeof shop>>) {
  const at = zonedInstant('2026-12-02', '10:00', 'Europe/Stockholm')!;
  const visitor = await FrameClient.customer(s.relay.url);
  visitor.send({ type: 'callback', clientId: 'cb-visit-01', name: 'Eva Ek', phone: '070-123 45 67', at: new Date(at).toISOString(), note: 'Fel storlek' });
  await visitor.next('accepted');
  visitor.close();
  for (const l of s.both) await until('the booking on both laptops', () => l.services.repos.callbacks.between(at - 1, at + 1).length === 1);
  const id = s.anna.services.repos.callbacks.between(at - 1, at + 1)[0]!.id;
  // whichever laptop won the claim queued it: both send what is due, Sinch gets it once
  await until('the confirmation queued', async () => {
    for (const l of s.both) await l.services.sms.sendDue();
    return s.sinch.sent.length >= 1;
  });
  await new Promise((r) => setTimeout(r, 200));
  for (const l of s.both) await l.services.sms.sendDue();
  return { id, at };
}

test('a widget booking is confirmed once, by RCS with choices and the self-service link; reports show on the message', async (t) => {
  const s = await shop();
  t.after(async () => Promise.all(s.both.map((l) => l.services.close())));
  const { id } = await widgetBooking(s);
  assert.equal(s.sinch.sent.length, 1, 'one confirmation from the whole shop');
  const sent = s.sinch.sent[0]!;
  assert.equal(sent.to, '46701234567');
  const msg = sent.body.message as { choice_message: { text_message: { text: string }; choices: Array<Record<string, unknown>> } };
  assert.match(msg.choice_message.text_message.text, /^Hej Eva! Vi ringer dig onsdag 2 december kl\. 10:00 på \+46701234567\. Svara 1 för att bekräfta eller 2 för att avboka\. Byt tid: http:\/\/127\.0\.0\.1:\d+\/callback\//);
  assert.deepEqual(msg.choice_message.choices.slice(0, 2), [
    { text_message: { text: 'Bekräfta' }, postback_data: `cb:${id}:confirm` },
    { text_message: { text: 'Avboka' }, postback_data: `cb:${id}:cancel` },
  ]);
  assert.match(String((msg.choice_message.choices[2] as { url_message: { url: string } }).url_message.url), /\/callback\/[0-9a-f]{32}\./);

  // the phone has no RCS: Sinch switches to SMS, which is delivered; the message says so
  assert.deepEqual(await s.sinch.deliver(sent.id), [200, 200, 200]);
  const sender = s.both.find((l) => l.services.repos.sms.byProviderId(sent.id))!;
  await until('the report on the message', () => {
    const row = sender.services.repos.sms.byProviderId(sent.id)!;
    const p = JSON.parse(row.payload) as { receipt?: string; via?: string };
    return p.receipt === 'delivered' && p.via === 'sms';
  });
  const caseId = sender.services.repos.callbacks.get(id)!.case_id!;
  const out = (await sender.api.getCase({ id: caseId })).messages.find((m) => m.direction === 'out' && m.channel === 'sms')!;
  assert.equal(out.delivery?.receipt, 'delivered');
  assert.equal(out.delivery?.via, 'sms');
});

test('a tap on Bekräfta confirms on every laptop; a repeated callback is filed once; "2" cancels through the shared agenda', async (t) => {
  const s = await shop();
  t.after(async () => Promise.all(s.both.map((l) => l.services.close())));
  const { id } = await widgetBooking(s);
  const sent = s.sinch.sent[0]!;
  assert.equal(await s.sinch.tap(PHONE, sent.id, `cb:${id}:confirm`), 200);
  for (const l of s.both) {
    await until('confirmed', () => l.services.repos.callbacks.get(id)?.confirmed_at !== null);
    const c = await l.api.getCase({ id: l.services.repos.callbacks.get(id)!.case_id! });
    assert.ok(c.events.some((e) => e.kind === 'callback_confirmed'));
    assert.equal(c.messages.filter((m) => m.direction === 'in' && m.bodyText === 'Bekräfta').length, 1, 'the tap shows as the button’s words');
    assert.equal((await l.api.listCallbacks({ from: 0, to: Number.MAX_SAFE_INTEGER })).find((x) => x.id === id)?.confirmedAt !== null, true);
  }
  // Sinch delivers the same reply twice (a retry, with a new nonce): it is filed once
  const reply = { app_id: creds.appId, project_id: creds.projectId, accepted_time: new Date(clock.now()).toISOString(), message: { id: '01REPLYTWICE', direction: 'TO_APP', contact_message: { text_message: { text: 'Tack!' } }, channel_identity: { channel: 'SMS', identity: '46701234567', app_id: creds.appId } } };
  assert.equal(await s.sinch.post(reply), 200);
  assert.equal(await s.sinch.post(reply), 200);
  for (const l of s.both) await until('the reply filed', () => l.services.repos.messages.idByUid('sms:01REPLYTWICE') !== null);
  await new Promise((r) => setTimeout(r, 200));
  const caseId = s.anna.services.repos.callbacks.get(id)!.case_id!;
  assert.equal((await s.anna.api.getCase({ id: caseId })).messages.filter((m) => m.bodyText === 'Tack!').length, 1);

  // "2" by SMS cancels: the relay's agenda, so every laptop and the widget's free slots follow
  assert.equal(await s.sinch.reply(PHONE, '2'), 200);
  for (const l of s.both) await until('cancelled everywhere', () => l.services.repos.callbacks.get(id)?.status === 'cancelled');
  assert.equal(s.store.conversation(id)?.callbackStatus, 'cancelled');
});

test('STOPP ends the notices for that number; a failure for an invalid number shows why', async (t) => {
  const s = await shop();
  t.after(async () => Promise.all(s.both.map((l) => l.services.close())));
  const { id } = await widgetBooking(s);
  const sent = s.sinch.sent[0]!;
  assert.equal(await s.sinch.fail(sent.id), 200);
  const sender = s.both.find((l) => l.services.repos.sms.byProviderId(sent.id))!;
  await until('the failure on the message', () => (JSON.parse(sender.services.repos.sms.byProviderId(sent.id)!.payload) as { receipt?: string }).receipt === 'failed');
  assert.match((JSON.parse(sender.services.repos.sms.byProviderId(sent.id)!.payload) as { failure: string }).failure, /RECIPIENT_INVALID_CHANNEL_IDENTITY/);
  const shown = (await sender.api.getCase({ id: sender.services.repos.callbacks.get(id)!.case_id! })).messages.find((m) => m.direction === 'out' && m.channel === 'sms')!;
  assert.deepEqual([shown.delivery?.receipt, shown.delivery?.failure], ['failed', 'invalid'], 'the window words it: the number does not exist');

  assert.equal(await s.sinch.reply(PHONE, 'STOPP'), 200);
  for (const l of s.both) await until('opted out', () => l.services.repos.sms.isOptedOut(PHONE));
  const caseId = s.anna.services.repos.callbacks.get(id)!.case_id!;
  await assert.rejects(s.anna.api.sendSms({ caseId, to: PHONE, text: 'Hej igen' }), /STOPP/);
  assert.equal(s.anna.services.repos.callbacks.get(id)?.status, 'booked', 'STOPP is not an answer to the call');
});
