import type { BookingDeps } from './callbackBooking';
import { noticeChannels, sendNotice, type NoticeDeps } from './callbackNotices';
import type { CallbackRow } from '../store/callbacksRepo';
import { AppError } from '../../../shared/contract/errors';

export type CustomerNoticeDeps = NoticeDeps & BookingDeps;

/** How long before the call the customer is reminded (when it was booked further ahead than this). */
export const CUSTOMER_REMINDER_LEAD_MS = 2 * 3_600_000;

/**
 * The customer's self-service link (move or cancel without writing): the relay makes and signs it,
 * so only a callback on the shared agenda has one. Null without a relay or when it is unreachable;
 * the notice then says "reply to this message" instead.
 */
export async function selfServiceLink(d: CustomerNoticeDeps, cb: CallbackRow): Promise<string | null> {
  if (!cb.shared) return null;
  try {
    return (await d.chat.request({ type: 'selfServiceLink', conversation: cb.id })).link ?? null;
  } catch {
    return null;
  }
}

/**
 * Whether this laptop sends a notice every laptop of the shop knows is due: for a shared callback
 * the relay gives the right to the first who asks (per notice and call time); a laptop's own
 * agenda is its own.
 */
async function claimed(d: CustomerNoticeDeps, cb: CallbackRow, notice: 'confirm' | 'reminder'): Promise<boolean> {
  if (!cb.shared) return true;
  try {
    await d.chat.request({ type: 'noticeClaim', conversation: cb.id, notice: `${notice}@${cb.due_at}` });
    return true;
  } catch (e) {
    // the relay could not be asked: the caller tries again later; a colleague's claim is final
    if (e instanceof AppError && e.code === 'RELAY_OFFLINE') throw e;
    return false;
  }
}

/**
 * Confirm or remind by every channel the customer can be reached on, with the suggested replies
 * and the link. `claim`: the notice is one any laptop could send (a widget booking, a reminder);
 * it throws RELAY_OFFLINE when the relay could not be asked whose it is.
 */
export async function notifyCustomer(d: CustomerNoticeDeps, cb: CallbackRow, kind: 'confirm' | 'reminder', o: { claim: boolean }): Promise<Array<'email' | 'sms'>> {
  if (cb.status !== 'booked' || cb.due_at <= d.clock.now() || noticeChannels(d, cb).length === 0) return [];
  if (o.claim && !(await claimed(d, cb, kind))) return [];
  const fresh = d.repos.callbacks.get(cb.id) ?? cb;
  return sendNotice(d, fresh, kind, null, noticeChannels(d, fresh), await selfServiceLink(d, fresh));
}
