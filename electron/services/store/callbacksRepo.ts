import type { Db } from './database';

export type CallbackStatus = 'booked' | 'done' | 'missed' | 'cancelled';
export type CallbackOutcome = 'reached' | 'not_reached' | 'voicemail' | 'wrong_number';

export interface CallbackRow {
  id: string;
  case_id: string | null;
  customer_id: string | null;
  phone: string;
  name: string;
  due_at: number;
  time_zone: string;
  customer_time_zone: string | null;
  duration_min: number;
  note: string;
  assignee: string | null;
  status: CallbackStatus;
  outcome: CallbackOutcome | null;
  outcome_note: string | null;
  reminded_at: number | null;
  due_notified_at: number | null;
  late: number;
  attempt: number;
  source: 'widget' | 'case' | 'call' | 'agent' | 'cli';
  shared: number;
  /** When the customer confirmed the time (a tap or a reply); cleared when the time moves. */
  confirmed_at: number | null;
  /** When the customer was reminded of the call; cleared when the time moves. */
  customer_reminded_at: number | null;
  created_at: number;
  updated_at: number;
}

export type NewCallback = Pick<CallbackRow, 'id' | 'case_id' | 'customer_id' | 'phone' | 'name' | 'due_at' | 'time_zone' | 'duration_min' | 'note' | 'assignee' | 'source' | 'shared' | 'attempt'> & {
  customer_time_zone?: string | null;
  status?: CallbackStatus;
};

