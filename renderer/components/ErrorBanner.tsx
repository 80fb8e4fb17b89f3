import { errorSentence } from '../i18n/errorSentence';
import { useAppStore } from '../store/useAppStore';
import { TechnicalDetails } from './TechnicalDetails';
import { useT } from './useT';

/** The last failure, as a sentence in the agent's language with what to do next. */
export function ErrorBanner() {
  const t = useT();
  const error = useAppStore((s) => s.error);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{errorSentence(t, error)}</span>
      {/* without a reason the agent gets the plain sentence; the detail is there for support, folded */}
      {!error.reason && error.message && <TechnicalDetails detail={error.message} />}
      <button type="button" onClick={dismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
