import { randomUUID } from 'node:crypto';
import { AppError, refused } from '../../../shared/contract/errors';
import { isSlotStart, type SlotRules } from '../../../shared/domain/callbackSlots';
import type { Settings } from '../../../shared/domain/settings';
import { toE164 } from '../../../shared/domain/phone';
import { slaDueAt } from '../../../shared/domain/cases';
import type { CaseDeps } from '../cases/caseCommands';
import type { ChatService } from '../chat/chatService';
import type { CallbackRow } from '../store/callbacksRepo';

export interface BookingDeps extends CaseDeps {
  chat: ChatService;
}

export interface BookingInput {
  /** The case the call is about; none for a call that starts a case (booked during a phone call). */
  caseId?: string | undefined;
  phone: string;
  name?: string | undefined;
  email?: string | undefined;
  at: number;
  note?: string | undefined;
  source: CallbackRow['source'];
  /** An agent id on the relay, or a local name without one. */
  assignee?: string | null | undefined;
  lang?: 'sv' | 'en' | undefined;
}

export function slotRulesOf(s: Settings): SlotRules {
  return { timeZone: s.timeZone, openingHours: s.openingHours, holidays: s.holidays, slotMinutes: s.callbackSlotMinutes, capacity: s.callbackCapacity, leadMinutes: s.callbackLeadMinutes };
}

/** The phone case a callback belongs to: the given case, or a new one for this customer. */
function caseFor(d: CaseDeps, input: BookingInput, now: number): string {
  if (input.caseId) {
    if (!d.repos.cases.get(input.caseId)) throw new AppError('NOT_FOUND', `there is no case ${input.caseId}`);
    return input.caseId;
  }
  const id = randomUUID();
  const identities = [{ kind: 'phone' as const, value: input.phone }, ...(input.email ? [{ kind: 'email' as const, value: input.email }] : [])];
  d.db.transaction(() => {
    const customerId = d.repos.customers.findOrCreate({ name: input.name ?? '', identities }, now);
    d.repos.cases.insert({
      id,
      channel: 'phone',
      status: 'open',
      priority: 2,
      subject: input.note?.trim().slice(0, 120) || (input.lang === 'en' ? 'Call back' : 'Återuppringning'),
      customerId,
      assignee: null,
      preview: input.note ?? '',
      now,
      waitingSince: now,
      slaDueAt: input.at,
    });
    d.repos.caseEvents.append(id, now, d.repos.settings.get().agentName || 'agent', 'created', { channel: 'phone', via: input.source });
  })();
  return id;
}

/** Every place at that time is taken: the same refusal for a booking and a move. */
const slotFull = () => new AppError('CONFLICT', 'every place in that slot is taken; choose another time', { reason: 'slotFull' });

/**
 * Book a callback. With a chat relay the relay keeps the slot's capacity for the whole shop (two
 * agents can not both take its last place) and every laptop receives the booking; without one,
 * this laptop's agenda is the shop's and the capacity is checked in one local transaction.
 */
