import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { aesGcmSecretBox } from './aesGcmSecretBox';
import type { SecretBox } from './secretBox';

export const KEY_FILE = 'secret.key';

/**
 * AES-256-GCM with a random 32-byte key kept in DATA_DIR/secret.key, mode 0600. Anyone who can
 * read that file as this user can read the secrets: the same trust as the user's own files.
 */
export function createKeyFileSecretBox(dataDir: string): SecretBox {
  return aesGcmSecretBox(loadOrCreateKeyFile(path.join(dataDir, KEY_FILE)), 'keyfile', KEY_FILE);
}

/** The key in `file`, made (32 random bytes, mode 0600) the first time. */
export function loadOrCreateKeyFile(file: string): Buffer {
  try {
    const key = fs.readFileSync(file);
    if (key.length !== 32) throw new AppError('INTERNAL', `${file} is damaged (expected 32 bytes); remove it and enter the account passwords again`);
    fs.chmodSync(file, 0o600);
    return key;
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  const key = randomBytes(32);
  fs.writeFileSync(file, key, { mode: 0o600, flag: 'wx' });
  return key;
}
