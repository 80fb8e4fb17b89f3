import { useMemo } from 'react';
import { translator, type Translate } from '../i18n/translate';
import { useAppStore } from '../store/useAppStore';

export function useT(): Translate {
  const language = useAppStore((s) => s.language);
  return useMemo(() => translator(language), [language]);
}
