import { safeStorage } from 'electron';
import type { SecretBox } from '../services/secrets/secretBox';

/**
 * Secrets sealed by the OS keychain (Keychain, DPAPI, libsecret/kwallet) through Electron. Null when
 * there is no real keychain (on Linux without one Electron falls back to 'basic_text', a fixed key);
 * the caller then uses the key file in the data directory.
 */
export function createSafeStorageSecretBox(): SecretBox | null {
  if (!safeStorage.isEncryptionAvailable()) return null;
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend() === 'basic_text') return null;
  return {
    kind: 'safeStorage',
    seal: (plain) => safeStorage.encryptString(plain),
    open: (sealed) => safeStorage.decryptString(sealed),
  };
}
