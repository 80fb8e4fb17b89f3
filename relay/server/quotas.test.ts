import assert from 'node:assert/strict';
import path from 'node:path';
import { test } from 'node:test';
import { shiftDays } from '../../shared/domain/calendar';
import { manualClock } from '../../shared/domain/clock';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../../tests/helpers/relay';
import { DEFAULT_LIMITS } from './limits';
import { usageQuotas } from './quotas';
import { startRelay } from './relayServer';

const START = Date.parse('2026-12-01T10:00:00+01:00');
const HOUR = 3_600_000;

test('a quota counts the session and the address together, refuses without counting, and forgets after its window', () => {
  const clock = manualClock(START);
  const q = usageQuotas({ ...DEFAULT_LIMITS, bytesPerSession: 100, bytesPerAddress: 150, conversationsPerSession: 1, conversationsPerAddress: 2 }, clock.now);
  assert.equal(q.charge('s1', '10.0.0.1', { bytes: 60, conversations: 1 }), null);
  assert.equal(q.charge('s1', '10.0.0.1', { bytes: 60 }), 'bytes', 'the session would pass 100');
  assert.equal(q.charge('s1', '10.0.0.1', { bytes: 40 }), null, 'the refused 60 was not counted');
  // a new session from the same address: its own session budget, but the address's is shared
  assert.equal(q.charge('s2', '10.0.0.1', { bytes: 60 }), 'bytes', 'the address would pass 150');
  assert.equal(q.charge('s2', '10.0.0.1', { conversations: 1 }), null);
  assert.equal(q.charge('s3', '10.0.0.1', { conversations: 1 }), 'conversations');
  assert.equal(q.charge('s3', '10.0.0.2', { conversations: 1, bytes: 10 }), null, 'another address is not affected');
  // a charge that fails on one kind takes nothing of the others
  assert.equal(q.charge('s4', '10.0.0.2', { conversations: 1, bytes: 1000 }), 'bytes');
  assert.equal(q.charge('s4', '10.0.0.2', { conversations: 1 }), null);

  clock.advance(HOUR - 60_000);
  assert.equal(q.charge('s1', '10.0.0.1', { bytes: 60 }), 'bytes', 'still inside the hour');
  clock.advance(60_000);
  assert.equal(q.charge('s1', '10.0.0.1', { bytes: 100 }), null, 'an hour on, the window is empty again');
  clock.advance(HOUR);
  q.prune();
  assert.equal(q.remembered(), 0, 'nothing is kept for visitors who left');
});

test('visitors who left are forgotten a few at a time by the charges of those still here, with no sweep of them all', () => {
  const clock = manualClock(START);
  const q = usageQuotas(DEFAULT_LIMITS, clock.now);
  for (let i = 0; i < 1000; i++) assert.equal(q.charge(`s${i}`, `10.0.${i >> 8}.${i & 255}`, { bytes: 10 }), null);
  assert.equal(q.remembered(), 2000, 'a session and an address each');
  clock.advance(HOUR);
  // one visitor still writing: each charge looks at four keys, so 2,000 keys take about 500 charges
  let before = q.remembered();
  for (let i = 0; i < 600; i++) {
    assert.equal(q.charge('here', '10.9.9.9', { bytes: 10 }), null);
    // a charge never walks every key (a walk of a thousand held the relay for milliseconds)
    assert.ok(before - q.remembered() <= 4, `charge ${i} forgot ${before - q.remembered()} keys at once`);
    before = q.remembered();
  }
  assert.equal(q.remembered(), 2, 'only the visitor still here (session and address) is remembered');
  assert.equal(q.charge('here', '10.9.9.9', { bytes: DEFAULT_LIMITS.bytesPerSession }), 'bytes', 'and what it sent is still counted');
});

async function setup(limits: Partial<typeof DEFAULT_LIMITS>, now = manualClock(START).now) {
  const r = await inProcessRelay({ limits, now });
  r.store.setShop(ALWAYS_OPEN_SHOP);
  const anna = r.store.addAgent('Anna', START);
  return { ...r, anna };
}

