import { toE164 } from '../../../shared/domain/phone';

/**
 * A phone number or an e-mail address the customer wrote in the message ("nås på 073-551 20 88",
 * "mejla mig på tove.lind@post.se"). A case without one on file is then not "ask for the number":
 * the agent uses the one given. Order numbers are not taken: a phone number here opens with 0,
 * 00 or + (as people write them) and has at least 8 digits.
 */
const PHONE = /(?<![\w+(])\(?(?:\+|00|0)\d\)?(?:[ -]?\(?\d\)?){6,13}(?![\w-])/g;
const EMAIL = /[\w.+-]+@[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}/i;

/** The first phone number written in the text, as written, or null. */
export function phoneIn(text: string): string | null {
  for (const m of text.matchAll(PHONE)) {
    const digits = m[0].replace(/\D/g, '');
    if (digits.length >= 8 && toE164(m[0]) !== null) return m[0];
  }
  return null;
}

/** The first e-mail address written in the text, or null. */
export function emailIn(text: string): string | null {
  return EMAIL.exec(text)?.[0] ?? null;
}
