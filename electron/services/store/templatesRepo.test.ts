import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tempDir } from '../../../tests/helpers/tempDir';
import { createServices } from '../app/createServices';

test('templates: the list kept between reads shows what is saved and removed at once, and cannot be changed by a reader', (t) => {
  const s = createServices({ dataDir: tempDir(), mode: 'test' });
  t.after(() => s.close());
  const before = s.repos.templates.list();
  assert.equal(s.repos.templates.list(), before, 'read once and kept');
  s.repos.templates.save({ id: 'tpl-test', name: 'Test', category: 'general', language: 'sv', subject: null, bodyShort: 'Hej', bodyFull: 'Hej!', keywords: ['test'] }, 1);
  const after = s.repos.templates.list();
  assert.equal(after.length, before.length + 1);
  assert.equal(after.find((x) => x.id === 'tpl-test')?.bodyShort, 'Hej');
  s.repos.templates.save({ id: 'tpl-test', name: 'Test', category: 'general', language: 'sv', subject: null, bodyShort: 'Hej igen', bodyFull: 'Hej!', keywords: [] }, 2);
  assert.equal(s.repos.templates.list().find((x) => x.id === 'tpl-test')?.bodyShort, 'Hej igen');
  assert.equal(s.repos.templates.remove('tpl-test'), true);
  assert.equal(s.repos.templates.list().length, before.length);
  assert.throws(() => (s.repos.templates.list() as unknown as unknown[]).push({}), TypeError);
});
