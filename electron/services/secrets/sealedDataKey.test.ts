import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { tempDir } from '../../../tests/helpers/tempDir';
import { aesGcmSecretBox } from './aesGcmSecretBox';
import { createKeyFileSecretBox } from './keyFileSecretBox';
import { loadOrCreateSealedDataKey, SEALED_KEY_FILE } from './sealedDataKey';

/** Stands in for the OS keychain: a key this "user" has, which the data directory does not hold. */
const keychainOf = (userKey: Buffer) => aesGcmSecretBox(userKey, 'safeStorage', 'the test keychain');

test('the data key is made once, stored only sealed by the keychain, and the same key comes back', () => {
  const dir = tempDir();
  const keychain = keychainOf(Buffer.alloc(32, 7));
  const key = loadOrCreateSealedDataKey(dir, keychain);
  assert.equal(key.length, 32);
  const onDisk = fs.readFileSync(path.join(dir, SEALED_KEY_FILE));
  assert.ok(!onDisk.includes(key) && !onDisk.toString('latin1').includes(key.toString('base64')), 'the key is not on disk in clear');
  assert.equal((fs.statSync(path.join(dir, SEALED_KEY_FILE)).mode & 0o777).toString(8), '600');
  assert.deepEqual(loadOrCreateSealedDataKey(dir, keychain), key);
  // what the services seal with the handed-over key, a later start opens
  const sealed = aesGcmSecretBox(key, 'safeStorage', 'k').seal('imap-lösen');
  assert.equal(aesGcmSecretBox(loadOrCreateSealedDataKey(dir, keychain), 'safeStorage', 'k').open(sealed), 'imap-lösen');
});

test('another keychain cannot open the key: a clear error, and the sealed key is left in place', () => {
  const dir = tempDir();
  loadOrCreateSealedDataKey(dir, keychainOf(Buffer.alloc(32, 7)));
  const before = fs.readFileSync(path.join(dir, SEALED_KEY_FILE));
  assert.throws(() => loadOrCreateSealedDataKey(dir, keychainOf(Buffer.alloc(32, 8))), /OS keychain cannot open .*secret\.key\.sealed/);
  assert.deepEqual(fs.readFileSync(path.join(dir, SEALED_KEY_FILE)), before, 'nothing was overwritten');
});

test('a secret sealed another way is refused with words the agent can act on', () => {
  const box = createKeyFileSecretBox(tempDir());
  // what Chromium's safeStorage writes starts "v10"
  assert.throws(() => box.open(Buffer.concat([Buffer.from('v10'), Buffer.alloc(40, 1)])), /format this version cannot open; enter the password again/);
  assert.throws(() => aesGcmSecretBox(Buffer.alloc(16), 'keyfile', 'short.key'), /not a 32-byte key/);
});
