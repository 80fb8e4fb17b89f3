import assert from 'node:assert/strict';
import { test } from 'node:test';
import { manualClock } from '../../../shared/domain/clock';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';

function store(t: { after(f: () => unknown): void }) {
  const s = createServices({ dataDir: tempDir(), mode: 'test', clock: manualClock(Date.parse('2026-12-01T23:45:00+01:00')) });
  t.after(() => s.close());
  s.repos.cases.insert({ id: 'c1', channel: 'email', status: 'open', priority: 2, subject: 'Retur', customerId: null, assignee: null, preview: '', now: 1, waitingSince: null, slaDueAt: null });
  const add = (text: string) => s.repos.messages.insert({ caseId: 'c1', direction: 'in', channel: 'email', author: 'Karin', subject: 'Retur', bodyText: text, createdAt: 5 }).id;
  const hits = (q: string) => s.db.prepare('SELECT rowid FROM messages_fts WHERE messages_fts MATCH ?').pluck().all(q) as number[];
  return { s, add, hits };
}

test('a message inserted is returned as it reads back from the store, though it is not read back', (t) => {
  const { s } = store(t);
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

test('messages stored in a batch are found by search when the batch ends, as those stored one by one are', (t) => {
  const { s, add, hits } = store(t);
  const one = add('Kartongen var sönder');
  const inside: number[][] = [];
  const ids = s.db.transaction(() =>
    s.repos.messages.indexedAtEnd(() => {
      const batch = [add('Muggen var spräckt'), add('Lampan flimrar'), add('Muggen igen')];
      inside.push(hits('muggen'));
      return batch;
    }),
  )();
  assert.deepEqual(inside, [[]], 'not while the batch runs');
  assert.deepEqual(hits('muggen'), [ids[0], ids[2]]);
  assert.deepEqual(hits('lampan'), [ids[1]]);
  assert.deepEqual(hits('kartongen'), [one]);
  const after = add('Lampan igen');
  assert.deepEqual(hits('lampan'), [ids[1], after], 'after the batch, one by one again');
  assert.equal(s.db.prepare("SELECT count(*) FROM messages_fts WHERE messages_fts MATCH 'igen'").pluck().get(), 2);
  // the index agrees with the messages: FTS5's own check of an external-content index
  s.db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run();
});

test('cases stored in a batch are found by their subject and their customer’s name when it ends; changed meanwhile, as they ended', (t) => {
  const { s } = store(t);
  const caseHits = (q: string) => s.db.prepare('SELECT rowid FROM cases_fts WHERE cases_fts MATCH ?').pluck().all(q) as number[];
  const inside: number[][] = [];
  const numbers = s.db.transaction(() =>
    s.repos.cases.indexedAtEnd(() => {
      const customerId = s.repos.customers.findOrCreate({ name: '', identities: [{ kind: 'email', value: 'asa@kund.test' }] }, 5);
      const a = s.repos.cases.insert({ id: 'c2', channel: 'email', status: 'open', priority: 2, subject: 'Trasig lampa', customerId, assignee: null, preview: '', now: 5, waitingSince: null, slaDueAt: null });
      const b = s.repos.cases.insert({ id: 'c3', channel: 'email', status: 'open', priority: 2, subject: 'Faktura', customerId: null, assignee: null, preview: '', now: 5, waitingSince: null, slaDueAt: null });
      inside.push(caseHits('lampa'));
      // the customer's name comes with a later message of the batch; a case's subject is corrected
      s.repos.customers.findOrCreate({ name: 'Åsa Lindqvist', identities: [{ kind: 'email', value: 'asa@kund.test' }] }, 6);
      s.repos.cases.update('c3', { subject: 'Fel faktura' }, 6);
      return [a, b];
    }),
  )();
  assert.deepEqual(inside, [[]], 'not while the batch runs');
  assert.deepEqual(caseHits('lampa'), [numbers[0]]);
  assert.deepEqual(caseHits('lindqvist'), [numbers[0]], 'the name the case ended with');
  assert.deepEqual(caseHits('fel'), [numbers[1]]);
  assert.deepEqual(caseHits('retur'), [1], 'the case stored one by one');
});

test('a batch that fails is undone, and one by one again after it; outside a transaction it is refused', (t) => {
  const { s, add, hits } = store(t);
  assert.throws(() => s.repos.messages.indexedAtEnd(() => add('x')), /inside a transaction/);
  assert.throws(() =>
    s.db.transaction(() =>
      s.repos.messages.indexedAtEnd(() => {
        add('Muggen var spräckt');
        throw new Error('disk full');
      }),
    )(),
  /disk full/);
  assert.deepEqual(hits('muggen'), []);
  add('Muggen igen');
  assert.equal(hits('muggen').length, 1, 'one by one again');
  s.db.prepare("INSERT INTO messages_fts(messages_fts, rank) VALUES ('integrity-check', 1)").run();
});