const png = (bytes: number) => Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(bytes - 8)]).toString('base64');

test('one visitor can not fill the relay with pictures: refused past the session quota, nothing more stored', async () => {
  const { relay, store } = await setup({ bytesPerSession: 3_500_000, bytesPerAddress: 100_000_000 });
  const customer = await FrameClient.customer(relay.url);
  await customer.next('welcome');
  const picture = png(1_000_000);
  for (let i = 1; i <= 5; i++) customer.send({ type: 'say', clientId: `img-000000${i}`, text: '', image: { name: 'x.png', type: 'image/png', data: picture } });
  for (let i = 1; i <= 3; i++) await customer.next('accepted', (a) => a.clientId === `img-000000${i}`);
  for (let i = 4; i <= 5; i++) assert.equal((await customer.next('error', (e) => e.ref === `img-000000${i}`)).code, 'over_quota');
  assert.equal(store.counts().messages, 3);
  // text still fits where it does: a refused picture does not lock the visitor out of the chat
  customer.send({ type: 'say', clientId: 'txt-0000001', text: 'Fick ni bilderna?' });
  await customer.next('accepted', (a) => a.clientId === 'txt-0000001');
  customer.close();
});

test('many sessions from one address share its quota of new conversations', async () => {
  const { relay, store } = await setup({ conversationsPerSession: 2, conversationsPerAddress: 3 });
  const codes: string[] = [];
  for (let i = 0; i < 5; i++) {
    const c = await FrameClient.customer(relay.url);
    await c.next('welcome');
    c.send({ type: 'leave', clientId: `leave-0000${i}`, name: 'Bot', email: 'bot@example.se', text: `spam ${i}` });
    const f = await Promise.race([c.next('accepted'), c.next('error')]);
    codes.push(f.type === 'error' ? f.code : 'accepted');
    c.close();
  }
  assert.deepEqual(codes, ['accepted', 'accepted', 'accepted', 'over_quota', 'over_quota']);
  assert.equal(store.counts().conversations, 3);
});

test('one open booking per visitor and per phone number from the widget; an agent may book more', async () => {
  const { relay, anna, store } = await setup({});
  const agent = await FrameClient.agent(relay.url, anna.token);
  const customer = await FrameClient.customer(relay.url);
  await customer.next('welcome');
  customer.send({ type: 'slots', date: '2026-12-02' });
  const { slots } = await customer.next('slots');
  const book = (c: FrameClient, clientId: string, at: number, phone: string) =>
    c.send({ type: 'callback', clientId, name: 'Eva', phone, at: new Date(at).toISOString(), note: '' });

  book(customer, 'cb-0000001', slots[0]!.at, '070-123 45 67');
  await customer.next('accepted', (a) => a.clientId === 'cb-0000001');
  book(customer, 'cb-0000002', slots[1]!.at, '+46 70 999 99 99');
  assert.equal((await customer.next('error', (e) => e.ref === 'cb-0000002')).code, 'already_booked', 'the same visitor');
  const other = await FrameClient.customer(relay.url);
  await other.next('welcome');
  book(other, 'cb-0000003', slots[2]!.at, '+46701234567');
  assert.equal((await other.next('error', (e) => e.ref === 'cb-0000003')).code, 'already_booked', 'the same number, written another way');
  book(other, 'cb-0000004', slots[3]!.at, '+46 70 555 55 55');
  await other.next('accepted', (a) => a.clientId === 'cb-0000004');

  agent.send({ type: 'book', ref: 'b1', at: slots[4]!.at, phone: '+46701234567', name: 'Eva', note: 'Ring igen om leveransen' });
  await agent.next('ok', (f) => f.ref === 'b1');
  // once the first booking is done, the visitor may book again
  const first = (await agent.next('conversation', (c) => c.conversation.kind === 'callback' && c.conversation.customer.phone === '+46701234567' && !c.conversation.owner)).conversation;
  agent.send({ type: 'callbackUpdate', ref: 'u1', conversation: first.id, status: 'done' });
  await agent.next('ok', (f) => f.ref === 'u1');
  agent.send({ type: 'callbackUpdate', ref: 'u2', conversation: (await agent.next('ok', (f) => f.ref === 'b1')).conversation!, status: 'cancelled' });
  await agent.next('ok', (f) => f.ref === 'u2');
  book(customer, 'cb-0000005', slots[5]!.at, '070-123 45 67');
  await customer.next('accepted', (a) => a.clientId === 'cb-0000005');
  assert.equal(store.counts().conversations, 4);
  agent.close();
  customer.close();
  other.close();
});

