import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/contract/errors';
import type { SecretBox } from './secretBox';

const VERSION = 1;
const HEADER = 1 + 12 + 16; // version, IV, GCM tag

/**
 * AES-256-GCM under a 32-byte key, whoever keeps the key: the key file in browser mode, the
 * key the desktop app's main process opens with the OS keychain and hands to the services'
 * process. `keyName` says in an error which key could not open a secret.
 */
export function aesGcmSecretBox(key: Buffer, kind: SecretBox['kind'], keyName: string): SecretBox {
  if (key.length !== 32) throw new AppError('INTERNAL', `${keyName} is not a 32-byte key`);
  return {
    kind,
    seal(plain) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
      return Buffer.concat([Buffer.from([VERSION]), iv, cipher.getAuthTag(), body]);
    },
    open(sealed) {
      // Chromium's OS-keychain blobs (what the desktop app stored before its services moved out
      // of the main process) start with "v10"/"v11": they cannot be opened here
      if (sealed.length < HEADER || sealed[0] !== VERSION) throw new AppError('INTERNAL', 'a stored secret was saved in a format this version cannot open; enter the password again');
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(1, 13));
      decipher.setAuthTag(sealed.subarray(13, HEADER));
      try {
        return Buffer.concat([decipher.update(sealed.subarray(HEADER)), decipher.final()]).toString('utf8');
      } catch (e) {
        throw new AppError('INTERNAL', `a stored secret cannot be opened with ${keyName}; enter the password again`, { cause: e });
      }
    },
  };
}
