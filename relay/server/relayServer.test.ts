import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import { test } from 'node:test';
import { RELAY_CLOSE, RELAY_MAX_FRAME_BYTES } from '../../shared/contract/relayProtocol';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay } from '../../tests/helpers/relay';
import { tempDir } from '../../tests/helpers/tempDir';
import { clockStartingAt } from '../../shared/domain/clock';


async function setup(o: Parameters<typeof inProcessRelay>[0] = {}) {
  const r = await inProcessRelay(o);
  r.store.setShop(ALWAYS_OPEN_SHOP);
  const anna = r.store.addAgent('Anna', Date.now());
  const bo = r.store.addAgent('Bo', Date.now());
  return { ...r, anna, bo };
}

test('a full conversation: customer writes, agent claims and answers, both acknowledge', async () => {
  const { relay, anna } = await setup();
  const agent = await FrameClient.agent(relay.url, anna.token);
  const customer = await FrameClient.customer(relay.url);
  const welcome = await customer.next('welcome');
  assert.ok(welcome.session && welcome.session.length >= 32);
  await customer.next('queue', (q) => q.open && q.agentsOnline === 1);

  customer.send({ type: 'say', clientId: 'c-00000001', text: 'Hej! Var är mitt paket?' });
  const accepted = await customer.next('accepted');
  assert.equal(accepted.seq, 1);
  const conv = await agent.next('conversation');
  assert.equal(conv.conversation.state, 'queued');
  const msg = await agent.next('msg', (m) => m.from === 'customer');
  assert.equal(msg.text, 'Hej! Var är mitt paket?');
  assert.equal(msg.conversation, accepted.conversation);
  agent.send({ type: 'ack', conversation: msg.conversation, seq: msg.seq });
  assert.equal((await customer.next('queue', (q) => q.position === 1)).position, 1);

  agent.send({ type: 'claim', conversation: msg.conversation, ref: 'r1' });
  await agent.next('ok', (f) => f.ref === 'r1');
  await agent.next('conversation', (c) => c.conversation.owner?.name === 'Anna');
  const joined = await customer.next('msg', (m) => m.from === 'system');
  assert.match(joined.text, /Anna svarar dig nu/);

  agent.send({ type: 'typing', conversation: msg.conversation, on: true });
  await customer.next('typing', (t) => t.on && t.name === 'Anna');
  agent.send({ type: 'say', conversation: msg.conversation, clientId: 'a-00000001', text: 'Det kommer i morgon.' });
  assert.equal((await agent.next('accepted')).seq, 3);
  const reply = await customer.next('msg', (m) => m.from === 'agent');
  assert.equal(reply.text, 'Det kommer i morgon.');
  assert.equal(reply.agent?.name, 'Anna');
  agent.close();
  customer.close();
});

test('a resent frame is stored once; a customer who comes back gets what was said while away', async () => {
  const { relay, store, anna } = await setup();
  const agent = await FrameClient.agent(relay.url, anna.token);
  const first = await FrameClient.customer(relay.url);
  const session = (await first.next('welcome')).session!;
  first.send({ type: 'say', clientId: 'dup-0000001', text: 'en gång' });
  first.send({ type: 'say', clientId: 'dup-0000001', text: 'en gång' });
  const a1 = await first.next('accepted');
  const a2 = await first.next('accepted', () => true, 5000, first.frames.indexOf(a1) + 1);
  assert.equal(a1.seq, a2.seq);
  first.close();
  await first.waitClosed();

  agent.send({ type: 'say', conversation: a1.conversation, clientId: 'ans-000001', text: 'Svar medan du var borta' });
  await agent.next('accepted');
  const back = await FrameClient.customer(relay.url, { session });
  assert.equal((await back.next('welcome')).conversation, a1.conversation);
  const kept = await back.next('msg', (m) => m.from === 'agent');
  assert.equal(kept.text, 'Svar medan du var borta');
  assert.equal(store.counts().messages, 3, 'customer message, joined notice, answer: nothing twice');
  back.close();
  agent.close();
});

