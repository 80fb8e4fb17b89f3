import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { isAppUrl, isSafeExternalUrl, resolveAppPath } from './urlPolicy';

test('only the app origin counts as the app', () => {
  assert.equal(isAppUrl('app://vaxel/index.html'), true);
  assert.equal(isAppUrl('app://other/index.html'), false);
  assert.equal(isAppUrl('file:///etc/passwd'), false);
  assert.equal(isAppUrl('https://vaxel/'), false);
  assert.equal(isAppUrl(undefined), false);
  assert.equal(isAppUrl('not a url'), false);
});

test('external links: https, mailto and tel only', () => {
  assert.equal(isSafeExternalUrl('https://postnord.se/spara?id=123'), true);
  assert.equal(isSafeExternalUrl('mailto:kund@example.se'), true);
  assert.equal(isSafeExternalUrl('tel:+46701234567'), true);
  assert.equal(isSafeExternalUrl('http://example.se'), false);
  assert.equal(isSafeExternalUrl('file:///C:/Windows/system32/calc.exe'), false);
  assert.equal(isSafeExternalUrl('javascript:alert(1)'), false);
  assert.equal(isSafeExternalUrl('https://user:pw@example.se'), false);
  assert.equal(isSafeExternalUrl('ms-msdt:/id PCWDiagnostic'), false);
});

test('app paths stay inside the renderer folder', () => {
  const root = '/opt/vaxel/renderer';
  const r = (u: string) => resolveAppPath(root, u, path.join, path.normalize);
  assert.equal(r('app://vaxel/'), '/opt/vaxel/renderer/index.html');
  assert.equal(r('app://vaxel/assets/main.js'), '/opt/vaxel/renderer/assets/main.js');
  assert.equal(r('app://vaxel/..%2F..%2Fetc%2Fpasswd'), null);
  assert.equal(r('app://other/index.html'), null);
});