/** The callback agenda: one row per booked call, with the state of its reminders. */
export function createCallbacksRepo(db: Db) {
  const insert = db.prepare(`INSERT INTO callbacks (id, case_id, customer_id, phone, name, due_at, time_zone, customer_time_zone, duration_min, note, assignee, status, source, shared, attempt, created_at, updated_at)
    VALUES (@id, @case_id, @customer_id, @phone, @name, @due_at, @time_zone, @customer_time_zone, @duration_min, @note, @assignee, @status, @source, @shared, @attempt, @now, @now)
    ON CONFLICT(id) DO UPDATE SET due_at = excluded.due_at, assignee = excluded.assignee, status = excluded.status, case_id = coalesce(callbacks.case_id, excluded.case_id),
      reminded_at = CASE WHEN callbacks.due_at <> excluded.due_at THEN NULL ELSE callbacks.reminded_at END,
      due_notified_at = CASE WHEN callbacks.due_at <> excluded.due_at THEN NULL ELSE callbacks.due_notified_at END,
      confirmed_at = CASE WHEN callbacks.due_at <> excluded.due_at THEN NULL ELSE callbacks.confirmed_at END,
      customer_reminded_at = CASE WHEN callbacks.due_at <> excluded.due_at THEN NULL ELSE callbacks.customer_reminded_at END,
      updated_at = excluded.updated_at`);
  const byId = db.prepare<[string], CallbackRow>('SELECT * FROM callbacks WHERE id = ?');
  const byCase = db.prepare<[string], CallbackRow>('SELECT * FROM callbacks WHERE case_id = ? ORDER BY due_at');
  const between = db.prepare<[number, number], CallbackRow>("SELECT * FROM callbacks WHERE due_at >= ? AND due_at < ? ORDER BY due_at, id");
  const open = db.prepare<[number], CallbackRow>("SELECT * FROM callbacks WHERE status = 'booked' AND due_at < ? ORDER BY due_at");
  const bookedBetween = db.prepare<[number, number], number>("SELECT due_at FROM callbacks WHERE status = 'booked' AND due_at >= ? AND due_at < ?").pluck();
  const countAt = db.prepare<[number], number>("SELECT count(*) FROM callbacks WHERE status = 'booked' AND due_at = ?").pluck();
  // what the scheduler still has to say: the early reminder or the one at the time
  const pendingReminders = db.prepare<[number, number], CallbackRow>(
    "SELECT * FROM callbacks WHERE status = 'booked' AND (reminded_at IS NULL OR due_notified_at IS NULL) AND due_at - ? <= ? ORDER BY due_at",
  );
  const nextReminder = db.prepare<[number, number], number | null>(
    // `since`: older booked calls are long missed and never reminded again
    "SELECT min(CASE WHEN reminded_at IS NULL THEN due_at - ? ELSE due_at END) FROM callbacks WHERE status = 'booked' AND (reminded_at IS NULL OR due_notified_at IS NULL) AND due_at > ?",
  ).pluck();
  const markReminded = db.prepare('UPDATE callbacks SET reminded_at = ?, late = late OR ?, updated_at = ? WHERE id = ? AND reminded_at IS NULL');
  const markDue = db.prepare('UPDATE callbacks SET due_notified_at = ?, reminded_at = coalesce(reminded_at, ?), late = late OR ?, updated_at = ? WHERE id = ? AND due_notified_at IS NULL');
  const setStatus = db.prepare('UPDATE callbacks SET status = @status, outcome = coalesce(@outcome, outcome), outcome_note = coalesce(@note, outcome_note), updated_at = @now WHERE id = @id');
  const move = db.prepare('UPDATE callbacks SET due_at = ?, reminded_at = NULL, due_notified_at = NULL, confirmed_at = NULL, customer_reminded_at = NULL, late = 0, updated_at = ? WHERE id = ?');
  const confirm = db.prepare("UPDATE callbacks SET confirmed_at = ?, updated_at = ? WHERE id = ? AND status = 'booked' AND confirmed_at IS NULL");
  // the customer's next call for this number: what a reply such as "1" or "AVBOKA" is about
  const nextForPhone = db.prepare<[string, number], CallbackRow>("SELECT * FROM callbacks WHERE phone = ? AND status = 'booked' AND due_at > ? ORDER BY due_at LIMIT 1");
  // a call booked less than `lead` ahead was just confirmed: it gets no reminder as well
  const customerRemindersDue = db.prepare<[{ now: number; lead: number }], CallbackRow>(
    "SELECT * FROM callbacks WHERE status = 'booked' AND customer_reminded_at IS NULL AND due_at > @now AND due_at - @lead <= @now AND created_at <= due_at - @lead ORDER BY due_at",
  );
  const markCustomerReminded = db.prepare('UPDATE callbacks SET customer_reminded_at = ? WHERE id = ? AND customer_reminded_at IS NULL');
  const clearCustomerReminded = db.prepare('UPDATE callbacks SET customer_reminded_at = NULL WHERE id = ?');
  const assign = db.prepare('UPDATE callbacks SET assignee = ?, updated_at = ? WHERE id = ?');
  const noteIfEmpty = db.prepare("UPDATE callbacks SET note = ? WHERE id = ? AND note = ''");

  return {
    upsert: (c: NewCallback, now: number) => void insert.run({ customer_time_zone: null, status: 'booked', ...c, now }),
    get: (id: string) => byId.get(id) ?? null,
    ofCase: (caseId: string) => byCase.all(caseId),
    between: (from: number, to: number) => between.all(from, to),
    /** Booked and already due: overdue ones, for the top of the queue. */
    overdue: (now: number) => open.all(now),
    bookedBetween: (from: number, to: number) => bookedBetween.all(from, to),
    bookedAt: (at: number) => countAt.get(at) ?? 0,
    /** Reminders whose time has come: the early one `leadMs` before, the other at the time. */
    remindersDue: (now: number, leadMs: number) => pendingReminders.all(leadMs, now),
    nextReminderAt: (leadMs: number, since: number) => nextReminder.get(leadMs, since) ?? null,
    markReminded: (id: string, at: number, late: boolean) => markReminded.run(at, late ? 1 : 0, at, id).changes === 1,
    markDue: (id: string, at: number, late: boolean) => markDue.run(at, at, late ? 1 : 0, at, id).changes === 1,
    setStatus: (id: string, status: CallbackStatus, now: number, outcome: CallbackOutcome | null = null, note: string | null = null) => void setStatus.run({ id, status, outcome, note, now }),
    move: (id: string, at: number, now: number) => void move.run(at, now, id),
    assign: (id: string, assignee: string | null, now: number) => void assign.run(assignee, now, id),
    /** The customer confirmed the time; false when it was already confirmed (or is no longer booked). */
    confirm: (id: string, at: number) => confirm.run(at, at, id).changes === 1,
    nextForPhone: (phone: string, now: number) => nextForPhone.get(phone, now) ?? null,
    /** Calls within `leadMs` whose customer has not been reminded (and that were booked further ahead than that). */
    customerRemindersDue: (now: number, leadMs: number) => customerRemindersDue.all({ now, lead: leadMs }),
    markCustomerReminded: (id: string, at: number) => markCustomerReminded.run(at, id).changes === 1,
    /** The reminder could not go out (the relay was out of reach): it is due again. */
    clearCustomerReminded: (id: string) => void clearCustomerReminded.run(id),
    /** What the customer wrote when booking, kept with the callback for the briefing. */
    noteIfEmpty: (id: string, note: string) => void noteIfEmpty.run(note, id),
  };
}
export type CallbacksRepo = ReturnType<typeof createCallbacksRepo>;
