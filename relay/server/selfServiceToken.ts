import { createHmac, timingSafeEqual } from 'node:crypto';

/** How long a self-service link works after it was made. */
export const SELF_SERVICE_DAYS_MS = 30 * 24 * 3_600_000;

/**
 * A link a customer opens to move or cancel a callback, without an account: the callback's id and
 * an expiry, signed with the relay's own key (HMAC-SHA256, 128 bits kept). Nothing is stored, and
 * a changed id or expiry fails the signature.
 */
export function makeSelfServiceToken(key: Buffer, conversation: string, expiresAt: number): string {
  const payload = `${conversation}.${expiresAt.toString(36)}`;
  return `${payload}.${mac(key, payload)}`;
}

export function readSelfServiceToken(key: Buffer, token: string, now: number): { conversation: string } | { error: 'invalid' | 'expired' } {
  const m = /^([0-9a-f]{32})\.([0-9a-z]{1,12})\.([A-Za-z0-9_-]{22})$/.exec(token);
  if (!m) return { error: 'invalid' };
  const expected = Buffer.from(mac(key, `${m[1]}.${m[2]}`));
  const given = Buffer.from(m[3]!);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { error: 'invalid' };
  if (parseInt(m[2]!, 36) < now) return { error: 'expired' };
  return { conversation: m[1]! };
}

const mac = (key: Buffer, payload: string) => createHmac('sha256', key).update(payload).digest().subarray(0, 16).toString('base64url');
