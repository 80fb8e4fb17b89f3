import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { manualClock } from '../../../shared/domain/clock';

async function setup() {
  const clock = manualClock(Date.UTC(2026, 10, 2, 9, 0));
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock, osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  const a = await api.createCase({ channel: 'phone', subject: 'Faktura', customer: { name: 'Eva', phone: '+46701111111' }, note: 'Första samtalet' });
  clock.advance(60_000);
  const b = await api.createCase({ channel: 'phone', subject: 'Faktura igen', customer: { name: 'Eva', phone: '+46701111111' }, note: 'Andra samtalet' });
  return { clock, services, api, a, b };
}

test('merging moves every message into one case and resolves the other with a pointer', async () => {
  const { api, services, a, b } = await setup();
  const merged = await api.mergeCases({ intoId: a.id, fromId: b.id });
  assert.equal(merged.id, a.id);
  const into = await api.getCase({ id: a.id });
  assert.deepEqual(into.messages.map((m) => m.bodyText), ['Första samtalet', 'Andra samtalet']);
  assert.ok(into.events.some((e) => e.kind === 'merged' && e.data.fromNumber === b.number));
  const from = await api.getCase({ id: b.id });
  assert.equal(from.case.status, 'resolved');
  assert.equal(from.messages.length, 0);
  assert.ok(from.events.some((e) => e.kind === 'merged_into' && e.data.intoNumber === a.number));
  await assert.rejects(api.mergeCases({ intoId: a.id, fromId: a.id }), /itself/);
  await services.close();
});

test('splitting a message off starts a new case for the same customer; the only message can not be split', async () => {
  const { api, services, a, b } = await setup();
  await api.mergeCases({ intoId: a.id, fromId: b.id });
  const second = (await api.getCase({ id: a.id })).messages[1]!;
  const split = await api.splitMessage({ messageId: second.id });
  assert.notEqual(split.id, a.id);
  assert.equal(split.customerName, 'Eva');
  assert.deepEqual((await api.getCase({ id: split.id })).messages.map((m) => m.bodyText), ['Andra samtalet']);
  assert.deepEqual((await api.getCase({ id: a.id })).messages.map((m) => m.bodyText), ['Första samtalet']);
  const only = (await api.getCase({ id: split.id })).messages[0]!;
  await assert.rejects(api.splitMessage({ messageId: only.id }), /only message/);
  await services.close();
});
