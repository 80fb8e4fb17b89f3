import { resolveLanguage } from '../../../shared/domain/settings';
import type { CaseDeps } from '../cases/caseCommands';
import { queueEmail } from '../mail/queueEmail';
import { customerLanguage } from '../cases/customerLanguage';
import type { AttachmentStore } from '../mail/attachmentStore';
import { queueSms } from '../sms/queueSms';
import type { CallbackRow } from '../store/callbacksRepo';
import { firstContact } from '../../../shared/domain/customers';
import { CALLBACK_TEXTS, fill, spokenTime } from './callbackTexts';

export interface NoticeDeps extends CaseDeps {
  attachments: AttachmentStore;
  osLocale: string;
}

/** The ways a notice can reach this customer now: e-mail (an address and a mailbox), SMS (a gateway). */
export function noticeChannels(d: NoticeDeps, cb: CallbackRow): Array<'email' | 'sms'> {
  const out: Array<'email' | 'sms'> = [];
  if (emailOf(d, cb) && d.repos.accounts.list().length > 0) out.push('email');
  if (d.repos.sms.gateway() && cb.phone) out.push('sms');
  return out;
}

function emailOf(d: CaseDeps, cb: CallbackRow): string | null {
  const c = cb.customer_id ? d.repos.customers.get(cb.customer_id) : null;
  // a widget booking's confirmation goes to the address typed with it, confirmed or not: it tells
  // the visitor only what they booked themselves
  return firstContact(c, 'email') || null;
}

/** The shop's own language (for notes to the agents; customers get theirs: cases/customerLanguage.ts). */
export function langOf(d: NoticeDeps): 'sv' | 'en' {
  return resolveLanguage(d.repos.settings.get().language, d.osLocale);
}

/**
 * Tell the customer by every channel there is: the text for an SMS is the short one, the e-mail
 * carries a subject. Returns the channels used. A channel that fails (no credit, opted out) does
 * not stop the other.
 */
/** The notice in the customer's language: the confirmation, or "we tried to reach you" (with the new time, if any). */
export function noticeText(d: NoticeDeps, cb: CallbackRow, kind: 'confirm' | 'tried', retryAt: number | null = null): { subject: string; body: string } {
  const lang = cb.case_id ? customerLanguage(d, cb.case_id) : langOf(d);
  const t = CALLBACK_TEXTS[lang];
  const tz = d.repos.settings.get().timeZone;
  const first = cb.name.trim().split(/\s+/)[0] ?? '';
  const vars = { name: first ? ` ${first}` : '', when: spokenTime(cb.due_at, lang, tz), phone: cb.phone, retry: retryAt ? fill(t.retry, { when: spokenTime(retryAt, lang, tz) }) : '' };
  return { subject: fill(kind === 'confirm' ? t.confirmSubject : t.triedSubject, vars), body: fill(kind === 'confirm' ? t.confirm : t.tried, vars) };
}

/**
 * Tell the customer by every channel there is: the same text by SMS, and by e-mail with a subject.
 * Returns the channels used. A channel that fails (no credit, opted out) does not stop the other.
 */
export function sendNotice(d: NoticeDeps, cb: CallbackRow, kind: 'confirm' | 'tried', retryAt: number | null = null, channels = noticeChannels(d, cb)): Array<'email' | 'sms'> {
  if (!cb.case_id) return [];
  const { subject, body } = noticeText(d, cb, kind, retryAt);
  const used: Array<'email' | 'sms'> = [];
  for (const ch of channels) {
    try {
      if (ch === 'email') queueEmail(d, { caseId: cb.case_id, replyToMessageId: null, mode: 'new', to: [{ address: emailOf(d, cb)! }], subject, body, attachments: [] });
      else queueSms(d, { caseId: cb.case_id, to: cb.phone, text: body });
      used.push(ch);
    } catch {
      /* the other channel may still reach the customer */
    }
  }
  return used;
}
