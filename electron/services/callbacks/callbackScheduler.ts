import type { EventPayload } from '../../../shared/contract/api';
import type { Clock } from '../../../shared/domain/clock';
import type { EventHub } from '../events/eventHub';
import type { Logger } from '../logger';
import type { Repositories } from '../store/repositories';
import { shiftDays } from '../../../shared/domain/calendar';
import type { CallbackRow } from '../store/callbacksRepo';
import { CUSTOMER_REMINDER_LEAD_MS } from './customerNotices';

export interface SchedulerDeps {
  repos: Repositories;
  clock: Clock;
  events: EventHub;
  logger: Logger;
  /** Tests drive time by hand; the app uses the real timers. */
  timers?: { set(fn: () => void, ms: number): unknown; clear(handle: unknown): void };
  /** The customer's reminder is due (marked given here first, so a restart gives none twice). */
  remindCustomer?(callback: CallbackRow): void;
}

/** A reminder this much after its time is marked late (the laptop slept, or Växel was closed). */
export const LATE_AFTER_MS = 60_000;
/** A booked callback this long past its time with no outcome counts as missed. */
export const MISSED_AFTER_MS = 60 * 60_000;
/** The longest the scheduler sleeps between looks: after a suspend it wakes within this. */
const MAX_SLEEP_MS = 30_000;

export type Reminder = EventPayload<'callbackReminder'>;

/**
 * Callback reminders from the agenda in SQLite: a few minutes before each booked call and at its
 * time. Which reminders were given is stored with the callback, so a restart gives none twice and
 * gives at once what was missed while Växel was closed or the laptop slept — marked late. Timers
 * are only a way to wake up; the truth is always the store and the clock.
 */
export function createCallbackScheduler(d: SchedulerDeps) {
  const timers = d.timers ?? { set: (fn: () => void, ms: number) => setTimeout(fn, ms), clear: (h: unknown) => clearTimeout(h as NodeJS.Timeout) };
  let handle: unknown = null;
  let running = false;
  const leadMs = () => d.repos.settings.get().reminderMinutesBefore * 60_000;

  /** Give every reminder whose time has come; returns them (in time order). */
  function check(): Reminder[] {
    const now = d.clock.now();
    const lead = leadMs();
    const fired: Reminder[] = [];
    for (const c of d.repos.callbacks.remindersDue(now, lead)) {
      const base = { callbackId: c.id, caseId: c.case_id, dueAt: c.due_at, name: c.name, phone: c.phone };
      if (c.due_at <= now && c.due_notified_at === null) {
        const late = now - c.due_at > LATE_AFTER_MS;
        if (d.repos.callbacks.markDue(c.id, now, late)) fired.push({ ...base, kind: 'due', late });
      } else if (c.reminded_at === null && c.due_at - lead <= now && c.due_at > now) {
        const late = now - (c.due_at - lead) > LATE_AFTER_MS;
        if (d.repos.callbacks.markReminded(c.id, now, late)) fired.push({ ...base, kind: 'before', late });
      }
    }
    for (const c of d.repos.callbacks.customerRemindersDue(now, CUSTOMER_REMINDER_LEAD_MS)) {
      if (d.repos.callbacks.markCustomerReminded(c.id, now)) d.remindCustomer?.(c);
    }
    for (const c of d.repos.callbacks.overdue(now - MISSED_AFTER_MS)) {
      d.repos.callbacks.setStatus(c.id, 'missed', now);
      if (c.case_id) d.repos.caseEvents.append(c.case_id, now, 'callbacks', 'callback_missed', { callbackId: c.id, dueAt: c.due_at });
    }
    for (const r of fired) {
      d.events.emit('callbackReminder', r);
      if (r.caseId) d.events.emit('casesChanged', { ids: [r.caseId] });
    }
    return fired;
  }

  function plan(): void {
    if (!running) return;
    if (handle !== null) timers.clear(handle);
    const now = d.clock.now();
    const next = d.repos.callbacks.nextReminderAt(leadMs(), shiftDays(now, -30, d.repos.settings.get().timeZone));
    const wait = next === null ? MAX_SLEEP_MS : Math.max(0, Math.min(MAX_SLEEP_MS, next - now));
    handle = timers.set(() => {
      handle = null;
      try {
        check();
      } catch (e) {
        d.logger.error('callback reminders failed', { error: String(e) });
      }
      plan();
    }, wait);
  }

  return {
    check,
    start() {
      running = true;
      try {
        check();
      } catch (e) {
        d.logger.error('callback reminders failed', { error: String(e) });
      }
      plan();
    },
    /** The agenda changed: plan the next wake-up again. */
    kick: () => plan(),
    stop() {
      running = false;
      if (handle !== null) timers.clear(handle);
      handle = null;
    },
  };
}
export type CallbackScheduler = ReturnType<typeof createCallbackScheduler>;