test('two agents claim the same chat at once: exactly one wins, the other is told who', async () => {
  const { relay, anna, bo } = await setup();
  const a = await FrameClient.agent(relay.url, anna.token);
  const b = await FrameClient.agent(relay.url, bo.token);
  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'say', clientId: 'race-000001', text: 'hjälp' });
  const { conversation } = await customer.next('accepted');
  await a.next('msg');
  await b.next('msg');
  a.send({ type: 'claim', conversation, ref: 'a' });
  b.send({ type: 'claim', conversation, ref: 'b' });
  const outcomes = await Promise.all([
    Promise.race([a.next('ok', (f) => f.ref === 'a').then(() => 'won'), a.next('error', (f) => f.ref === 'a').then((e) => e.code)]),
    Promise.race([b.next('ok', (f) => f.ref === 'b').then(() => 'won'), b.next('error', (f) => f.ref === 'b').then((e) => e.code)]),
  ]);
  assert.deepEqual([...outcomes].sort(), ['already_claimed', 'won']);
  const loser = outcomes[0] === 'won' ? b : a;
  // the loser may not answer a chat that is not theirs
  loser.send({ type: 'say', conversation, clientId: 'loser-00001', text: 'jag tar den' });
  assert.equal((await loser.next('error', (e) => e.ref === 'loser-00001')).code, 'not_owner');
  a.close();
  b.close();
  customer.close();
});

test('malformed, unauthenticated and oversized frames: an error frame or a close code, nothing stored', async () => {
  const { relay, store, anna } = await setup();
  const before = store.counts();

  const noHello = await new FrameClient(relay.url);
  await noHello.opened;
  noHello.send({ type: 'say', clientId: 'sneaky-0001', text: 'hej' });
  assert.equal((await noHello.waitClosed()).code, RELAY_CLOSE.unauthorized);

  const badToken = new FrameClient(relay.url);
  await badToken.opened;
  badToken.send({ type: 'hello', v: 1, role: 'agent', token: 'x'.repeat(40) });
  assert.equal((await badToken.next('error')).code, 'unauthorized');
  assert.equal((await badToken.waitClosed()).code, RELAY_CLOSE.unauthorized);

  const agent = await FrameClient.agent(relay.url, anna.token);
  agent.send('{not json');
  assert.equal((await agent.next('error')).code, 'bad_frame');
  agent.send({ type: 'say', conversation: 'nope', clientId: 'x', text: 1 });
  assert.match((await agent.next('error', (e) => /conversation|clientId|text/.test(e.message))).message, /invalid frame/);
  agent.send({ type: 'launch-missiles' });
  await agent.next('error', (e) => e.code === 'bad_frame' && agent.frames.filter((f) => f.type === 'error').length >= 3);
  agent.ws.send(Buffer.from([1, 2, 3]), { binary: true });
  await agent.next('error', () => agent.frames.filter((f) => f.type === 'error').length >= 4);

  const big = await FrameClient.customer(relay.url);
  big.send({ type: 'say', clientId: 'huge-000001', text: 'x'.repeat(RELAY_MAX_FRAME_BYTES + 10) });
  assert.equal((await big.waitClosed()).code, 1009);

  const counts = store.counts();
  assert.equal(counts.messages, before.messages);
  assert.equal(counts.conversations, before.conversations);
  agent.close();
});

test('too many malformed frames close the connection; a flood is rate limited, then closed', async () => {
  const { relay } = await setup({ limits: { maxBadFrames: 3, framesPerSecond: 5, frameBurst: 5, maxRateStrikes: 20 } });
  const sloppy = await FrameClient.customer(relay.url);
  for (let i = 0; i < 3; i++) sloppy.send('[]');
  assert.equal((await sloppy.waitClosed()).code, RELAY_CLOSE.badFrames);

  const flood = await FrameClient.customer(relay.url);
  for (let i = 0; i < 40; i++) flood.send({ type: 'typing', on: true });
  assert.equal((await flood.next('error', (e) => e.code === 'rate_limited')).code, 'rate_limited');
  assert.equal((await flood.waitClosed()).code, RELAY_CLOSE.rateLimited);
});

