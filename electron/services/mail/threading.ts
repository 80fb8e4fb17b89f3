import { createHash } from 'node:crypto';
import type { ParsedText } from './parseEmail';

const REPLY_PREFIX = /^\s*(?:(?:re|sv|aw|antw|fw|fwd|vs|vb|tr|rif|wg)(?:\[\d+\])?\s*:\s*)+/i;

/** "Sv: RE: Fwd:  Trasig  leverans" → "trasig leverans": the subject a thread shares. */
export function threadSubject(subject: string): string {
  return subject.replace(REPLY_PREFIX, '').replace(/\s+/g, ' ').trim().toLowerCase();
}

export function looksLikeReply(p: ParsedText): boolean {
  return Boolean(p.inReplyTo || p.references.length || REPLY_PREFIX.test(p.subject));
}

/** The first message of the thread as the headers tell it. */
export function threadRoot(p: ParsedText): string | null {
  return p.references[0] ?? p.inReplyTo ?? p.messageId;
}

/**
 * A case id every laptop of the shop computes alike for the same thread: derived from the
 * mailbox address and the thread's root Message-ID, shaped as a UUID.
 */
export function caseIdForThread(mailboxAddress: string, rootMessageId: string): string {
  const h = createHash('sha256').update(`${mailboxAddress.toLowerCase()}\n${rootMessageId}`).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-${((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)}${h.slice(17, 20)}-${h.slice(20, 32)}`;
}
