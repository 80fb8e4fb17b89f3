import { resolveLanguage } from '../../../shared/domain/settings';
import type { CaseDeps } from '../cases/caseCommands';
import { queueEmail } from '../mail/queueEmail';
import { customerLanguage } from '../cases/customerLanguage';
import type { AttachmentStore } from '../mail/attachmentStore';
import { queueSms } from '../sms/queueSms';
import type { CallbackRow } from '../store/callbacksRepo';
import { firstContact } from '../../../shared/domain/customers';
import { CALLBACK_TEXTS, fill, spokenTime } from './callbackTexts';
import { postbackFor, readPostback } from './callbackAnswers';
import type { NoticeChoice } from '../sms/smsProvider';

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

export type NoticeKind = 'confirm' | 'reminder' | 'tried';

/**
 * The notice in the customer's language: the confirmation, the reminder before the call, or "we
 * tried to reach you" (with the new time, if any). A confirmation and a reminder say how to answer
 * by SMS ("1" confirms, "2" cancels) and carry the self-service link to move the call, when there is one.
 */
export function noticeText(d: NoticeDeps, cb: CallbackRow, kind: NoticeKind, retryAt: number | null = null, link: string | null = null): { subject: string; body: string } {
  const lang = cb.case_id ? customerLanguage(d, cb.case_id) : langOf(d);
  const t = CALLBACK_TEXTS[lang];
  const tz = d.repos.settings.get().timeZone;
  const first = cb.name.trim().split(/\s+/)[0] ?? '';
  const vars = { name: first ? ` ${first}` : '', when: spokenTime(cb.due_at, lang, tz), phone: cb.phone, retry: retryAt ? fill(t.retry, { when: spokenTime(retryAt, lang, tz) }) : '', link: link ?? '' };
  if (kind === 'tried') return { subject: fill(t.triedSubject, vars), body: fill(t.tried, vars) };
  const answer = t.answer + (link ? fill(t.rebookLink, vars) : t.rebookReply);
  return kind === 'confirm' ? { subject: fill(t.confirmSubject, vars), body: fill(t.confirm, vars) + answer } : { subject: fill(t.reminderSubject, vars), body: fill(t.reminder, vars) + answer };
}

/** The suggested replies under a confirmation or reminder (RCS): the same answers as "1" and "2", and the link. */
export function noticeChoices(d: NoticeDeps, cb: CallbackRow, link: string | null): NoticeChoice[] {
  const t = CALLBACK_TEXTS[cb.case_id ? customerLanguage(d, cb.case_id) : langOf(d)].choices;
  return [
    { title: t.confirm, postback: postbackFor(cb.id, 'confirm') },
    { title: t.cancel, postback: postbackFor(cb.id, 'cancel') },
    ...(link ? [{ title: t.rebook, url: link }] : []),
  ];
}

/** The words on a callback notice's button, in its customer's language (for a tap another laptop sent). */
export function postbackLabel(d: NoticeDeps, postback: string): string | null {
  const p = readPostback(postback);
  const cb = p ? d.repos.callbacks.get(p.callbackId) : null;
  if (!p || !cb) return null;
  return CALLBACK_TEXTS[cb.case_id ? customerLanguage(d, cb.case_id) : langOf(d)].choices[p.answer];
}

/**
 * Tell the customer by every channel there is: the same text by SMS (with suggested replies, which
 * RCS shows as buttons), and by e-mail with a subject. Returns the channels used. A channel that
 * fails (no credit, opted out) does not stop the other.
 */
export function sendNotice(d: NoticeDeps, cb: CallbackRow, kind: NoticeKind, retryAt: number | null = null, channels = noticeChannels(d, cb), link: string | null = null): Array<'email' | 'sms'> {
  if (!cb.case_id) return [];
  const { subject, body } = noticeText(d, cb, kind, retryAt, link);
  const choices = kind === 'tried' ? [] : noticeChoices(d, cb, link);
  const used: Array<'email' | 'sms'> = [];
  for (const ch of channels) {
    try {
      if (ch === 'email') queueEmail(d, { caseId: cb.case_id, replyToMessageId: null, mode: 'new', to: [{ address: emailOf(d, cb)! }], subject, body, attachments: [] });
      else queueSms(d, { caseId: cb.case_id, to: cb.phone, text: body, choices });
      used.push(ch);
    } catch {
      /* the other channel may still reach the customer */
    }
  }
  return used;
}