test('the origin allow-list and the per-address connection limit refuse before the upgrade', async () => {
  const { relay } = await setup({ allowedOrigins: ['https://shop.example'], limits: { maxConnectionsPerIp: 2 } });
  await assert.rejects(new FrameClient(relay.url, { Origin: 'https://evil.example' }).opened, /HTTP 403/);
  const ok1 = await FrameClient.customer(relay.url, {}, { Origin: 'https://shop.example' });
  const ok2 = await FrameClient.customer(relay.url, {}, { Origin: 'https://shop.example' });
  await assert.rejects(new FrameClient(relay.url, { Origin: 'https://shop.example' }).opened, /HTTP 429/);
  ok1.close();
  ok2.close();
});

test('a connection that never says hello is closed after the hello timeout', async () => {
  const { relay } = await setup({ limits: { helloTimeoutMs: 200 } });
  const silent = new FrameClient(relay.url);
  await silent.opened;
  assert.equal((await silent.waitClosed()).code, RELAY_CLOSE.helloTimeout);
});

test('when the shop is closed or nobody is online the customer is told why', async () => {
  const { relay, store, anna } = await setup();
  const customer = await FrameClient.customer(relay.url);
  assert.equal((await customer.next('queue')).reason, 'noAgents');
  const agent = await FrameClient.agent(relay.url, anna.token);
  await customer.next('queue', (q) => q.open);
  store.setShop({ ...ALWAYS_OPEN_SHOP, openingHours: Array(7).fill(null) });
  agent.send({ type: 'presence', state: 'online', capacity: 2 });
  await customer.next('queue', (q) => !q.open && q.reason === 'closed');
  agent.close();
  customer.close();
});

