/** The locale a customer text is written in. */
const LOCALE = { sv: 'sv-SE', en: 'en-GB' } as const;

/** "tisdag 24 november kl. 09:00" / "Tuesday 24 November at 09:00", in the given (the shop's) time zone. */
export function spokenTime(at: number, lang: 'sv' | 'en', timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { timeZone, weekday: 'long', day: 'numeric', month: 'long', hour: '2-digit', minute: '2-digit' }).format(at);
}

/** "torsdag 3 december" / "Thursday 3 December": the day alone. */
export function spokenDay(at: number, lang: 'sv' | 'en', timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE[lang], { timeZone, weekday: 'long', day: 'numeric', month: 'long' }).format(at);
}
