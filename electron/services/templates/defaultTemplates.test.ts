import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { tempDir } from '../../../tests/helpers/tempDir';
import { openDatabase } from '../store/database';
import { createRepositories } from '../store/repositories';
import { ensureDefaultTemplates } from './defaultTemplates';

const open = () => createRepositories(openDatabase(path.join(tempDir(), 'vaxel.db'))).templates;
const names = (t: ReturnType<typeof open>) => t.list().map((x) => `${x.language}:${x.name}`);

test('a new shop gets each default once: no name shows twice in a language', () => {
  const templates = open();
  ensureDefaultTemplates(templates, 1);
  const all = names(templates);
  assert.deepEqual(all.filter((n, i) => all.indexOf(n) !== i), []);
  assert.ok(all.includes('sv:Retur och byte') && all.includes('en:Returns and exchanges') && all.includes('sv:Tack, vi återkommer'));
  assert.equal(ensureDefaultTemplates(templates, 2), 0, 'a second start adds nothing');
});

test('a default is not added beside a template of the same name the shop already has, nor brought back once deleted', () => {
  const templates = open();
  templates.save({ id: 'mine', name: 'orderstatus ', category: 'order_status', language: 'sv', subject: null, bodyShort: 'Vår egen', bodyFull: 'Vår egen', keywords: [] }, 1);
  templates.remove('def-quote-en');
  ensureDefaultTemplates(templates, 1);
  assert.equal(templates.exists('def-order-status-sv'), false);
  assert.equal(templates.get('mine')?.bodyShort, 'Vår egen');
  assert.equal(templates.exists('def-order-status-en'), true, 'the other language is its own name');
  assert.equal(templates.exists('def-quote-en'), false);
});
