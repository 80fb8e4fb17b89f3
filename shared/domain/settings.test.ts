import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolveLanguage } from './settings';

test('language follows the OS locale unless chosen', () => {
  assert.equal(resolveLanguage('auto', 'sv-SE'), 'sv');
  assert.equal(resolveLanguage('auto', 'sv_SE.UTF-8'), 'sv');
  assert.equal(resolveLanguage('auto', 'sv'), 'sv');
  assert.equal(resolveLanguage('auto', 'en-US'), 'en');
  assert.equal(resolveLanguage('auto', 'svx'), 'en');
  assert.equal(resolveLanguage('en', 'sv-SE'), 'en');
  assert.equal(resolveLanguage('sv', 'en-GB'), 'sv');
});