export async function bookCallback(d: BookingDeps, input: BookingInput): Promise<CallbackRow> {
  const now = d.clock.now();
  const settings = d.repos.settings.get();
  const rules = slotRulesOf(settings);
  input = { ...input, phone: toE164(input.phone) ?? input.phone };
  if (input.at < now) throw refused('timePassed', 'that time has already passed');
  if (input.source === 'widget' && !isSlotStart(input.at, rules)) throw refused('notASlot', 'that time is not one of the shop’s callback slots');
  const who = settings.agentName || 'agent';
  const shared = !!d.repos.chat.relay();
  // Through the relay, a call booked without a case gets its case from the relay's announcement
  // (the same id on every laptop), so a refused booking leaves nothing behind.
  const caseId = shared && !input.caseId ? randomUUID() : caseFor(d, input, now);
  const customerId = d.repos.cases.get(caseId)?.customer_id ?? null;
  if (customerId) d.repos.customers.addIdentity(customerId, 'phone', input.phone);

  if (shared) {
    const res = await d.chat.request({
      type: 'book',
      at: input.at,
      phone: input.phone,
      name: input.name ?? '',
      email: input.email ?? null,
      note: input.note ?? '',
      lang: input.lang ?? 'sv',
      caseRef: caseId,
      assignee: input.assignee ?? null,
    });
    const id = res.conversation;
    if (!id) throw new AppError('INTERNAL', 'the relay booked the callback but did not say which it is');
    // the relay's announcement stores the row (on every laptop); wait for ours
    for (let i = 0; i < 100 && !d.repos.callbacks.get(id); i++) await new Promise((r) => setTimeout(r, 20));
    const row = d.repos.callbacks.get(id);
    if (!row) throw new AppError('RELAY_OFFLINE', 'the relay booked the callback, but its confirmation has not arrived yet');
    if (row.case_id) {
      d.repos.caseEvents.append(row.case_id, now, who, 'callback_booked', { callbackId: id, at: input.at, source: input.source });
      d.events.emit('casesChanged', { ids: [row.case_id] });
    }
    return row;
  }

  const id = randomUUID();
  d.db.transaction(() => {
    if (d.repos.callbacks.bookedAt(input.at) >= rules.capacity) throw slotFull();
    d.repos.callbacks.upsert(
      { id, case_id: caseId, customer_id: customerId, phone: input.phone, name: input.name ?? '', due_at: input.at, time_zone: settings.timeZone, duration_min: settings.callbackSlotMinutes, note: input.note ?? '', assignee: input.assignee ?? null, source: input.source, shared: 0, attempt: 1 },
      now,
    );
    d.repos.cases.update(caseId, { sla_due_at: input.at, status: 'open' }, now);
    d.repos.caseEvents.append(caseId, now, who, 'callback_booked', { callbackId: id, at: input.at, source: input.source });
  })();
  d.events.emit('casesChanged', { ids: [caseId] });
  return d.repos.callbacks.get(id)!;
}

/** Move, reassign or cancel: through the relay when the agenda is shared, else here. */
export async function changeCallback(
  d: BookingDeps,
  id: string,
  change: { at?: number; assignee?: string | null; status?: 'booked' | 'cancelled' | 'done' | 'missed' },
  /** Who changed it, for the case's log: the agent, or the customer who answered a notice. */
  actor?: string,
): Promise<CallbackRow> {
  const row = d.repos.callbacks.get(id);
  if (!row) throw new AppError('NOT_FOUND', `there is no callback ${id}`);
  const now = d.clock.now();
  const rules = slotRulesOf(d.repos.settings.get());
  if (change.at !== undefined && change.at < now) throw refused('timePassed', 'that time has already passed');
  if (row.shared) {
    await d.chat.request({ type: 'callbackUpdate', conversation: id, ...change });
    for (let i = 0; i < 100; i++) {
      const r = d.repos.callbacks.get(id)!;
      if ((change.at === undefined || r.due_at === change.at) && (change.status === undefined || r.status === change.status)) break;
      await new Promise((res) => setTimeout(res, 20));
    }
  } else {
    d.db.transaction(() => {
      if (change.at !== undefined && change.at !== row.due_at) {
        if (d.repos.callbacks.bookedAt(change.at) >= rules.capacity) throw slotFull();
        d.repos.callbacks.move(id, change.at, now);
      }
      if (change.assignee !== undefined) d.repos.callbacks.assign(id, change.assignee, now);
      if (change.status) d.repos.callbacks.setStatus(id, change.status, now);
    })();
  }
  if (row.case_id) {
    const who = actor ?? (d.repos.settings.get().agentName || 'agent');
    if (change.at !== undefined) {
      d.repos.cases.update(row.case_id, { sla_due_at: change.at }, now);
      d.repos.caseEvents.append(row.case_id, now, who, 'callback_moved', { callbackId: id, from: row.due_at, to: change.at });
    }
    if (change.status === 'cancelled') {
      const targets = d.repos.settings.get().slaTargets;
      d.repos.cases.update(row.case_id, { sla_due_at: slaDueAt('phone', now, targets) }, now);
      d.repos.caseEvents.append(row.case_id, now, who, 'callback_cancelled', { callbackId: id });
    }
    d.events.emit('casesChanged', { ids: [row.case_id] });
  }
  return d.repos.callbacks.get(id)!;
}
