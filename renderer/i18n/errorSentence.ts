import type { ErrorPayload } from '../../shared/contract/errors';
import type { Translate } from './translate';

/**
 * The sentence for a failure: the services send a code, and a reason with its values when the
 * agent can act on it; the window words both. The services' English detail is never the sentence.
 */
export function errorSentence(t: Translate, error: ErrorPayload): string {
  return error.reason ? t(`error.reason.${error.reason}`, error.values ?? {}) : t(`error.${error.code}`);
}
