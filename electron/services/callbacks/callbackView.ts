import type { Callback } from '../../../shared/contract/api';
import { localDateTime } from '../../../shared/domain/calendar';
import type { CallbackRow } from '../store/callbacksRepo';

/** A stored callback as the API shows it, with its time on the shop's and the customer's clocks. */
export function toCallback(r: CallbackRow): Callback {
  return {
    id: r.id,
    caseId: r.case_id,
    customerId: r.customer_id,
    phone: r.phone,
    name: r.name,
    dueAt: r.due_at,
    timeZone: r.time_zone,
    customerTimeZone: r.customer_time_zone,
    local: {
      shop: localDateTime(r.due_at, r.time_zone),
      customer: r.customer_time_zone && r.customer_time_zone !== r.time_zone ? localDateTime(r.due_at, r.customer_time_zone) : null,
    },
    durationMin: r.duration_min,
    note: r.note,
    assignee: r.assignee,
    status: r.status,
    outcome: r.outcome,
    outcomeNote: r.outcome_note,
    remindedAt: r.reminded_at,
    dueNotifiedAt: r.due_notified_at,
    late: r.late === 1,
    attempt: r.attempt,
    source: r.source,
    shared: r.shared === 1,
    confirmedAt: r.confirmed_at,
    customerRemindedAt: r.customer_reminded_at,
  };
}
