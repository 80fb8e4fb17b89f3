import assert from 'node:assert/strict';
import fs from 'node:fs';
import { test } from 'node:test';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import type { AppApi } from '../../shared/contract/api';
import type { AppError } from '../../shared/contract/errors';
import { createServices, type Services } from '../../electron/services/app/createServices';
import { ALWAYS_OPEN_SHOP, FrameClient, inProcessRelay, relayProcess } from '../helpers/relay';
import { ResilientCustomer } from '../helpers/resilientCustomer';
import { tcpProxy } from '../helpers/tcpProxy';
import { tempDir } from '../helpers/tempDir';
import { until } from '../helpers/until';


/** One agent's laptop: its own data directory and store, connected to the relay with its token. */
async function laptop(relayUrl: string, token: string, name: string): Promise<{ services: Services; api: AppApi }> {
  const services = createServices({ dataDir: tempDir(), mode: 'test', osLocale: 'sv-SE', startChat: true, chatTuning: { backoffMs: [100, 1000], silenceMs: 20_000 } });
  const api = createInMemoryClient(services.endpoint);
  // the laptop tells the relay its opening hours when it connects: open round the clock, so the test runs at any hour
  await api.updateSettings({ agentName: name, openingHours: ALWAYS_OPEN_SHOP.openingHours });
  await api.saveChatRelay({ url: relayUrl, token });
  await until(`${name} online`, () => services.chat.status().state === 'online');
  return { services, api };
}

const chatCaseOf = (s: Services, conversation: string) => s.repos.chat.conversation(conversation)?.case_id ?? null;

test('a full conversation between a customer and two agents’ Växel, kept and searchable on both laptops', async (t) => {
  const { relay, store } = await inProcessRelay();
  store.setShop(ALWAYS_OPEN_SHOP);
  const anna = await laptop(relay.url, store.addAgent('Anna', Date.now()).token, 'Anna');
  const bo = await laptop(relay.url, store.addAgent('Bo', Date.now()).token, 'Bo');
  t.after(async () => {
    await anna.services.close();
    await bo.services.close();
  });
  const arrivals: string[] = [];
  anna.api.on('chatArrived', (p) => arrivals.push(p.text));

  const customer = await FrameClient.customer(relay.url);
  customer.send({ type: 'say', clientId: 'cust-000001', text: 'Hej, min beställning 12345 har inte kommit' });
  const { conversation } = await customer.next('accepted');
  const caseA = await until('the chat as a case on Anna’s laptop', () => chatCaseOf(anna.services, conversation));
  const caseB = await until('the chat as a case on Bo’s laptop', () => chatCaseOf(bo.services, conversation));
  const detail = await anna.api.getCase({ id: caseA });
  assert.equal(detail.case.channel, 'chat');
  assert.equal(detail.chat?.state, 'queued');
  assert.match(detail.case.subject, /beställning 12345/);
  assert.ok(detail.case.slaDueAt! - detail.case.waitingSince! === 60_000, 'first response due within the chat target of 60 s');
  await until('the arrival event (sound and notification)', () => arrivals.length === 1);

  // both claim at once: one wins, the other is told who has it
  const results = await Promise.allSettled([anna.api.claimChat({ caseId: caseA }), bo.api.claimChat({ caseId: caseB })]);
  assert.equal(results.filter((r) => r.status === 'fulfilled').length, 1);
  const lost = results.find((r) => r.status === 'rejected') as PromiseRejectedResult;
  assert.equal(lost.reason.code, 'CONFLICT');
  assert.equal(lost.reason.reason, 'chatClaimed', 'the window words it: a colleague took it first');
  const winner = results[0]!.status === 'fulfilled' ? anna : bo;
  const loser = winner === anna ? bo : anna;
  const winnerCase = winner === anna ? caseA : caseB;
  const loserCase = winner === anna ? caseB : caseA;
  const winnerName = winner === anna ? 'Anna' : 'Bo';
  await until('the other laptop sees who owns it', () => loser.services.repos.cases.get(loserCase)?.assignee === winnerName);
  await assert.rejects(loser.api.sendChat({ caseId: loserCase, text: 'jag med' }), (e: AppError) => {
    assert.match(e.message, /has this chat/);
    assert.deepEqual([e.reason, e.values], ['chatTakenBy', { name: winnerName }]);
    return true;
  });

  customer.send({ type: 'typing', on: true });
  const typing = new Promise((resolve) => winner.api.on('chatTyping', resolve));
  assert.deepEqual(await typing, { caseId: winnerCase, name: '', on: true });

  const sent = await winner.api.sendChat({ caseId: winnerCase, text: 'Jag kollar order 12345 direkt!' });
  assert.equal(sent.direction, 'out');
  const reply = await customer.next('msg', (m) => m.from === 'agent');
  assert.equal(reply.text, 'Jag kollar order 12345 direkt!');
  assert.equal(reply.agent?.name, winnerName);
  await until('the line marked sent', () => winner.services.repos.messages.get(sent.id)?.delivery?.state === 'sent');

  customer.send({ type: 'say', clientId: 'cust-000002', text: 'Tack! Den skulle levereras till Malmö.' });
  for (const s of [anna, bo]) {
    const id = s === anna ? caseA : caseB;
    const texts = await until('the whole chat on both laptops', () => {
      const m = s.services.repos.messages.listByCase(id).map((x) => x.bodyText);
      return m.includes('Tack! Den skulle levereras till Malmö.') && m;
    });
    assert.equal(texts.filter((x) => x === 'Jag kollar order 12345 direkt!').length, 1, 'each line once');
    const hits = await s.api.search({ query: 'Malmö' });
    assert.equal(hits.hits[0]?.case.id, id, 'the chat is searchable offline');
  }

  // transfer to the colleague, then they end it
  const loserId = (await loser.api.getChatStatus()).me!.id;
  await winner.api.transferChat({ caseId: winnerCase, toAgentId: loserId });
  await until('the colleague now has it', () => loser.services.repos.chat.ofCase(loserCase)?.owner_id === loserId);
  assert.match((await customer.next('msg', (m) => m.from === 'system' && /kopplats vidare/.test(m.text))).text, /kopplats vidare/);
  await loser.api.endChat({ caseId: loserCase });
  await until('ended on both', () => winner.services.repos.chat.ofCase(winnerCase)?.state === 'closed');
  customer.close();
});

