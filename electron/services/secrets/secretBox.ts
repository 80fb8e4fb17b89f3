/**
 * Seals account secrets (passwords, tokens) before they reach the database. In Electron this is
 * safeStorage (the OS keychain); in browser mode a key file only the user can read.
 */
export interface SecretBox {
  readonly kind: 'safeStorage' | 'keyfile' | 'memory';
  seal(plain: string): Buffer;
  open(sealed: Buffer): string;
}