test('chat pictures are deleted from the relay after the retention time; the text stays', async () => {
  const clock = manualClock(START);
  const { relay, store, anna } = await setup({ imageRetentionDays: 30 }, clock.now);
  const agent = await FrameClient.agent(relay.url, anna.token);
  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'say', clientId: 'img-0000001', text: 'Trasig', image: { name: 'x.png', type: 'image/png', data: png(64) } });
  const m = await agent.next('msg', (x) => x.text === 'Trasig');
  assert.ok(m.image);
  customer.close();
  agent.close();

  // the relay restarts 29 days later: kept; 31 days later: gone (retention runs at start and hourly)
  const again = async (days: number) => {
    clock.set(shiftDays(START, days, 'Europe/Stockholm'));
    const r = await startRelay({ store, widgetFile: path.join(__dirname, 'none.js'), now: clock.now, limits: { imageRetentionDays: 30 } });
    await r.close();
    return store.messagesAfter(m.conversation, 0).find((x) => x.text === 'Trasig')!;
  };
  assert.ok((await again(29)).image, 'inside the retention time');
  const late = await again(31);
  assert.equal(late.image, null);
  assert.equal(late.text, 'Trasig');
});

test('a line sent again is answered as stored and reaches the agent once: into the open chat, over a quota, and after its chat was closed (no chat opened for it)', async () => {
  const { relay, store, anna } = await setup({ bytesPerSession: 1000, bytesPerAddress: 100_000 });
  const agent = await FrameClient.agent(relay.url, anna.token);
  await agent.next('welcome');
  const customer = await FrameClient.customer(relay.url);
  await customer.next('welcome');
  const answers = (clientId: string) => customer.frames.filter((f) => (f.type === 'accepted' && f.clientId === clientId) || (f.type === 'error' && f.ref === clientId));
  const sendAndWait = async (clientId: string, text: string) => {
    const before = answers(clientId).length;
    customer.send({ type: 'say', clientId, text });
    for (let t = 0; t < 200 && answers(clientId).length === before; t++) await new Promise((r) => setTimeout(r, 10));
    return answers(clientId).at(-1)!;
  };
  const first = await sendAndWait('again-000001', 'Hej, har ni fått min retur?');
  assert.equal(first.type, 'accepted');
  const again = await sendAndWait('again-000001', 'Hej, har ni fått min retur?');
  assert.deepEqual(again, first, 'into the open chat: the same conversation and seq');
  // the session's bytes used up: a new line is refused, the one sent again is still answered as stored
  assert.equal((await sendAndWait('fill-0000001', 'x'.repeat(900))).type, 'accepted');
  assert.equal((await sendAndWait('over-0000001', 'en rad till, för lång för det som är kvar av sessionens kvot: ' + 'y'.repeat(20))).type, 'error');
  assert.deepEqual(await sendAndWait('again-000001', 'Hej, har ni fått min retur?'), first, 'over the quota');
  assert.ok(first.type === 'accepted');
  store.closeConversation(first.conversation, START);
  const conversations = store.counts().conversations;
  assert.deepEqual(await sendAndWait('again-000001', 'Hej, har ni fått min retur?'), first, 'after its chat was closed');
  assert.equal(store.counts().conversations, conversations, 'no chat was opened for a line already stored');
  assert.equal(store.counts().messages, 2);
  await new Promise((r) => setTimeout(r, 100));
  assert.equal(agent.frames.filter((f) => f.type === 'msg' && f.text === 'Hej, har ni fått min retur?').length, 1, 'the agent got it once');
  customer.close();
  agent.close();
});
