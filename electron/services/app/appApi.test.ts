import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { tempDir } from '../../../tests/helpers/tempDir';
import { manualClock } from '../../../shared/domain/clock';
import { createServices } from './createServices';

function setup() {
  const clock = manualClock(Date.UTC(2026, 10, 2, 9, 0));
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  return { clock, services, api };
}

test('a case created by hand is listed, found by search and shown with its note and event log', async () => {
  const { api, services } = setup();
  await api.updateSettings({ agentName: 'Maja' });
  const c = await api.createCase({
    channel: 'phone',
    subject: 'Fakturan stämmer inte',
    priority: 'high',
    customer: { name: 'Örjan Svensson', phone: '+46 70 123 45 67' },
    note: 'Kunden ringde om faktura 5531, dubbeldebiterad.',
  });
  assert.equal(c.number, 1);
  assert.equal(c.assignee, 'Maja');
  assert.equal(c.slaDueAt, c.createdAt + 2 * 3600 * 1000, 'phone target is two hours');

  const list = await api.listCases({});
  assert.equal(list.total, 1);
  assert.equal(list.items[0]!.customerName, 'Örjan Svensson');

  for (const q of ['dubbeldebiterad', 'orjan', 'faktura 5531', '#1']) {
    const { hits } = await api.search({ query: q });
    assert.equal(hits.length, 1, `search ${q}`);
    assert.equal(hits[0]!.case.id, c.id);
  }
  const detail = await api.getCase({ id: c.id });
  assert.equal(detail.messages.length, 1);
  assert.equal(detail.messages[0]!.direction, 'note');
  assert.deepEqual(detail.events.map((e) => e.kind), ['created']);
  assert.deepEqual(detail.customer?.identities, [{ kind: 'phone', value: '+46701234567' }]);
  services.close();
});

test('status and priority changes are logged and reorder the queue', async () => {
  const { api, clock, services } = setup();
  const a = await api.createCase({ channel: 'email', subject: 'A', customer: { name: 'A', email: 'a@example.se' } });
  clock.advance(1000);
  const b = await api.createCase({ channel: 'chat', subject: 'B', customer: { name: 'B' } });
  // chat's one-minute target puts B before A at equal priority
  assert.deepEqual((await api.listCases({})).items.map((x) => x.id), [b.id, a.id]);
  await api.updateCase({ id: a.id, priority: 'urgent' });
  assert.deepEqual((await api.listCases({})).items.map((x) => x.id), [a.id, b.id]);

  const resolved = await api.updateCase({ id: a.id, status: 'resolved' });
  assert.equal(resolved.slaDueAt, null);
  assert.equal((await api.listCases({ filter: 'active' })).total, 1);
  assert.equal((await api.listCases({ filter: 'all' })).total, 2);

  clock.advance(60_000);
  const reopened = await api.updateCase({ id: a.id, status: 'open' });
  assert.equal(reopened.waitingSince, clock.now());
  const kinds = (await api.getCase({ id: a.id })).events.map((e) => e.kind);
  assert.deepEqual(kinds, ['created', 'priority', 'status', 'status']);
  services.close();
});

test('the same e-mail address finds the same customer, whose other cases are shown', async () => {
  const { api, services } = setup();
  const first = await api.createCase({ channel: 'email', subject: 'Ett', customer: { name: 'Lisa', email: 'Lisa@Example.se' } });
  const second = await api.createCase({ channel: 'phone', subject: 'Två', customer: { name: '', email: 'lisa@example.se' } });
  assert.equal(first.customerId, second.customerId);
  const d = await api.getCase({ id: second.id });
  assert.deepEqual(d.otherCases.map((c) => c.id), [first.id]);
  services.close();
});

