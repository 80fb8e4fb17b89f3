import { test } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { asksBeforeOpening, externalUrl, isAppUrl, isSafeExternalUrl, resolveAppPath } from './urlPolicy';

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

test('what goes to the system is rebuilt: mailto keeps subject, body and cc only; tel a number; https without credentials', () => {
  assert.equal(externalUrl('mailto:kund@example.se?subject=Hej&attach=/etc/passwd&bcc=x@evil.test&body=Tack%20s%C3%A5%20mycket'), 'mailto:kund@example.se?subject=Hej&body=Tack%20s%C3%A5%20mycket');
  assert.equal(externalUrl('mailto:kund@example.se?ATTACH=C:\\secret.txt'), 'mailto:kund@example.se');
  assert.equal(externalUrl('tel:+46 70-123 45 67'), 'tel:+46701234567');
  assert.equal(externalUrl('https://butik.se/spåra?id=1'), 'https://butik.se/sp%C3%A5ra?id=1');
  assert.equal(externalUrl('https://user:pw@evil.test/'), null);
  assert.equal(externalUrl('file:///etc/passwd'), null);
  assert.equal(externalUrl('mailto:?attach=/etc/passwd'), null);
  assert.equal(asksBeforeOpening('https://butik.se/'), true);
  assert.equal(asksBeforeOpening('tel:+46701234567'), false);
});
