/**
 * Error codes that cross the API. The renderer turns each code into a sentence in the agent's
 * language (renderer/i18n); `message` is the English detail for logs and the CLI.
 */
export const ERROR_CODES = [
  'INVALID_INPUT',
  'NOT_FOUND',
  'UNKNOWN_METHOD',
  'DB_CORRUPT',
  'DB_LOCKED',
  'DB_TOO_NEW',
  'DB_READ_ONLY',
  'DISK_FULL',
  'DATA_DIR_NOT_WRITABLE',
  'UNAUTHORIZED',
  'DISCONNECTED',
  'CONFLICT',
  'RELAY_OFFLINE',
  'INTERNAL',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ErrorPayload {
  code: ErrorCode;
  message: string;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'AppError';
    this.code = code;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message };
  }

  static fromPayload(p: ErrorPayload): AppError {
    return new AppError(p.code, p.message);
  }
}

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Any thrown value as a payload; unknown errors become INTERNAL and keep their message. */
export function toErrorPayload(e: unknown): ErrorPayload {
  if (e instanceof AppError) return e.toPayload();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message };
}
