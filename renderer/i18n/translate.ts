import type { Language } from '../../shared/domain/settings';
import { en, type MessageKey } from './en';
import { sv } from './sv';

const dictionaries: Record<Language, Record<MessageKey, string>> = { en, sv };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/** A translator for one language; {name} placeholders are filled from vars. */
export function translator(language: Language): Translate {
  const dict = dictionaries[language];
  return (key, vars) => {
    const text = dict[key] ?? en[key] ?? key;
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? String(vars[name]) : m)) : text;
  };
}

export function localeOf(language: Language): string {
  return language === 'sv' ? 'sv-SE' : 'en-GB';
}

/** "3 min", "2 h 5 min", "4 d": short durations an agent reads at a glance (same units in sv and en). */
export function formatDuration(ms: number): string {
  const min = Math.floor(Math.abs(ms) / 60_000);
  if (min < 1) return '< 1 min';
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 48) return min % 60 ? `${h} h ${min % 60} min` : `${h} h`;
  return `${Math.floor(h / 24)} d`;
}
