import { useState } from 'react';
import { useT } from './useT';

/**
 * A template variable Växel could not fill ({{order.number}} when the customer wrote none) stays
 * in the text; this asks for it, and fills every occurrence.
 */
export function MissingVariables({ text, onChange }: { text: string; onChange(text: string): void }) {
  const t = useT();
  const names = [...new Set([...text.matchAll(/\{\{\s*([a-zA-Z.]+)\s*\}\}/g)].map((m) => m[1]!))];
  const [values, setValues] = useState<Record<string, string>>({});
  if (names.length === 0) return null;
  return (
    <div className="missing-vars" role="group" aria-label={t('composer.fillIn')} data-testid="missing-vars">
      <span>{t('composer.fillIn')}</span>
      {names.map((n) => (
        <label key={n}>
          {n}
          <input
            value={values[n] ?? ''}
            onChange={(e) => setValues({ ...values, [n]: e.target.value })}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && values[n]) {
                e.preventDefault();
                onChange(text.replace(new RegExp(`\\{\\{\\s*${n.replace('.', '\\.')}\\s*\\}\\}`, 'g'), values[n]!));
              }
            }}
          />
        </label>
      ))}
      <button
        type="button"
        onClick={() => onChange(names.reduce((acc, n) => (values[n] ? acc.replace(new RegExp(`\\{\\{\\s*${n.replace('.', '\\.')}\\s*\\}\\}`, 'g'), values[n]!) : acc), text))}
      >
        {t('composer.fill')}
      </button>
    </div>
  );
}
