/**
 * What Växel writes to a customer about their callback, in their language. These are service
 * messages: they say when the call is and how to answer, never an offer (Swedish marketing rules),
 * and STOPP always ends them.
 */
export const CALLBACK_TEXTS = {
  sv: {
    confirmSubject: 'Vi ringer dig {when}',
    confirm: 'Hej{name}! Vi ringer dig {when} på {phone}.',
    reminderSubject: 'Påminnelse: vi ringer dig {when}',
    reminder: 'Hej{name}! En påminnelse: vi ringer dig {when} på {phone}.',
    answer: ' Svara 1 för att bekräfta eller 2 för att avboka.',
    rebookLink: ' Byt tid: {link}',
    rebookReply: ' Passar det inte? Svara på det här meddelandet så bokar vi om.',
    choices: { confirm: 'Bekräfta', cancel: 'Avboka', rebook: 'Boka om' },
    triedSubject: 'Vi försökte nå dig',
    tried: 'Hej{name}! Vi försökte ringa dig {when} men nådde dig inte.{retry} Svara gärna på det här meddelandet om en annan tid passar bättre.',
    retry: ' Vi ringer igen {when}.',
    outcome: { reached: 'Återuppringning: nådde kunden', not_reached: 'Återuppringning: nådde inte kunden', voicemail: 'Återuppringning: lämnade röstmeddelande', wrong_number: 'Återuppringning: fel nummer' },
  },
  en: {
    confirmSubject: 'We will call you {when}',
    confirm: 'Hello{name}! We will call you {when} on {phone}.',
    reminderSubject: 'Reminder: we will call you {when}',
    reminder: 'Hello{name}! A reminder: we will call you {when} on {phone}.',
    answer: ' Reply 1 to confirm or 2 to cancel.',
    rebookLink: ' Change the time: {link}',
    rebookReply: ' Does it not suit you? Reply to this message and we will find another time.',
    choices: { confirm: 'Confirm', cancel: 'Cancel', rebook: 'Change time' },
    triedSubject: 'We tried to reach you',
    tried: 'Hello{name}! We tried to call you {when} but could not reach you.{retry} Reply to this message if another time suits you better.',
    retry: ' We will call again {when}.',
    outcome: { reached: 'Callback: reached the customer', not_reached: 'Callback: did not reach the customer', voicemail: 'Callback: left a voicemail', wrong_number: 'Callback: wrong number' },
  },
} as const;

export function fill(text: string, vars: Record<string, string>): string {
  return text.replace(/\{(\w+)\}/g, (_, k: string) => vars[k] ?? '');
}

// one wording of a call's time for the notices and the relay's customer page
export { spokenTime } from '../../../shared/domain/spokenTime';
