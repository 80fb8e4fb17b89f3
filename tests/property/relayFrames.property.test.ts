import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { ConversationInfoSchema, MsgSchema, RELAY_MAX_TEXT } from '../../shared/contract/relayProtocol';
import { manualClock } from '../../shared/domain/clock';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../helpers/relay';

/**
 * Whatever a visitor's browser or an agent's laptop sends, the relay keeps running, answers each
 * refusal with a specific error (never the catch-all "could not store this"), and what it stores
 * is valid by the protocol's own schemas.
 */

const TYPES = ['say', 'ack', 'typing', 'page', 'leave', 'callback', 'slots', 'days', 'presence', 'claim', 'transfer', 'close', 'shop', 'book', 'callbackUpdate', 'activity', 'hello', 'nonsense'];
const weird = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.integer(),
  fc.double(),
  fc.boolean(),
  fc.constant(null),
  fc.constantFrom('', ' ', 'x'.repeat(RELAY_MAX_TEXT + 1), '2026-13-45', '2026-02-30', '0000-00-00', '9999-12-31', '2026-12-02T10:00:00+01:00', '2026-03-29T02:30:00+01:00', 'Europe/Nowhere', '+46 70 123 45 67', 'eva@example.se', '__proto__', 'constructor'),
);
const image = fc.record({
  name: weird,
  type: fc.constantFrom('image/png', 'image/jpeg', 'image/svg+xml', 'text/html'),
  data: fc.oneof(fc.constantFrom('iVBORw0KGgoAAAANSUhEUgAAAAEAAAAB', 'PHN2Zz4=', '!!!', ''), fc.base64String({ maxLength: 200 })),
});
const shaped = fc.record(
  {
    type: fc.constantFrom(...TYPES),
    clientId: fc.oneof(weird, fc.constantFrom('c-00000001', 'c-00000002')),
    text: weird,
    conversation: fc.oneof(weird, fc.constant('CONV')),
    seq: weird,
    on: weird,
    url: weird,
    name: weird,
    email: weird,
    phone: weird,
    at: fc.oneof(weird, fc.integer({ min: Date.parse('2026-12-01T00:00:00Z'), max: Date.parse('2027-01-31T00:00:00Z') })),
    date: weird,
    note: weird,
    timeZone: weird,
    image,
    ref: weird,
    state: fc.oneof(weird, fc.constantFrom('online', 'away')),
    capacity: weird,
    to: weird,
    status: fc.oneof(weird, fc.constantFrom('booked', 'done', 'missed', 'cancelled')),
    caseKey: weird,
    activity: weird,
    config: fc.oneof(weird, fc.constant({ ...ALWAYS_OPEN_SHOP, timeZone: 'Mars/Olympus' }), fc.constant({ ...ALWAYS_OPEN_SHOP, openingHours: [{ open: '25:00', close: '99:99' }] })),
  },
  { requiredKeys: ['type'] },
);
const frame = fc.oneof({ weight: 6, arbitrary: shaped }, fc.json().map((j) => ({ raw: j })), fc.string({ maxLength: 60 }).map((s) => ({ raw: s })));

test('relay frames: the relay survives anything, refuses specifically, and stores only valid rows', async () => {
  const lines: string[] = [];
  const clock = manualClock(Date.parse('2026-12-01T13:40:00+01:00'));
  const { relay, store } = await inProcessRelay({
    now: clock.now,
    log: (l) => lines.push(l),
    limits: { connectionsPerIpPerMinute: 1e6, framesPerSecond: 1e6, frameBurst: 1e6, agentFramesPerSecond: 1e6, agentFrameBurst: 1e6, maxBadFrames: 1e6, conversationsPerSession: 1e6, conversationsPerAddress: 1e6, bytesPerAddress: 1e12, bytesPerSession: 1e12, bookingsPerAddress: 1e6 },
  });
  store.setShop(ALWAYS_OPEN_SHOP);
  const anna = store.addAgent('Anna', clock.now());
  const agent = await FrameClient.agent(relay.url, anna.token);
  let lastConversation = 'none';
  const fill = (f: Record<string, unknown>) => (f.conversation === 'CONV' ? { ...f, conversation: lastConversation } : f);

  await fc.assert(
    fc.asyncProperty(fc.array(frame, { minLength: 1, maxLength: 12 }), fc.array(frame, { maxLength: 6 }), async (fromCustomer, fromAgent) => {
      const customer = await FrameClient.customer(relay.url);
      await customer.next('welcome');
      for (const f of fromCustomer) customer.send('raw' in f ? f.raw : fill(f));
      for (const f of fromAgent) agent.send('raw' in f ? f.raw : fill(f));
      // a round trip after the storm: the relay is alive and still answering this visitor
      customer.send({ type: 'say', clientId: 'probe-000001', text: 'still there?' });
      const ok = await customer.next('accepted', (a) => a.clientId === 'probe-000001');
      lastConversation = ok.conversation;
      customer.close();
      assert.equal(agent.closed, null, 'the agent connection stays open');
      assert.deepEqual(lines.filter((l) => l.startsWith('frame failed')), [], 'no frame reached the catch-all');
    }),
    { numRuns: 150, seed: Number(process.env.VAXEL_PROPERTY_SEED ?? 20261129) },
  );

  const checker = store.addAgent('Checker', clock.now());
  const stored = store.unseenFor(checker.id, 0);
  assert.ok(stored.length >= 150);
  for (const { conversation } of stored) {
    ConversationInfoSchema.parse(conversation);
    for (const m of store.messagesAfter(conversation.id, 0)) MsgSchema.parse(m);
  }
  agent.close();
});
