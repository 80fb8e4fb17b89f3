import type { Language } from '../../shared/domain/settings';
import { en, type MessageKey } from './en';
import { sv } from './sv';

const dictionaries: Record<Language, Record<MessageKey, string>> = { en, sv };

export type Translate = (key: MessageKey, vars?: Record<string, string | number>) => string;

/**
 * A translator for one language; {name} placeholders are filled from vars. A text with a count may
 * hold its forms as "one|other" ("{count} ärende|{count} ärenden"): the language's plural rules
 * pick one, so it reads "1 ärende" and "12 ärenden". A count is written in the language's way
 * ("150 000"); other numbers, such as case and order numbers, are left as they are.
 */
export function translator(language: Language): Translate {
  const dict = dictionaries[language];
  const plural = new Intl.PluralRules(localeOf(language));
  const numbers = new Intl.NumberFormat(localeOf(language));
  return (key, vars) => {
    let text = dict[key] ?? en[key] ?? key;
    if (vars && typeof vars.count === 'number' && text.includes('|')) {
      const [one, other] = text.split('|') as [string, string];
      text = plural.select(vars.count) === 'one' ? one : other;
    }
    return vars ? text.replace(/\{(\w+)\}/g, (m, name: string) => (name in vars ? (name === 'count' && typeof vars[name] === 'number' ? numbers.format(vars[name]) : String(vars[name])) : m)) : text;
  };
}

export function localeOf(language: Language): string {
  return language === 'sv' ? 'sv-SE' : 'en-GB';
}
