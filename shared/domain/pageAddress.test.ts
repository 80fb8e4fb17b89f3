import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pageAddress } from './pageAddress';

test('the page a customer chats from keeps its origin and path, never its query or fragment', () => {
  assert.equal(pageAddress('https://butik.se/kassa?token=abc123&step=2#pay'), 'https://butik.se/kassa');
  assert.equal(pageAddress('https://user:pw@butik.se:8443/a/b/'), 'https://butik.se:8443/a/b/');
  assert.equal(pageAddress('javascript:alert(1)'), null);
  assert.equal(pageAddress('not a url'), null);
});