test('kill -9 of the relay mid-conversation: after the restart nothing is lost or doubled on either side', async (t) => {
  const dir = tempDir('vaxel-relay-kill-');
  const relay = await relayProcess(dir);
  const token = relay.addAgent('Anna');
  const anna = await laptop(relay.url, token, 'Anna');
  t.after(() => anna.services.close());
  const customer = new ResilientCustomer(relay.url, 100);
  t.after(() => customer.stop());

  const first = customer.say('kund 0');
  await until('the first line stored', () => customer.accepted.has(first));
  const caseId = await until('the case', () => chatCaseOf(anna.services, customer.conversation!));
  await anna.api.claimChat({ caseId });

  const N = 30;
  const customerIds = [first];
  const agentTexts: string[] = [];
  for (let i = 1; i <= N; i++) {
    customerIds.push(customer.say(`kund ${i}`));
    const text = `agent ${i}`;
    agentTexts.push(text);
    await anna.api.sendChat({ caseId, text });
    if (i === 12) await relay.kill9();
    if (i === 20) await relay.start();
    await new Promise((r) => setTimeout(r, 20));
  }

  await until('every customer line confirmed', () => customer.pending.size === 0, 30_000);
  await until('every agent line sent', () => anna.services.repos.outbox.pending().length === 0, 30_000);
  const got = await until('the customer has every agent line', () => {
    const lines = customer.fromAgent().map((m) => m.text);
    return lines.length >= N && lines;
  }, 30_000);
  assert.deepEqual(got, agentTexts, 'each agent line once, in the order written');

  const stored = await until('Växel has every customer line', () => {
    const lines = anna.services.repos.messages.listByCase(caseId).filter((m) => m.direction === 'in').map((m) => m.bodyText);
    return lines.length >= N + 1 && lines;
  }, 30_000);
  assert.deepEqual([...stored].sort(), Array.from({ length: N + 1 }, (_, i) => `kund ${i}`).sort(), 'each customer line once');
  const outs = anna.services.repos.messages.listByCase(caseId).filter((m) => m.direction === 'out').map((m) => m.bodyText);
  assert.deepEqual(outs, agentTexts);
  assert.equal(new Set(customerIds.map((id) => customer.accepted.get(id))).size, N + 1, 'distinct relay seqs');
});

