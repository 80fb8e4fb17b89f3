import { useAppStore } from '../store/useAppStore';
import { useT } from './useT';

/** The last failure, as a sentence in the agent's language with what to do next. */
export function ErrorBanner() {
  const t = useT();
  const error = useAppStore((s) => s.error);
  const dismiss = useAppStore((s) => s.dismissError);
  if (!error) return null;
  return (
    <div className="error-banner" role="alert">
      <span>{t(`error.${error.code}`, { detail: error.message })}</span>
      <button type="button" onClick={dismiss}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
