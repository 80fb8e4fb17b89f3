import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';

test('a message inserted is returned as it reads back from the store, though it is not read back', async (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.parse('2026-12-01T23:45:00+01:00')) });
  t.after(() => s.close());
  s.repos.cases.insert({ id: 'c1', channel: 'email', status: 'open', priority: 2, subject: 'Retur', customerId: null, assignee: null, preview: '', now: 1, waitingSince: null, slaDueAt: null });
  const email = {
    caseId: 'c1',
    direction: 'in' as const,
    channel: 'email' as const,
    author: 'Karin',
    subject: 'Retur',
    bodyText: 'Hej, jag vill returnera jackan.',
    bodyHtml: '<p>Hej, jag vill returnera jackan.</p>',
    headers: { from: { name: 'Karin', address: 'karin@kund.test' }, replyTo: null, to: [{ name: '', address: 'butik@shop.test' }], cc: [], inReplyTo: null, references: ['a@b'] },
    rfcMessageId: 'm1@kund.test',
    createdAt: 5,
  };
  const note = { caseId: 'c1', direction: 'note' as const, channel: 'chat' as const, author: 'Maja', bodyText: 'ringde henne', createdAt: 6 };
  for (const m of [email, note]) {
    const inserted = s.repos.messages.insert(m);
    assert.deepEqual(inserted, s.repos.messages.get(inserted.id));
  }
  assert.equal(s.repos.messages.listByCase('c1').length, 2);
});
