import { createHmac, timingSafeEqual } from 'node:crypto';

/** How far a callback's timestamp may be from the relay's clock, either way. */
export const SINCH_CALLBACK_SKEW_MS = 5 * 60_000;

/**
 * Sinch signs each Conversation API callback with the app's webhook secret: Base64 of
 * HMAC-SHA256 over the raw body, ".", the nonce, ".", the timestamp (seconds), which arrive in the
 * x-sinch-webhook-signature-nonce and -timestamp headers.
 */
export function sinchSignature(secret: string, rawBody: Buffer | string, nonce: string, timestamp: string): string {
  return createHmac('sha256', secret)
    .update(Buffer.isBuffer(rawBody) ? rawBody : Buffer.from(rawBody))
    .update(`.${nonce}.${timestamp}`)
    .digest('base64');
}

export type SinchRefusal = 'unsigned' | 'forged' | 'stale' | 'replayed';

/**
 * Whether a callback is Sinch's own, fresh and new. `seen` answers whether a nonce was already
 * accepted (the caller keeps them for at least the skew window, so a replay is caught).
 */
export function checkSinchCallback(
  secret: string,
  rawBody: Buffer,
  headers: Record<string, string | string[] | undefined>,
  now: number,
  seen: (nonce: string) => boolean,
): { ok: true; nonce: string } | { ok: false; why: SinchRefusal } {
  const one = (name: string) => {
    const v = headers[name];
    return typeof v === 'string' ? v : undefined;
  };
  const signature = one('x-sinch-webhook-signature');
  const nonce = one('x-sinch-webhook-signature-nonce');
  const timestamp = one('x-sinch-webhook-signature-timestamp');
  if (!signature || !nonce || !timestamp || !/^\d{1,12}$/.test(timestamp) || nonce.length > 200) return { ok: false, why: 'unsigned' };
  const expected = Buffer.from(sinchSignature(secret, rawBody, nonce, timestamp));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return { ok: false, why: 'forged' };
  // checked after the signature: an attacker learns nothing about the clock from a forged call
  if (Math.abs(now - Number(timestamp) * 1000) > SINCH_CALLBACK_SKEW_MS) return { ok: false, why: 'stale' };
  if (seen(nonce)) return { ok: false, why: 'replayed' };
  return { ok: true, nonce };
}
