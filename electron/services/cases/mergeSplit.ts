import { randomUUID } from 'node:crypto';
import type { CaseSummary } from '../../../shared/contract/api';
import { AppError, refused } from '../../../shared/contract/errors';
import { refreshActivity } from './caseActivity';
import { toSummary } from '../store/casesRepo';
import type { CaseDeps } from './caseCommands';

const actor = (d: CaseDeps) => d.repos.settings.get().agentName || 'agent';

/**
 * Two cases about one matter become one: every message and event of `fromId` moves into
 * `intoId`, and `fromId` is resolved with a pointer to where its history went.
 */
export function mergeCases(d: CaseDeps, intoId: string, fromId: string): CaseSummary {
  if (intoId === fromId) throw refused('mergeIntoItself', 'a case can not be merged into itself');
  const into = d.repos.cases.get(intoId);
  const from = d.repos.cases.get(fromId);
  if (!into || !from) throw new AppError('NOT_FOUND', `there is no case ${into ? fromId : intoId}`);
  return d.db.transaction(() => {
    absorbCase(d, intoId, fromId, actor(d));
    // the shop's other laptops merge the same two cases when they read this
    d.team?.record(fromId, 'merge', { to: d.team.keyOf(intoId) });
    return toSummary(d.repos.cases.get(intoId)!);
  })();
}

/**
 * Move every message of `fromId` into `intoId` and resolve `fromId` with a pointer to where its
 * history went: an agent's merge, or two cases of one e-mail thread that a message connected.
 */
export function absorbCase(d: Pick<CaseDeps, 'db' | 'repos' | 'clock'>, intoId: string, fromId: string, who: string): void {
  const into = d.repos.cases.get(intoId)!;
  const from = d.repos.cases.get(fromId)!;
  const now = d.clock.now();
  const moved = d.repos.messages.moveAll(fromId, intoId);
  d.repos.chat.moveCase(fromId, intoId);
  d.repos.caseEvents.append(intoId, now, who, 'merged', { from: fromId, fromNumber: from.number, messages: moved });
  d.repos.caseEvents.append(fromId, now, who, 'merged_into', { into: intoId, intoNumber: into.number });
  d.repos.cases.update(fromId, { status: 'resolved', waiting_since: null, sla_due_at: null, resolved_at: now, preview: '' }, now);
  refreshActivity(d, intoId, { reopenOnInbound: false, at: now });
}

/** A message about something else leaves its case and starts a new one, with the same customer. */
export function splitMessage(d: CaseDeps, messageId: number): CaseSummary {
  const m = d.repos.messages.source(messageId);
  if (!m) throw new AppError('NOT_FOUND', `there is no message ${messageId}`);
  const from = d.repos.cases.get(m.case_id)!;
  if (d.repos.messages.listByCase(from.id).length < 2) {
    throw refused('splitOnlyMessage', 'the only message of a case can not be split off');
  }
  return d.db.transaction(() => {
    const id = randomUUID();
    splitInto(d, messageId, id, actor(d));
    // the other laptops split the same e-mail off (found by its Message-ID) into a case with this key
    if (m.rfc_message_id) d.team?.record(from.id, 'split', { rfcId: m.rfc_message_id, into: `split:${id}` });
    d.repos.cases.setSharedKey(id, `split:${id}`);
    return toSummary(d.repos.cases.get(id)!);
  })();
}

/** Move one message out of its case into a new case `id`, with the same customer and owner. */
export function splitInto(d: Pick<CaseDeps, 'db' | 'repos' | 'clock'>, messageId: number, id: string, who: string): void {
  const m = d.repos.messages.source(messageId)!;
  const from = d.repos.cases.get(m.case_id)!;
  const now = d.clock.now();
  d.repos.cases.insert({
    id,
    channel: from.channel,
    status: m.direction === 'in' ? 'open' : 'waiting',
    priority: from.priority,
    subject: m.subject?.replace(/\s+/g, ' ').trim() || from.subject,
    customerId: from.customer_id,
    assignee: from.assignee,
    preview: '',
    now,
    waitingSince: null,
    slaDueAt: null,
    accountId: d.repos.cases.accountOf(from.id),
    threadKey: null,
  });
  d.repos.messages.move(messageId, id);
  d.repos.caseEvents.append(id, now, who, 'split_from', { from: from.id, fromNumber: from.number, messageId });
  d.repos.caseEvents.append(from.id, now, who, 'split', { into: id, messageId });
  refreshActivity(d, id, { reopenOnInbound: m.direction === 'in', at: m.created_at });
  refreshActivity(d, from.id, { reopenOnInbound: false, at: now });
}
