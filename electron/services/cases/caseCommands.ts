import type { CaseEventKind } from '../../../shared/domain/caseEvents';
import { randomUUID } from 'node:crypto';
import type { CaseDetail, CaseSummary, Message, MethodArgs } from '../../../shared/contract/api';
import { AppError } from '../../../shared/contract/errors';
import { priorityRank, slaDueAt } from '../../../shared/domain/cases';
import type { Clock } from '../../../shared/domain/clock';
import type { EventHub } from '../events/eventHub';
import { toSummary, type CasePatch } from '../store/casesRepo';
import { toCallback } from '../callbacks/callbackView';
import { customerLanguage } from './customerLanguage';
import type { Identity } from '../store/customersRepo';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { TeamService } from '../team/teamService';

export interface CaseDeps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  events: EventHub;
  /** The shop's shared case log: what an agent changes on a case is recorded there for the others. */
  team?: Pick<TeamService, 'record' | 'keyOf'>;
}

const PREVIEW_LENGTH = 160;

export function previewOf(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > PREVIEW_LENGTH ? `${flat.slice(0, PREVIEW_LENGTH - 1)}…` : flat;
}

/** Who acts: the agent's name from settings, or "agent" until one is set. */
function actor(d: CaseDeps): string {
  return d.repos.settings.get().agentName || 'agent';
}

function mustGet(d: CaseDeps, id: string) {
  const row = d.repos.cases.get(id);
  if (!row) throw new AppError('NOT_FOUND', `there is no case ${id}`);
  return row;
}

/** A case the agent opens by hand: a phone call, a walk-in, or anything else that arrived off-line. */
export function createCase(d: CaseDeps, input: MethodArgs<'createCase'>): CaseSummary {
  const now = d.clock.now();
  const settings = d.repos.settings.get();
  const who = actor(d);
  const id = randomUUID();
  d.db.transaction(() => {
    const identities: Identity[] = [];
    if (input.customer.email) identities.push({ kind: 'email', value: input.customer.email });
    if (input.customer.phone) identities.push({ kind: 'phone', value: input.customer.phone });
    const customerId =
      identities.length || input.customer.name
        ? d.repos.customers.findOrCreate({ name: input.customer.name, identities }, now)
        : null;
    d.repos.cases.insert({
      id,
      channel: input.channel,
      status: 'open',
      priority: priorityRank(input.priority),
      subject: input.subject,
      customerId,
      assignee: who === 'agent' ? null : who,
      preview: previewOf(input.note ?? ''),
      now,
      waitingSince: now,
      slaDueAt: slaDueAt(input.channel, now, settings.slaTargets),
    });
    d.repos.caseEvents.append(id, now, who, 'created', { channel: input.channel, priority: input.priority });
    if (input.note) {
      d.repos.messages.insert({ caseId: id, direction: 'note', channel: input.channel, author: who, bodyText: input.note, createdAt: now });
    }
    // made by hand: the 'open' event carries its content, so every laptop of the shop shows it
    d.team?.record(id, 'open', {});
    if (who !== 'agent') d.team?.record(id, 'assign', { to: who });
  })();
  d.events.emit('casesChanged', { ids: [id] });
  return toSummary(mustGet(d, id));
}

export function updateCase(d: CaseDeps, input: MethodArgs<'updateCase'>): CaseSummary {
  const now = d.clock.now();
  const who = actor(d);
  d.db.transaction(() => {
    const before = mustGet(d, input.id);
    const patch: CasePatch = {};
    const log = (kind: CaseEventKind, data: Record<string, unknown>) => d.repos.caseEvents.append(input.id, now, who, kind, data);

    if (input.status && input.status !== before.status) {
      patch.status = input.status;
      if (input.status === 'resolved') {
        Object.assign(patch, { resolved_at: now, waiting_since: null, sla_due_at: null });
      } else if (input.status === 'waiting') {
        // waiting on the customer: nobody is waiting on us
        Object.assign(patch, { waiting_since: null, sla_due_at: null });
      } else {
        const targets = d.repos.settings.get().slaTargets;
        Object.assign(patch, { resolved_at: null, waiting_since: now, sla_due_at: slaDueAt(before.channel, now, targets) });
      }
      log('status', { from: before.status, to: input.status });
      d.team?.record(input.id, 'status', { to: input.status }, input.as);
    }
    if (input.priority) {
      const rank = priorityRank(input.priority);
      if (rank !== before.priority) {
        patch.priority = rank;
        log('priority', { to: input.priority });
        d.team?.record(input.id, 'priority', { to: input.priority }, input.as);
      }
    }
    if (input.subject !== undefined && input.subject !== before.subject) {
      patch.subject = input.subject;
      log('subject', { from: before.subject, to: input.subject });
      d.team?.record(input.id, 'subject', { to: input.subject }, input.as);
    }
    if (input.assignee !== undefined && input.assignee !== before.assignee) {
      patch.assignee = input.assignee;
      log('assigned', { from: before.assignee, to: input.assignee });
      d.team?.record(input.id, 'assign', { to: input.assignee }, input.as);
    }
    d.repos.cases.update(input.id, patch, now);
  })();
  d.events.emit('casesChanged', { ids: [input.id] });
  return toSummary(mustGet(d, input.id));
}

