import { useT } from './useT';

/** The services' English detail, folded under "Teknisk information": for support, never the sentence. */
export function TechnicalDetails({ detail }: { detail: string }) {
  const t = useT();
  return (
    <details className="error-details">
      <summary>{t('error.details')}</summary>
      <code>{detail}</code>
    </details>
  );
}
