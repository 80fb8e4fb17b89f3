import type { BookingDeps } from './callbackBooking';
import { changeCallback } from './callbackBooking';
import type { CallbackRow } from '../store/callbacksRepo';

/** What a customer can answer to a callback notice, with one tap (RCS) or a reply (SMS). */
export type CallbackAnswer = 'confirm' | 'cancel';

/** The postback of a suggested reply: which callback and which answer, so a tap needs no guessing. */
export const postbackFor = (callbackId: string, answer: CallbackAnswer) => `cb:${callbackId}:${answer}`;

export function readPostback(postback: string): { callbackId: string; answer: CallbackAnswer } | null {
  const m = /^cb:([A-Za-z0-9-]{8,64}):(confirm|cancel)$/.exec(postback);
  return m ? { callbackId: m[1]!, answer: m[2] as CallbackAnswer } : null;
}

/**
 * A reply by SMS read as an answer, as the notice asks for it: "1" or "JA" confirms, "2" or
 * "AVBOKA" cancels (also the English words and a few ways people write them). Anything longer is
 * a message for an agent, not an answer.
 */
export function replyAnswer(text: string): CallbackAnswer | null {
  const w = text.trim().toLowerCase().replace(/[.!)\s]+$/, '').replace(/^\(/, '');
  if (['1', 'ja', 'japp', 'ok', 'okej', 'yes', 'bekräfta', 'bekräftar', 'confirm'].includes(w)) return 'confirm';
  if (['2', 'avboka', 'avbokar', 'avbeställ', 'cancel', 'nej', 'no'].includes(w)) return 'cancel';
  return null;
}

/**
 * Carry out a customer's answer. The callback is the one the postback names, or (for an SMS reply)
 * the number's next booked call. A confirmation is written down (once) on this laptop, as every
 * laptop gets the same reply; a cancellation goes through the shared agenda. Returns the callback,
 * or null when there was nothing to answer (no call booked, or it already moved on).
 */
export async function applyCallbackAnswer(
  d: BookingDeps,
  a: { phone: string; answer: CallbackAnswer; callbackId: string | null; at: number; via: 'rcs' | 'sms' },
): Promise<CallbackRow | null> {
  const now = d.clock.now();
  const row = a.callbackId ? d.repos.callbacks.get(a.callbackId) : d.repos.callbacks.nextForPhone(a.phone, now);
  if (!row || row.status !== 'booked' || row.due_at <= now) return null;
  // a tap carries the callback's id: it must still be this customer's call
  if (row.phone !== a.phone) return null;
  if (a.answer === 'confirm') {
    if (d.repos.callbacks.confirm(row.id, a.at) && row.case_id) {
      d.repos.caseEvents.append(row.case_id, now, row.name || row.phone, 'callback_confirmed', { callbackId: row.id, via: a.via });
      d.events.emit('casesChanged', { ids: [row.case_id] });
    }
    return d.repos.callbacks.get(row.id);
  }
  return changeCallback(d, row.id, { status: 'cancelled' }, row.name || row.phone);
}

/** A reply or a tap, from the SMS channel: carried out when it is an answer, else left for an agent. */
export async function answerCustomerReply(d: BookingDeps, r: { from: string; text: string; postback: string | null; at: number; via: 'rcs' | 'sms' }): Promise<CallbackRow | null> {
  const tapped = r.postback ? readPostback(r.postback) : null;
  const answer = tapped?.answer ?? replyAnswer(r.text);
  if (!answer) return null;
  return applyCallbackAnswer(d, { phone: r.from, answer, callbackId: tapped?.callbackId ?? null, at: r.at, via: r.via });
}