test('leave a message and request a callback become conversations for the agents', async () => {
  // the relay's clock starts late on a winter evening: "tomorrow" is the shop's, not the UTC date
  const start = Date.parse('2026-12-01T23:10:00+01:00');
  const { relay, anna } = await setup({ now: clockStartingAt(start).now });
  const agent = await FrameClient.agent(relay.url, anna.token);
  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'leave', clientId: 'leave-00001', name: 'Eva Ek', email: 'eva@example.se', text: 'Ring inte, mejla.' });
  const left = await agent.next('conversation', (c) => c.conversation.kind === 'message');
  assert.equal(left.conversation.customer.email, 'eva@example.se');
  assert.equal((await agent.next('msg', (m) => m.conversation === left.conversation.id)).text, 'Ring inte, mejla.');
  // the widget asks for the days it may offer: today has its last 15-minute slots after the lead time
  customer.send({ type: 'days' });
  const { days } = await customer.next('days');
  assert.deepEqual(days.slice(0, 3).map((d) => d.date), ['2026-12-01', '2026-12-02', '2026-12-03']);
  assert.equal(days[0]!.free, 1, '23:45 only: 23:40 is the earliest with the lead time, and the grid is quarter-hours');
  assert.equal(days.length, 14);
  // then tomorrow's slots, and books the first
  const tomorrow = '2026-12-02';
  customer.send({ type: 'slots', date: tomorrow });
  const { slots } = await customer.next('slots');
  assert.equal(slots.length, 96, 'open round the clock in 15-minute slots');
  customer.send({ type: 'callback', clientId: 'cb-0000001', name: 'Eva Ek', phone: '+46 70 123 45 67', at: new Date(slots[0]!.at).toISOString(), note: 'Fel storlek' });
  const cb = await agent.next('conversation', (c) => c.conversation.kind === 'callback');
  assert.equal(cb.conversation.callbackAt, slots[0]!.at);
  assert.equal(cb.conversation.callbackStatus, 'booked');
  assert.equal(cb.conversation.customer.phone, '+46701234567', 'kept in one form, so one number is one number');

  // the slot had one place: the next customer is told it is taken, and it is no longer offered
  const other = await FrameClient.customer(relay.url);
  other.send({ type: 'callback', clientId: 'cb-0000002', name: 'Per', phone: '+46701111111', at: new Date(slots[0]!.at).toISOString(), note: '' });
  assert.equal((await other.next('error', (e) => e.ref === 'cb-0000002')).code, 'slot_full');
  other.send({ type: 'slots', date: tomorrow });
  assert.notEqual((await other.next('slots')).slots[0]!.at, slots[0]!.at);
  // a time off the grid is refused
  other.send({ type: 'callback', clientId: 'cb-0000003', name: 'Per', phone: '+46701111111', at: new Date(slots[0]!.at + 60_000).toISOString(), note: '' });
  assert.equal((await other.next('error', (e) => e.ref === 'cb-0000003')).code, 'bad_frame');
  // an agent books the next slot for a case; a second agent booking past capacity is refused
  agent.send({ type: 'book', ref: 'b1', at: slots[1]!.at, phone: '+46702222222', name: 'Kim', note: 'Ring om fakturan', caseRef: 'case-123' });
  const ok = await agent.next('ok', (f) => f.ref === 'b1');
  const booked = await agent.next('conversation', (c) => c.conversation.id === ok.conversation);
  assert.equal(booked.conversation.caseRef, 'case-123');
  agent.send({ type: 'book', ref: 'b2', at: slots[1]!.at, phone: '+46703333333', name: 'Lo' });
  assert.equal((await agent.next('error', (e) => e.ref === 'b2')).code, 'slot_full');
  agent.send({ type: 'callbackUpdate', ref: 'u1', conversation: ok.conversation!, status: 'done' });
  await agent.next('conversation', (c) => c.conversation.id === ok.conversation && c.conversation.state === 'closed');
  agent.close();
  customer.close();
  other.close();
});

test('with a certificate the relay speaks https and wss', { skip: fs.existsSync('/usr/bin/openssl') ? false : 'openssl is not installed' }, async () => {
  const dir = tempDir('vaxel-relay-tls-');
  const r = spawnSync('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '2', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem')], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  const cert = fs.readFileSync(path.join(dir, 'cert.pem'), 'utf8');
  const { relay } = await setup({ tls: { cert, key: fs.readFileSync(path.join(dir, 'key.pem')) } });
  assert.match(relay.url, /^https:/);
  const health = await new Promise<string>((resolve, reject) =>
    https.get(`${relay.url}/health`, { ca: cert }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve(body));
    }).on('error', reject),
  );
  assert.equal(health, '{"ok":true}');
  const customer = await FrameClient.customer(relay.url, {}, {}, { ca: cert });
  assert.ok((await customer.next('welcome')).session);
  customer.close();
  // a client that does not trust the certificate is refused by TLS, not by the relay
  await assert.rejects(new FrameClient(relay.url).opened, /self-signed|certificate/i);
});

test('the widget script, the demo page and the health check are served; other paths are not', async () => {
  const { relay } = await setup();
  const get = async (p: string) => {
    const res = await fetch(`${relay.url}${p}`);
    return { status: res.status, type: res.headers.get('content-type') ?? '', body: await res.text() };
  };
  const widget = await get('/widget.js');
  assert.equal(widget.status, 200);
  assert.match(widget.type, /javascript/);
  assert.ok(widget.body.length < 40_000, `the widget stays small (${widget.body.length} bytes)`);
  assert.match((await get('/demo')).body, /<script src="\/widget\.js"/);
  assert.equal((await get('/health')).status, 200);
  assert.equal((await get('/.env')).status, 404);
});

