import type { AppApiHandlers } from '../../../shared/contract/api';
import { toStoreError } from '../store/database';

/**
 * SQLite's own failures met while answering a call (a damaged page, a full disk, a lock) reach
 * the window as the API's codes with a next step, not as INTERNAL with SQLite's words.
 */
export function withStoreErrors(handlers: AppApiHandlers, file: string): AppApiHandlers {
  const wrapped: Record<string, (input: unknown) => Promise<unknown>> = {};
  for (const [name, handler] of Object.entries(handlers) as Array<[string, (input: unknown) => Promise<unknown>]>) {
    wrapped[name] = async (input) => {
      try {
        return await handler(input);
      } catch (e) {
        throw isSqliteFailure(e) ? toStoreError(e, file) : e;
      }
    };
  }
  return wrapped as unknown as AppApiHandlers;
}

const isSqliteFailure = (e: unknown) => /^SQLITE_/.test(String((e as { code?: unknown }).code ?? '')) || (e as { code?: unknown }).code === 'ENOSPC';