test('bad input is refused with a clear code and nothing is stored', async () => {
  const { api, services } = setup();
  await assert.rejects(api.createCase({ channel: 'fax' as 'email', subject: 'x', customer: {} }), { code: 'INVALID_INPUT' });
  await assert.rejects(api.createCase({ channel: 'email', subject: '   ', customer: {} }), { code: 'INVALID_INPUT' });
  await assert.rejects(api.createCase({ channel: 'email', subject: 'x', customer: { email: 'not-an-address' } }), { code: 'INVALID_INPUT' });
  await assert.rejects(api.getCase({ id: 'nope' }), { code: 'NOT_FOUND' });
  await assert.rejects(api.addNote({ caseId: 'nope', body: 'x' }), { code: 'NOT_FOUND' });
  await assert.rejects(api.updateSettings({ timeZone: 'Mars/Olympus' }), { code: 'INVALID_INPUT' });
  assert.equal((await api.listCases({ filter: 'all' })).total, 0);
  services.close();
});

test('events announce changed cases and settings', async () => {
  const { api, services } = setup();
  const seen: string[] = [];
  const off = api.on('casesChanged', (p) => seen.push(...p.ids));
  let lang = '';
  api.on('settingsChanged', (s) => (lang = s.language));
  const c = await api.createCase({ channel: 'walkin', subject: 'Byte av storlek', customer: { name: 'Kim' } });
  await api.addNote({ caseId: c.id, body: 'Bytte till storlek M.' });
  await api.updateSettings({ language: 'en' });
  off();
  await api.updateCase({ id: c.id, status: 'resolved' });
  assert.deepEqual(seen, [c.id, c.id]);
  assert.equal(lang, 'en');
  services.close();
});

test('account passwords are sealed and never returned', async () => {
  const { api, services } = setup();
  const server = { host: 'imap.example.se', port: 993, security: 'tls' as const, username: 'info@example.se' };
  const base = { label: 'Butiken', address: 'info@example.se', imap: server, smtp: { ...server, host: 'smtp.example.se', port: 465 } };
  const acc = await api.saveAccount({ ...base, password: 'hemligt' });
  assert.equal(acc.hasSecret, true);
  assert.ok(!JSON.stringify(await api.listAccounts()).includes('hemligt'));
  const raw = services.repos.accounts.sealedSecret(acc.id)!;
  assert.ok(!raw.toString('latin1').includes('hemligt'));
  // saving without a password keeps the stored one
  const again = await api.saveAccount({ ...base, id: acc.id, label: 'Butik' });
  assert.equal(again.hasSecret, true);
  assert.equal(again.label, 'Butik');
  assert.deepEqual(await api.removeAccount({ id: acc.id }), { removed: true });
  services.close();
});

test('unencrypted mail is refused unless allowed and to this computer', async () => {
  const { api, services } = setup();
  const plain = { host: 'mail.example.se', port: 143, security: 'none' as const, username: 'u' };
  const base = { label: 'x', address: 'a@example.se', imap: plain, smtp: { ...plain, port: 25 } };
  await assert.rejects(api.saveAccount(base), { code: 'INVALID_INPUT' });
  await assert.rejects(api.saveAccount({ ...base, allowPlaintext: true }), /only to this computer/);
  const local = { ...plain, host: '127.0.0.1' };
  await assert.rejects(api.saveAccount({ ...base, imap: local, smtp: local }), { code: 'INVALID_INPUT' });
  const ok = await api.saveAccount({ ...base, imap: local, smtp: local, allowPlaintext: true });
  assert.equal(ok.allowPlaintext, true);
  services.close();
});

test('a chat relay or SMS gateway in clear text is refused unless it is on this computer', async () => {
  const { api, services } = setup();
  await assert.rejects(api.saveChatRelay({ url: 'ws://chat.butik.se', token: 'x'.repeat(32) }), /https:\/\/ or wss:\/\//);
  await assert.rejects(api.saveChatRelay({ url: 'http://192.168.1.20:8787', token: 'x'.repeat(32) }), /https:\/\/ or wss:\/\//);
  await assert.rejects(api.saveSmsGateway({ baseUrl: 'http://api.46elks.com/a1', username: 'u', password: 'p', sender: 'Butiken' }), /https:\/\//);
  const ok = await api.saveChatRelay({ url: 'http://127.0.0.1:8787', token: 'x'.repeat(32) });
  assert.equal(ok.url, 'http://127.0.0.1:8787');
  await services.close();
});
