import { test } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { createInMemoryClient } from '../../shared/contract/inMemoryTransport';
import { manualClock } from '../../shared/domain/clock';
import { renderTemplate, templateVars } from '../../shared/domain/templates';
import { createServices } from '../../electron/services/app/createServices';
import { toFtsQuery } from '../../electron/services/store/searchQuery';
import { tempDir } from '../helpers/tempDir';

const seed = Number(process.env.VAXEL_PROPERTY_SEED ?? 20261129);
/** Text as agents type it into a search box: words, Swedish letters, operators, quotes and junk. */
const typed = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.array(fc.constantFrom('retur', 'Åsa', 'åsa', 'ÖRJAN', 'AND', 'OR', 'NOT', 'NEAR(', '"', '*', '^', ':', '-', '(', ')', '#10', 'eva@kund.se', "o'brien", '10.5', 'e-post', '\u0000', '\u202e'), { maxLength: 8 }).map((w) => w.join(' ')),
);

test('search: whatever is typed, the query parses and the API answers', async () => {
  const services = createServices({ dataDir: tempDir('vaxel-prop-search'), mode: 'test', clock: manualClock(Date.parse('2026-11-02T10:00:00+01:00')), osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  await api.createCase({ channel: 'phone', subject: 'Retur av jacka', customer: { name: 'Åsa Öberg', email: 'asa@kund.se' }, note: 'Vill returnera order 48213, e-post eva@kund.se' });
  await fc.assert(
    fc.asyncProperty(typed, async (q) => {
      const fts = toFtsQuery(q);
      if (fts !== null) assert.doesNotThrow(() => services.db.prepare('SELECT count(*) FROM messages_fts WHERE messages_fts MATCH ?').get(fts), fts);
      const { hits } = await api.search({ query: q.slice(0, 500) });
      assert.ok(hits.length <= 1);
    }),
    { numRuns: 500, seed },
  );
  await services.close();
});

test('search: any word stored in a message finds it, whatever its case or accents', async () => {
  const services = createServices({ dataDir: tempDir('vaxel-prop-search2'), mode: 'test', clock: manualClock(Date.parse('2026-11-02T10:00:00+01:00')), osLocale: 'sv-SE' });
  const api = createInMemoryClient(services.endpoint);
  const word = fc.stringMatching(/^[a-zåäöéü0-9]{2,12}$/);
  await fc.assert(
    fc.asyncProperty(fc.array(word, { minLength: 1, maxLength: 6 }), fc.nat(), fc.boolean(), async (words, pick, upper) => {
      const c = await api.createCase({ channel: 'phone', subject: 'Samtal', customer: { name: '' }, note: words.join(' ') });
      const w = words[pick % words.length]!;
      const { hits } = await api.search({ query: upper ? w.toUpperCase() : w, limit: 200 });
      assert.ok(hits.some((h) => h.case.id === c.id), `"${w}" finds the note "${words.join(' ')}"`);
    }),
    { numRuns: 200, seed },
  );
  await services.close();
});

const anyValue = fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('', '{{agent.name}}', '$&', '$1', '$$', 'Åsa Öberg', ' ! '));
const anyTemplate = fc.array(
  fc.oneof(
    fc.string({ maxLength: 15 }),
    fc.constantFrom('{{customer.firstName}}', '{{ agent.name }}', '{{case.number}}', '{{order.number}}', '{{constructor}}', '{{__proto__}}', '{{toString}}', '{{nope}}', '{{', '}}', ' !', ', ', '.'),
  ),
  { maxLength: 10 },
).map((parts) => parts.join(''));

test('templates: values go in as written, unknown names stay visible, nothing else changes', () => {
  fc.assert(
    fc.property(anyTemplate, anyValue, anyValue, (text, first, agent) => {
      const vars = { ...templateVars({ customerName: first, agentName: agent, caseNumber: 7, subject: '' }) };
      const out = renderTemplate(text, vars);
      // no placeholder of the template's own is left unfilled, and unknown ones are kept as written
      for (const k of ['{{constructor}}', '{{__proto__}}', '{{toString}}', '{{nope}}']) {
        if (text.includes(k)) assert.ok(out.includes(k), `${k} stays visible`);
      }
      assert.ok(!out.includes('function'), 'nothing from Object.prototype is ever inserted');
      // a text without placeholders comes out exactly as it went in
      if (!/\{\{\s*[a-zA-Z.]+\s*\}\}/.test(text)) assert.equal(out, text);
      // filling is one pass: a value that looks like a placeholder is not expanded again
      if (vars['customer.firstName'] === '{{agent.name}}' && text.includes('{{customer.firstName}}')) assert.ok(out.includes('{{agent.name}}'));
    }),
    { numRuns: 2000, seed },
  );
});
