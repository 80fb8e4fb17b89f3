import type { GetState } from './appState';

/**
 * A store action's failure becomes the error banner, never an unhandled rejection: `guarded`
 * says whether the work succeeded, `returning` gives its result or null.
 */
export function guards(get: GetState) {
  const returning = async <T>(fn: () => Promise<T>): Promise<T | null> => {
    try {
      return await fn();
    } catch (e) {
      get().showError(e);
      return null;
    }
  };
  const guarded = async (fn: () => Promise<unknown>): Promise<boolean> => (await returning(async () => (await fn(), true))) ?? false;
  return { guarded, returning };
}
