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

/**
 * Why a call was refused, when the agent can do something about it: the window words each reason
 * with its values (renderer/i18n `error.reason.*`), so no English detail reaches the agent.
 */
export const ERROR_REASONS = [
  'mergeIntoItself',
  'splitOnlyMessage',
  'noChat',
  'chatEnded',
  'chatTakenBy',
  'chatClaimed',
  'chatImageInvalid',
  'emptyMessage',
  'agentTokenNeeded',
  'noticeNotSent',
  'smsSecretNeeded',
  'noSmsGateway',
  'notAPhoneNumber',
  'smsStopped',
  'smsTooLong',
  'noMailbox',
  'demoMailbox',
  'noRecipient',
  'otherCasesMessage',
  'attachmentTooLarge',
  'attachmentMissing',
  'passwordNeeded',
  'plaintextRefused',
  'timePassed',
  'notASlot',
  'slotFull',
] as const;
export type ErrorReason = (typeof ERROR_REASONS)[number];
export type ErrorValues = Record<string, string | number>;

export interface ErrorPayload {
  code: ErrorCode;
  /** English detail, for logs, the CLI and support; never the window's sentence. */
  message: string;
  reason?: ErrorReason;
  values?: ErrorValues;
}

export class AppError extends Error {
  readonly code: ErrorCode;
  readonly reason: ErrorReason | undefined;
  readonly values: ErrorValues | undefined;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown; reason?: ErrorReason; values?: ErrorValues }) {
    super(message, options?.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'AppError';
    this.code = code;
    this.reason = options?.reason;
    this.values = options?.values;
  }

  toPayload(): ErrorPayload {
    return { code: this.code, message: this.message, ...(this.reason ? { reason: this.reason } : {}), ...(this.values ? { values: this.values } : {}) };
  }

  static fromPayload(p: ErrorPayload): AppError {
    return new AppError(p.code, p.message, { ...(p.reason ? { reason: p.reason } : {}), ...(p.values ? { values: p.values } : {}) });
  }
}

/** An INVALID_INPUT the window words: the reason, its values, and the English detail for the log. */
export const refused = (reason: ErrorReason, message: string, values?: ErrorValues): AppError =>
  new AppError('INVALID_INPUT', message, values ? { reason, values } : { reason });

export function isAppError(e: unknown): e is AppError {
  return e instanceof AppError;
}

/** Any thrown value as a payload; unknown errors become INTERNAL and keep their message. */
export function toErrorPayload(e: unknown): ErrorPayload {
  if (e instanceof AppError) return e.toPayload();
  const message = e instanceof Error ? e.message : String(e);
  return { code: 'INTERNAL', message };
}
