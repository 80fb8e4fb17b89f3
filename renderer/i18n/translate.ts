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
