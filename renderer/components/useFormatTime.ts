import { useMemo } from 'react';
import { localeOf } from '../i18n/translate';
import { useAppStore } from '../store/useAppStore';

/** Instants shown in the shop's time zone, in the window's language. */
export function useFormatTime(): (instant: number) => string {
  const language = useAppStore((s) => s.language);
  const timeZone = useAppStore((s) => s.settings.timeZone);
  return useMemo(() => {
    const fmt = new Intl.DateTimeFormat(localeOf(language), { timeZone, dateStyle: 'medium', timeStyle: 'short' });
    return (instant: number) => fmt.format(instant);
  }, [language, timeZone]);
}
