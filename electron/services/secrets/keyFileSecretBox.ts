import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { SecretBox } from './secretBox';

const KEY_FILE = 'secret.key';
const VERSION = 1;

/**
 * AES-256-GCM with a random 32-byte key kept in DATA_DIR/secret.key, mode 0600. Anyone who can
 * read that file as this user can read the secrets: the same trust as the user's own files.
 */
export function createKeyFileSecretBox(dataDir: string): SecretBox {
  const key = loadOrCreateKey(path.join(dataDir, KEY_FILE));
  return {
    kind: 'keyfile',
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      if (sealed.length < 29 || sealed[0] !== VERSION) throw new AppError('INTERNAL', 'a stored secret has an unknown format');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
      decipher.setAuthTag(sealed.subarray(13, 29));
      try {
        return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
      } catch (e) {
        throw new AppError('INTERNAL', `a stored secret cannot be opened with ${KEY_FILE}; enter the password again`, { cause: e });
      }
    },
  };
}

function loadOrCreateKey(file: string): Buffer {
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
