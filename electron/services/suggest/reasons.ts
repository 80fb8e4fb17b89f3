import type { Signal, SignalId } from './signals';

type Texts = { sv: (e: string) => string; en: (e: string) => string };

/** Why a signal counts, in words an agent reads in a second. */
export const SIGNAL_TEXTS: Record<SignalId, Texts> = {
  quickQuestion: { sv: (e) => `kort fråga (${e} ord)`, en: (e) => `a short question (${e} words)` },
  longText: { sv: (e) => `långt meddelande (${e} ord)`, en: (e) => `a long message (${e} words)` },
  manyQuestions: { sv: (e) => `${e} frågor på en gång`, en: (e) => `${e} questions at once` },
  documents: { sv: (e) => `behöver underlag: ${e}`, en: (e) => `documents needed: ${e}` },
  attachments: { sv: (e) => `${e} bifogade filer`, en: (e) => `${e} attached files` },
  complaint: { sv: (e) => `reklamation eller fel: ${e}`, en: (e) => `a complaint or fault: ${e}` },
  sensitive: { sv: (e) => `känsligt (betalning/personuppgifter): ${e}`, en: (e) => `sensitive (payment/personal data): ${e}` },
  anger: { sv: (e) => `upprörd ton: ${e}`, en: (e) => `upset tone: ${e}` },
  urgency: { sv: (e) => `bråttom: ${e}`, en: (e) => `urgent: ${e}` },
  manyTurns: { sv: (e) => `${e} vändor fram och tillbaka`, en: (e) => `${e} turns back and forth` },
  phoneWish: { sv: (e) => `vill bli uppringd: ”${e}”`, en: (e) => `asks to be called: “${e}”` },
  repeatContact: {
    sv: (e) => (/^\d+$/.test(e) ? `hört av sig om samma sak ${e} ${e === '1' ? 'gång' : 'gånger'} förut` : `säger att det inte är första gången: ”${e}”`),
    en: (e) => (/^\d+$/.test(e) ? `got in touch about this ${e} ${e === '1' ? 'time' : 'times'} before` : `says this is not the first time: “${e}”`),
  },
  closedNow: { sv: () => 'butiken har stängt nu', en: () => 'the shop is closed now' },
  waitedLong: {
    sv: (e) => (e.startsWith('+') ? `${e.slice(1)} över svarsmålet` : e.startsWith('-') ? `${e.slice(1)} kvar till svarsmålet` : `har väntat ${e} av svarstiden`),
    en: (e) => (e.startsWith('+') ? `${e.slice(1)} past the response target` : e.startsWith('-') ? `${e.slice(1)} left of the response target` : `has waited ${e} of the response target`),
  },
  smsWish: { sv: (e) => `vill ha sms: ”${e}”`, en: (e) => `asks for a text: “${e}”` },
  writingWish: { sv: (e) => `vill ha det skriftligt: ”${e}”`, en: (e) => `wants it in writing: “${e}”` },
  chatWish: { sv: (e) => `vill fortsätta i chatten: ”${e}”`, en: (e) => `wants to stay in the chat: “${e}”` },
  refusesCall: { sv: (e) => `vill inte bli uppringd: ”${e}”`, en: (e) => `does not want a call: “${e}”` },
  refusesEmail: { sv: (e) => `vill inte skriva: ”${e}”`, en: (e) => `does not want to write: “${e}”` },
  refusesSms: { sv: (e) => `vill inte ha sms: ”${e}”`, en: (e) => `does not want texts: “${e}”` },
  vulnerable: { sv: (e) => `kunden kan behöva extra hjälp: ${e}`, en: (e) => `the customer may need extra help: ${e}` },
  safety: { sv: (e) => `möjlig fara eller hälsorisk: ${e}`, en: (e) => `a possible hazard or health risk: ${e}` },
  fraud: { sv: (e) => `möjligt bedrägeri: ${e}`, en: (e) => `possible fraud: ${e}` },
  privacy: { sv: (e) => `begäran om personuppgifter (GDPR): ${e}`, en: (e) => `a personal data request (GDPR): ${e}` },
  confused: { sv: (e) => `samtalet går i cirklar: ${e}`, en: (e) => `the conversation goes in circles: ${e}` },
  quote: { sv: (e) => `offert eller större köp: ${e}`, en: (e) => `a quote or a larger order: ${e}` },
};

export interface Reason {
  signal: SignalId | 'history' | 'feedback' | 'intent' | 'channel';
  sv: string;
  en: string;
}

export function reasonOf(s: Signal): Reason {
  const t = SIGNAL_TEXTS[s.id];
  const e = s.evidence.slice(0, 3).join(', ');
  return { signal: s.id, sv: t.sv(e), en: t.en(e) };
}
