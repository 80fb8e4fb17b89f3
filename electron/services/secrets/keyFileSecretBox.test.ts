import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createKeyFileSecretBox } from './keyFileSecretBox';

test('secrets round-trip, the key file is private, and a second box reuses the key', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-secret-'));
  const box = createKeyFileSecretBox(dir);
  const sealed = box.seal('lösenord-123');
  assert.ok(!sealed.toString('latin1').includes('123'), 'the secret is not stored in clear');
  assert.equal(box.open(sealed), 'lösenord-123');
  assert.equal((fs.statSync(path.join(dir, 'secret.key')).mode & 0o777).toString(8), '600');
  assert.equal(createKeyFileSecretBox(dir).open(sealed), 'lösenord-123');
});

test('a tampered secret is refused', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'vaxel-secret-'));
  const box = createKeyFileSecretBox(dir);
  const sealed = box.seal('hemligt');
  const last = sealed.length - 1;
  sealed[last] = sealed[last]! ^ 1;
  assert.throws(() => box.open(sealed), /cannot be opened/);
});
