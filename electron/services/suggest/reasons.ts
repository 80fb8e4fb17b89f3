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
  phoneWish: { sv: (e) => `vill prata i telefon: ${e}`, en: (e) => `wants to talk: ${e}` },
  repeatContact: { sv: (e) => `hört av sig om samma sak ${e} gång(er) förut`, en: (e) => `got in touch about this ${e} time(s) before` },
  closedNow: { sv: () => 'butiken har stängt nu', en: () => 'the shop is closed now' },
  waitedLong: { sv: (e) => `har väntat ${e} av svarstiden`, en: (e) => `has waited ${e} of the response target` },
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
