import { test } from 'node:test';
import assert from 'node:assert/strict';
import { manualClock } from '../../../shared/domain/clock';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';
import { refreshActivity } from './caseActivity';

async function setup() {
  const clock = manualClock(Date.parse('2026-12-01T10:00:00+01:00'));
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock });
  const api = createInMemoryClient(services.endpoint);
  const c = await api.createCase({ channel: 'email', subject: 'Leverans', customer: { name: 'Eva' } });
  const add = (direction: 'in' | 'out', bodyText: string) => {
    services.repos.messages.insert({ caseId: c.id, direction, channel: 'email', author: direction === 'in' ? 'Eva' : 'Butiken', bodyText, createdAt: clock.now() });
    refreshActivity(services, c.id, { reopenOnInbound: direction === 'in', at: clock.now() });
  };
  return { clock, services, api, c, add };
}

test('a message writes only the case columns that changed; a refresh that changes nothing writes nothing', async () => {
  const { clock, services, c, add } = await setup();
  add('in', 'Var är mitt paket?');
  const after = services.repos.cases.get(c.id)!;
  assert.equal(after.preview, 'Var är mitt paket?');
  assert.ok(after.waiting_since !== null && after.sla_due_at !== null);

  clock.advance(60_000);
  const total = services.db.prepare('SELECT total_changes()').pluck();
  const before = total.get() as number;
  refreshActivity(services, c.id, { reopenOnInbound: true, at: clock.now() });
  assert.equal(total.get(), before, 'nothing changed, nothing written');
  assert.equal(services.repos.cases.get(c.id)!.updated_at, after.updated_at);
  await services.close();
});

test('a case that stays resolved keeps the time it was resolved', async () => {
  const { clock, services, api, c, add } = await setup();
  add('in', 'Hej, fakturan?');
  clock.advance(60_000);
  await api.updateCase({ id: c.id, status: 'resolved' });
  const resolvedAt = services.repos.cases.get(c.id)!.resolved_at;
  assert.ok(resolvedAt !== null);
  clock.advance(60 * 60_000);
  add('out', 'Tack, vi har skickat den igen.');
  const row = services.repos.cases.get(c.id)!;
  assert.equal(row.status, 'resolved');
  assert.equal(row.resolved_at, resolvedAt);
  assert.equal(row.preview, 'Tack, vi har skickat den igen.');
  await services.close();
});
