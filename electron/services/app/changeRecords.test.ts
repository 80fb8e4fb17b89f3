import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { EventPayload } from '../../../shared/contract/api';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { until } from '../../../tests/helpers/until';
import { composeMail } from '../../../tests/fixtures/rawMail';
import { ingestEmail } from '../mail/ingestEmail';
import { createServices } from './createServices';

test('a change tells the window which cases changed and how they are now, so it need not ask again', async (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.parse('2026-12-01T23:45:00+01:00')) });
  t.after(() => s.close());
  const api = createInMemoryClient(s.endpoint);
  const changes: Array<EventPayload<'casesChanged'>> = [];
  api.on('casesChanged', (c) => changes.push(c));
  const made = await api.createCase({ channel: 'phone', subject: 'Ring om returen', customer: { name: 'Eva' } });
  await api.updateCase({ id: made.id, priority: 'urgent' });
  await until('two change records', () => changes.length >= 2);
  const last = changes.at(-1)!;
  assert.deepEqual(last.ids, [made.id]);
  assert.deepEqual([last.cases?.[0]?.id, last.cases?.[0]?.priority, last.cases?.[0]?.subject], [made.id, 'urgent', 'Ring om returen']);
  // a merge names both; the one merged away is resolved, and its record says so
  const other = await api.createCase({ channel: 'phone', subject: 'Samma kund', customer: { name: 'Eva' } });
  await api.mergeCases({ intoId: made.id, fromId: other.id });
  const merge = await until('the merge', () => changes.find((c) => c.ids.includes(other.id) && c.ids.includes(made.id)));
  assert.deepEqual(merge.cases?.map((c) => [c.id, c.status]), [[made.id, 'open'], [other.id, 'resolved']]);
});

test('“Svara först” is pushed when it changes, and not again while it stays the same', async (t) => {
  const now = Date.parse('2026-12-01T23:45:00+01:00');
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(now) });
  t.after(() => s.close());
  const api = createInMemoryClient(s.endpoint);
  const pushed: Array<EventPayload<'firstToAnswerChanged'>> = [];
  api.on('firstToAnswerChanged', (f) => pushed.push(f));
  // an e-mail that has waited 37 hours, far past its target, comes in as the mail sync brings it
  const raw = await composeMail({ from: 'sen@kund.test', to: 'butik@shop.test', subject: 'Sent svar', text: 'Hallå?', date: new Date(now - 37 * 3_600_000) });
  const stored = await ingestEmail(s, { account: { id: 'acc', address: 'butik@shop.test' }, folder: 'INBOX', role: 'inbox', uidvalidity: 1, uid: 1, flags: [], raw, internalDate: null });
  assert.equal(stored.kind, 'stored');
  const caseId = stored.kind === 'stored' ? stored.caseId : '';
  s.events.emit('casesChanged', { ids: [caseId] });
  const first = await until('a push', () => pushed.find((p) => p.some((f) => f.caseId === caseId)));
  assert.deepEqual(first, await api.suggestFirst({ limit: 3 }), 'the same as asking');
  const count = pushed.length;
  await api.addNote({ caseId, body: 'Ringer i morgon.' });
  await new Promise((r) => setTimeout(r, 600));
  assert.equal(pushed.length, count, 'nothing new to show: nothing sent');
});
