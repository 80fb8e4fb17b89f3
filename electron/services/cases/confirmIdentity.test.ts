import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import type { ConversationInfo } from '../../../shared/contract/relayProtocol';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { storeConversation } from '../chat/chatIngest';

function setup() {
  const clock = manualClock(Date.parse('2026-11-02T10:00:00+01:00'));
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE' });
  return { clock, services, api: createInMemoryClient(services.endpoint) };
}

const visitor = (id: string, customerId: string, email: string | null, phone: string | null = null): ConversationInfo => ({
  id,
  kind: 'message',
  state: 'queued',
  owner: null,
  customer: { id: customerId, name: 'Lisa', email, phone, lang: 'sv', page: null, timeZone: null },
  createdAt: Date.parse('2026-11-02T10:00:00+01:00'),
  lastSeq: 0,
  callbackAt: null,
  callbackStatus: null,
  caseRef: null,
});

test('a visitor who types a known customer’s address sees none of that customer’s history', async () => {
  const { api, services } = setup();
  const known = await api.createCase({ channel: 'email', subject: 'Min order 5531', customer: { name: 'Lisa Berg', email: 'lisa@example.se' } });
  const { caseId } = services.db.transaction(() => storeConversation(services, visitor('conv-1', 'relay-cust-1', 'LISA@example.se', '070-123 45 67')))();

  const d = await api.getCase({ id: caseId });
  assert.notEqual(d.case.customerId, known.customerId, 'not joined to the known customer');
  assert.deepEqual(d.otherCases, []);
  assert.deepEqual(d.customer?.identities, [{ kind: 'chat', value: 'relay-cust-1' }]);
  assert.deepEqual(d.customer?.unverified, [
    { kind: 'email', value: 'lisa@example.se' },
    { kind: 'phone', value: '+46701234567' },
  ]);
  const k = await api.getCase({ id: known.id });
  assert.deepEqual(k.customer?.identities, [{ kind: 'email', value: 'lisa@example.se' }], 'the known customer gains nothing either');
  assert.deepEqual(k.otherCases, []);
  services.close();
});

test('once the agent confirms it, the visitor becomes the known customer with all their cases', async () => {
  const { api, services } = setup();
  const known = await api.createCase({ channel: 'email', subject: 'Min order 5531', customer: { name: 'Lisa Berg', email: 'lisa@example.se' } });
  const first = services.db.transaction(() => storeConversation(services, visitor('conv-1', 'relay-cust-1', 'lisa@example.se')))();
  const second = services.db.transaction(() => storeConversation(services, visitor('conv-2', 'relay-cust-1', null)))();

  const after = await api.confirmIdentity({ caseId: first.caseId, kind: 'email', value: ' Lisa@Example.se ' });
  assert.equal(after.case.customerId, known.customerId);
  assert.deepEqual(after.customer?.unverified, []);
  assert.deepEqual(new Set(after.otherCases.map((c) => c.id)), new Set([known.id, second.caseId]), 'the visitor’s other chat came along');
  assert.equal(after.customer?.name, 'Lisa Berg', 'the known name stays');
  assert.deepEqual(after.events.at(-1)?.kind, 'identity_confirmed');
  assert.deepEqual((await api.search({ query: 'lisa berg' })).hits.length, 3, 'search finds the joined cases by the customer’s name');

  // the next chat from the same browser is the known customer's at once
  const third = services.db.transaction(() => storeConversation(services, visitor('conv-3', 'relay-cust-1', null)))();
  assert.equal((await api.getCase({ id: third.caseId })).case.customerId, known.customerId);
  services.close();
});

test('a confirmed address nobody had becomes the customer’s own; a value never given is refused', async () => {
  const { api, services } = setup();
  const { caseId } = services.db.transaction(() => storeConversation(services, visitor('conv-1', 'relay-cust-9', 'new@example.se')))();
  await assert.rejects(api.confirmIdentity({ caseId, kind: 'email', value: 'other@example.se' }), /did not give/);
  const d = await api.confirmIdentity({ caseId, kind: 'email', value: 'new@example.se' });
  assert.deepEqual(d.customer?.identities, [
    { kind: 'chat', value: 'relay-cust-9' },
    { kind: 'email', value: 'new@example.se' },
  ]);
  assert.deepEqual(d.customer?.unverified, []);
  // announced again by the relay, the confirmed address is not made a claim once more
  services.db.transaction(() => storeConversation(services, visitor('conv-1', 'relay-cust-9', 'new@example.se')))();
  assert.deepEqual((await api.getCase({ id: caseId })).customer?.unverified, []);
  services.close();
});

test('a callback an agent books from a case stays with that case’s customer; no visitor is made for it', async () => {
  const { api, services } = setup();
  const known = await api.createCase({ channel: 'email', subject: 'Faktura', customer: { name: 'Lisa Berg', email: 'lisa@example.se', phone: '+46701234567' } });
  const before = services.db.prepare('SELECT count(*) FROM customers').pluck().get();
  services.db.transaction(() => storeConversation(services, { ...visitor('conv-cb-1', 'relay-for-booking', null, '+46701234567'), kind: 'callback', caseRef: known.id, callbackAt: Date.parse('2026-11-03T10:00:00+01:00'), callbackStatus: 'booked' }))();
  assert.equal(services.db.prepare('SELECT count(*) FROM customers').pluck().get(), before, 'no customer was made for the booking');
  assert.equal(services.repos.callbacks.ofCase(known.id)[0]!.customer_id, known.customerId);
  services.close();
});
