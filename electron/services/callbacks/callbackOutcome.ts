import type { MethodOutput } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import { nextFreeSlot } from '../../../shared/domain/callbackSlots';
import { refreshActivity } from '../cases/caseActivity';
import type { ChatService } from '../chat/chatService';
import type { CallbackOutcome } from '../store/callbacksRepo';
import { slotRulesOf } from './callbackBooking';
import { langOf, noticeChannels, noticeText, sendNotice, type NoticeDeps } from './callbackNotices';
import { CALLBACK_TEXTS } from './callbackTexts';
import { toCallback } from './callbackView';
import { shiftDays } from '../../../shared/domain/calendar';

/** A customer not reached is offered a new time no sooner than this. */
const RETRY_AFTER_MS = 2 * 60 * 60_000;

/**
 * After the call: the outcome and the agent's note go into the case history; the callback is done
 * (for the whole shop when the agenda is shared). When the customer was not reached, the next free
 * slot at least two hours on is suggested, with a "we tried to reach you" text for the channels
 * that can carry it — the agent decides whether to book and send.
 */
export async function logCallbackOutcome(d: NoticeDeps & { chat: ChatService }, id: string, outcome: CallbackOutcome, note: string): Promise<MethodOutput<'logCallbackOutcome'>> {
  const cb = d.repos.callbacks.get(id);
  if (!cb) throw new AppError('NOT_FOUND', `there is no callback ${id}`);
  const now = d.clock.now();
  const settings = d.repos.settings.get();
  const who = settings.agentName || 'agent';
  const lang = langOf(d);
  if (cb.shared) await d.chat.request({ type: 'callbackUpdate', conversation: id, status: 'done' });
  d.db.transaction(() => {
    d.repos.callbacks.setStatus(id, 'done', now, outcome, note || null);
    if (cb.case_id) {
      const text = `${CALLBACK_TEXTS[lang].outcome[outcome]}${note.trim() ? ` – ${note.trim()}` : ''}`;
      const m = d.repos.messages.insert({ caseId: cb.case_id, direction: 'note', channel: 'phone', author: who, bodyText: text, createdAt: now });
      d.repos.caseEvents.append(cb.case_id, now, who, 'callback_outcome', { callbackId: id, outcome, messageId: m.id });
      // reaching the customer is the shop's answer
      if (outcome === 'reached') d.repos.cases.update(cb.case_id, { first_response_at: now, waiting_since: null, sla_due_at: null, status: 'waiting' }, now);
      refreshActivity(d, cb.case_id, { reopenOnInbound: false, at: now, actor: who });
    }
  })();
  if (cb.case_id) d.events.emit('casesChanged', { ids: [cb.case_id] });

  const after = d.repos.callbacks.get(id)!;
  if (outcome !== 'not_reached' && outcome !== 'voicemail') return { callback: toCallback(after), retry: null, tryAgain: null };
  const rules = slotRulesOf(settings);
  const booked = d.repos.callbacks.bookedBetween(now, shiftDays(now, 15, rules.timeZone));
  const retry = nextFreeSlot(now + RETRY_AFTER_MS, rules, booked);
  return { callback: toCallback(after), retry: retry ?? null, tryAgain: { text: noticeText(d, after, 'tried', retry?.at ?? null).body, channels: noticeChannels(d, after) } };
}

export { sendNotice };