/** With the setting on, the agent's answer on a case nobody has takes it, for the whole team to see. */
export function takeOnFirstReply(d: CaseDeps, caseId: string): void {
  const s = d.repos.settings.get();
  const c = d.repos.cases.get(caseId);
  if (s.firstReplyTakesCase && s.agentName && c && !c.assignee) updateCase(d, { id: caseId, assignee: s.agentName });
}

/** An internal note: kept in the case's history and searchable, never sent to the customer. */
export function addNote(d: CaseDeps, input: MethodArgs<'addNote'>): Message {
  const now = d.clock.now();
  const who = actor(d);
  const message = d.db.transaction(() => {
    const c = mustGet(d, input.caseId);
    const author = input.as || who;
    const noteId = randomUUID();
    const m = d.repos.messages.insert({ caseId: c.id, direction: 'note', channel: c.channel, author, bodyText: input.body, createdAt: now, uid: `note:${noteId}` });
    d.repos.cases.update(c.id, { last_message_at: now, ...(c.preview ? {} : { preview: previewOf(input.body) }) }, now);
    d.repos.caseEvents.append(c.id, now, author, 'note', { messageId: m.id });
    d.team?.record(c.id, 'noteAdd', { noteId, body: input.body, author, createdAt: now }, input.as);
    return m;
  })();
  d.events.emit('casesChanged', { ids: [input.caseId] });
  return message;
}

/** A note's text changed, or the note deleted: here at once, and in the shop's log for the others. */
export function changeNote(d: CaseDeps, messageId: number, body: string | null): boolean {
  const note = d.repos.messages.noteById(messageId);
  if (!note) throw new AppError('NOT_FOUND', `there is no note ${messageId}`);
  const noteId = note.uid.startsWith('note:') ? note.uid.slice(5) : null;
  d.db.transaction(() => {
    if (body === null) d.repos.messages.remove(messageId);
    else d.repos.messages.setBody(messageId, body);
    d.repos.caseEvents.append(note.case_id, d.clock.now(), actor(d), body === null ? 'note_deleted' : 'note_edited', { messageId });
    if (noteId) d.team?.record(note.case_id, body === null ? 'noteDelete' : 'noteEdit', body === null ? { noteId } : { noteId, body });
  })();
  d.events.emit('casesChanged', { ids: [note.case_id] });
  return true;
}

export function getCaseDetail(d: CaseDeps, id: string): CaseDetail {
  const row = mustGet(d, id);
  const customer = row.customer_id ? d.repos.customers.get(row.customer_id) : null;
  const messages = d.repos.messages.listByCase(id);
  return {
    case: toSummary(row),
    customer,
    messages,
    events: d.repos.caseEvents.listByCase(id),
    otherCases: row.customer_id ? d.repos.cases.otherCasesOf(row.customer_id, id).map(toSummary) : [],
    chat: chatOf(d, id),
    callbacks: d.repos.callbacks.ofCase(id).map(toCallback),
    customerLanguage: customerLanguage(d, id, messages),
  };
}

function chatOf(d: CaseDeps, caseId: string): CaseDetail['chat'] {
  const c = d.repos.chat.ofCase(caseId);
  if (!c) return null;
  const me = d.repos.chat.relay()?.agent_id ?? null;
  return {
    conversationId: c.conversation_id,
    kind: c.kind,
    state: c.state,
    owner: c.owner_id ? { id: c.owner_id, name: c.owner_name ?? '' } : null,
    mine: !!me && c.owner_id === me,
    customerPage: c.customer_page,
    callbackAt: c.callback_at,
  };
}