test('the page a customer chats from reaches the agents without its query string or fragment', async () => {
  const { relay, anna } = await setup();
  const agent = await FrameClient.agent(relay.url, anna.token);
  const customer = await FrameClient.customer(relay.url, { page: 'https://butik.se/kassa?reset-token=hemlig#steg2' });
  customer.send({ type: 'say', clientId: 'page-000001', text: 'Hej' });
  const c = await agent.next('conversation', (f) => f.conversation.kind === 'chat');
  assert.equal(c.conversation.customer.page, 'https://butik.se/kassa');
  agent.close();
  customer.close();
});

test('a chat picture must be what its bytes say, and never keeps the sender’s file name', async () => {
  const { relay, anna } = await setup();
  const agent = await FrameClient.agent(relay.url, anna.token);
  const customer = await FrameClient.customer(relay.url);
  const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>').toString('base64');
  customer.send({ type: 'say', clientId: 'img-0000001', text: '', image: { name: 'kvitto.png', type: 'image/png', data: svg } });
  assert.equal((await customer.next('error', (e) => e.ref === 'img-0000001')).code, 'bad_frame');
  const png = Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), Buffer.alloc(32)]).toString('base64');
  customer.send({ type: 'say', clientId: 'img-0000002', text: 'Här', image: { name: '../../Mina dokument/Personnummer 19800101-1234.png', type: 'image/png', data: png } });
  const m = await agent.next('msg', (x) => x.text === 'Här');
  assert.equal(m.image?.name, 'image.png');
  agent.close();
  customer.close();
});

test('an agent shows by the name chosen in Växel: in the welcome, to colleagues, on the chats it claims; a taken name is kept apart', async () => {
  const { relay, anna, bo } = await setup();
  const a = new FrameClient(relay.url);
  await a.opened;
  a.send({ type: 'hello', v: 1, role: 'agent', token: anna.token, name: 'Anna Lind' });
  assert.equal((await a.next('welcome')).you?.name, 'Anna Lind');
  const b = await FrameClient.agent(relay.url, bo.token);
  await b.next('agents', (f) => f.agents.some((x) => x.name === 'Anna Lind'));
  // a presence frame can rename too, but not to a colleague's name
  b.send({ type: 'presence', state: 'online', capacity: 3, name: 'Anna Lind' });
  b.send({ type: 'presence', state: 'online', capacity: 3, name: 'Bo Ek' });
  await a.next('agents', (f) => f.agents.some((x) => x.name === 'Bo Ek') && f.agents.some((x) => x.name === 'Anna Lind'));
  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'say', clientId: 'c-00000009', text: 'Hej' });
  const conv = (await a.next('conversation')).conversation.id;
  a.send({ type: 'claim', conversation: conv, ref: 'r1' });
  assert.match((await customer.next('msg', (m) => m.from === 'system')).text, /Anna Lind/);
  a.close();
  b.close();
  customer.close();
});

test('an agent’s line goes to the customer and the other agents, not back to the agent who wrote it', async () => {
  const { relay, anna, bo } = await setup();
  const a = await FrameClient.agent(relay.url, anna.token);
  const b = await FrameClient.agent(relay.url, bo.token);
  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'say', clientId: 'c-echo-0001', text: 'Hej!' });
  const first = await a.next('msg', (m) => m.from === 'customer');
  a.send({ type: 'say', conversation: first.conversation, clientId: 'a-echo-0001', text: 'Hej, vad kan jag hjälpa till med?' });
  const accepted = await a.next('accepted', (f) => f.clientId === 'a-echo-0001');
  assert.equal((await b.next('msg', (m) => m.clientId === 'a-echo-0001')).seq, accepted.seq);
  await customer.next('msg', (m) => m.clientId === 'a-echo-0001');
  await assert.rejects(a.next('msg', (m) => m.clientId === 'a-echo-0001', 300), /no msg frame/);
  a.close();
  b.close();
  customer.close();
});
