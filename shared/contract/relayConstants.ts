/** The relay protocol's constants, apart from its schemas so the widget can use them without zod. */
export const RELAY_PROTOCOL_VERSION = 1;
/** The WebSocket path on the relay. */
export const RELAY_WS_PATH = '/ws';
/** Largest frame the relay accepts; larger ones close the connection with 1009. */
export const RELAY_MAX_FRAME_BYTES = 2 * 1024 * 1024;
/** Largest image a chat message may carry (decoded bytes). */
export const RELAY_MAX_IMAGE_BYTES = 1_500_000;
export const RELAY_MAX_TEXT = 4000;

/** Close codes the relay uses besides the standard ones (1000 normal, 1001 going away, 1009 too big). */
export const RELAY_CLOSE = {
  unauthorized: 4401,
  forbidden: 4403,
  helloTimeout: 4408,
  idle: 4409,
  rateLimited: 4429,
  badFrames: 4400,
  replaced: 4410,
} as const;


/**
 * The phone field's pattern attribute. Browsers compile a pattern with the `v` flag, where ( ) and
 * - must be escaped inside a class: unescaped, the pattern is invalid and silently never checked.
 */
export const PHONE_INPUT_PATTERN = '\\+?[0-9 \\(\\)\\-]{5,20}';