test('an agent laptop offline for a minute: what was written on both sides arrives once, in order', { timeout: 150_000 }, async (t) => {
  const { relay, store } = await inProcessRelay();
  store.setShop(ALWAYS_OPEN_SHOP);
  const proxy = await tcpProxy(relay.port);
  const anna = await laptop(`http://127.0.0.1:${proxy.port}`, store.addAgent('Anna', Date.now()).token, 'Anna');
  t.after(() => anna.services.close());
  const customer = new ResilientCustomer(relay.url);
  t.after(() => customer.stop());
  customer.say('hej före');
  const caseId = await until('the case', () => customer.conversation && chatCaseOf(anna.services, customer.conversation));
  await anna.api.claimChat({ caseId });

  proxy.goOffline();
  const offlineSince = Date.now();
  for (const text of ['offline 1', 'offline 2', 'offline 3']) await anna.api.sendChat({ caseId, text });
  customer.say('medan du var borta 1');
  customer.say('medan du var borta 2');
  await until('Växel notices it is offline', () => anna.services.chat.status().state !== 'online', 40_000);
  assert.equal((await anna.api.getStatus()).online, false);
  assert.equal(anna.services.repos.outbox.pending().length, 3, 'the lines wait in the outbox');
  await new Promise((r) => setTimeout(r, Math.max(0, 60_000 - (Date.now() - offlineSince))));
  proxy.goOnline();

  await until('back online', () => anna.services.chat.status().state === 'online', 30_000);
  await until('the outbox is empty', () => anna.services.repos.outbox.pending().length === 0, 30_000);
  const fromAgent = await until('the customer has the offline lines', () => {
    const l = customer.fromAgent().map((m) => m.text);
    return l.length >= 3 && l;
  });
  assert.deepEqual(fromAgent, ['offline 1', 'offline 2', 'offline 3']);
  const ins = await until('Växel has what the customer wrote', () => {
    const l = anna.services.repos.messages.listByCase(caseId).filter((m) => m.direction === 'in').map((m) => m.bodyText);
    return l.length >= 3 && l;
  });
  assert.deepEqual(ins, ['hej före', 'medan du var borta 1', 'medan du var borta 2']);
});

test('1,000 customers connected at once are held, told their place, and reach the agent', { timeout: 120_000 }, async () => {
  // 1,000 visitors, all from this computer's one address
  const { relay, store } = await inProcessRelay({ limits: { maxConnectionsPerIp: 5000, connectionsPerIpPerMinute: 10_000, conversationsPerAddress: 5000 } });
  store.setShop(ALWAYS_OPEN_SHOP);
  const agent = await FrameClient.agent(relay.url, store.addAgent('Anna', Date.now()).token);
  const customers: FrameClient[] = [];
  for (let i = 0; i < 1000; i += 100) {
    customers.push(...(await Promise.all(Array.from({ length: 100 }, () => FrameClient.customer(relay.url)))));
  }
  assert.equal(relay.stats().customers, 1000);
  customers.forEach((c, i) => c.send({ type: 'say', clientId: `load-${String(i).padStart(6, '0')}`, text: `kund ${i}` }));
  await Promise.all(customers.map((c) => c.next('accepted', () => true, 30_000)));
  await until('the agent got all 1,000 chats', () => agent.frames.filter((f) => f.type === 'msg').length >= 1000, 60_000);
  const last = customers[999]!;
  const place = await last.next('queue', (q) => q.position !== null, 10_000);
  assert.ok(place.position! > 900, `the last to write is near the end of the queue (${place.position})`);
  assert.equal(relay.stats().customers, 1000, 'all still connected');
  customers.forEach((c) => c.close());
  agent.close();
});

test('the relay keeps its database readable by its own user only, even a file that existed before', { skip: process.platform === 'win32' ? 'POSIX modes' : false }, async (t) => {
  const dir = tempDir('vaxel-relay-modes-');
  const relay = await relayProcess(dir);
  t.after(() => relay.kill9());
  relay.addAgent('Anna'); // the store exists now, made by this (test) process
  fs.chmodSync(relay.db, 0o644);
  await relay.kill9();
  await relay.start();
  const mode = (f: string) => fs.statSync(f).mode & 0o777;
  for (const f of [relay.db, `${relay.db}-wal`, `${relay.db}-shm`].filter((x) => fs.existsSync(x))) assert.equal(mode(f), 0o600, f);
});
