import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { SecretBox } from './secretBox';

export const SEALED_KEY_FILE = 'secret.key.sealed';

/**
 * The data key for the desktop app's secrets, kept in DATA_DIR/secret.key.sealed sealed by the
 * OS keychain. Only Electron's main process can reach the keychain (safeStorage), while the
 * services run in a utility process of their own: so the main process opens this key and hands
 * it over, and the services seal and open each secret with it (envelope encryption, as password
 * managers do). The key itself never touches the disk in clear.
 */
export function loadOrCreateSealedDataKey(dataDir: string, keychain: Pick<SecretBox, 'seal' | 'open'>): Buffer {
  const file = path.join(dataDir, SEALED_KEY_FILE);
  let sealed: Buffer | null = null;
  try {
    sealed = fs.readFileSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
  if (sealed) {
    let key: Buffer;
    try {
      key = Buffer.from(keychain.open(sealed), 'base64');
    } catch (e) {
      throw new AppError('INTERNAL', `the OS keychain cannot open ${file} (was the data directory copied from another user or computer?); move it away and enter the account passwords again`, { cause: e });
    }
    if (key.length !== 32) throw new AppError('INTERNAL', `${file} is damaged (expected a 32-byte key); move it away and enter the account passwords again`);
    return key;
  }
  fs.mkdirSync(dataDir, { recursive: true });
  const key = randomBytes(32);
  fs.writeFileSync(file, keychain.seal(key.toString('base64')), { mode: 0o600, flag: 'wx' });
  return key;
}
