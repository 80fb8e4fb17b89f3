import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInMemoryClient } from '../../../shared/contract/inMemoryTransport';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';

test('each search hit shows a snippet of its own case, not of the first message that matched', async () => {
  const services = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.parse('2026-11-02T10:00:00+01:00')) });
  const api = createInMemoryClient(services.endpoint);
  const made = [];
  for (const [subject, note] of [
    ['Trasig kvarn', 'Kaffekvarnen kom trasig, order 10482.'],
    ['Presentkort', 'Vill köpa 10 presentkort till personalen.'],
    ['Öppettider', 'Öppet kl 10–16 i mellandagarna?'],
  ]) made.push(await api.createCase({ channel: 'phone', subject: subject!, customer: { name: '' }, note }));
  const { hits } = await api.search({ query: '10' });
  assert.equal(hits.length, 3);
  for (const h of hits) {
    const own = (await api.getCase({ id: h.case.id })).messages[0]!.bodyText;
    const words = h.snippet.replace(/[\u0002\u0003…]/g, '').trim().split(/\s+/).slice(0, 3).join(' ');
    assert.ok(own.includes(words), `#${h.case.number}: the snippet “${h.snippet}” comes from its own note “${own}”`);
  }
  await services.close();
});
