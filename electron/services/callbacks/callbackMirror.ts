import type { ConversationInfo } from '../../../shared/contract/relayProtocol';
import { toE164 } from '../../../shared/domain/phone';
import type { CaseDeps } from '../cases/caseCommands';

/**
 * A callback the relay announced (booked from the widget, or by any agent of the shop) becomes this
 * laptop's agenda row, under the conversation's id: a later announcement moves, reassigns or
 * closes the same row, and resets its reminders when the time changed.
 */
export function mirrorCallback(d: CaseDeps, c: ConversationInfo, caseId: string, customerId: string | null, now: number): void {
  if (!c.callbackAt) return;
  const settings = d.repos.settings.get();
  const before = d.repos.callbacks.get(c.id);
  d.repos.callbacks.upsert(
    {
      id: c.id,
      case_id: caseId,
      customer_id: customerId,
      phone: c.customer.phone ? (toE164(c.customer.phone) ?? c.customer.phone) : '',
      name: c.customer.name,
      due_at: c.callbackAt,
      time_zone: settings.timeZone,
      duration_min: settings.callbackSlotMinutes,
      note: before?.note ?? '',
      assignee: c.owner?.name ?? null,
      source: c.caseRef ? 'case' : 'widget',
      shared: 1,
      attempt: before?.attempt ?? 1,
      status: c.callbackStatus ?? 'booked',
      customer_time_zone: c.customer.timeZone && c.customer.timeZone !== settings.timeZone ? c.customer.timeZone : null,
    },
    now,
  );
  if (c.callbackStatus === 'booked') d.repos.cases.update(caseId, { sla_due_at: c.callbackAt }, now);
}
