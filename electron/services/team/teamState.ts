/**
 * The merge: events and snapshots from the shop's log into this laptop's copy, and the merged state
 * onto the local cases. Every laptop runs the same code over the same log, so all end in the same
 * state whatever order the events arrived in (the registers' SQL takes a write only when its stamp is
 * higher; notes are added once and a deletion stays).
 */
import { priorityRank, slaDueAt, type CaseStatus, type Priority } from '../../../shared/domain/cases';
import { REGISTER_OF, type TeamEvent, type TeamSnapshot } from '../../../shared/contract/teamLog';
import type { Clock } from '../../../shared/domain/clock';
import type { EventHub } from '../events/eventHub';
import type { Db } from '../store/database';
import type { Repositories } from '../store/repositories';
import type { CasePatch } from '../store/casesRepo';
import { previewOf } from '../cases/caseCommands';
import { absorbCase, splitInto } from '../cases/mergeSplit';

export interface TeamStateDeps {
  db: Db;
  repos: Repositories;
  clock: Clock;
  events: EventHub;
}

/** The uid of the message row that shows a shared note in a case's history. */
export const noteMessageUid = (noteId: string) => `note:${noteId}`;

/**
 * Take one event into the store. `uid` is its place in the log folder (null: made here, not yet
 * appended). Returns whether anything new was learnt, and the register this laptop lost, if any.
 */
export function applyEvent(d: TeamStateDeps, e: TeamEvent, uid: number | null, mine: boolean): { fresh: boolean; lost: { field: string } | null } {
  const t = d.repos.team;
  const known = t.event(e.id);
  if (known) {
    if (uid !== null && known.uid === null) t.markAppended(e.id, uid);
  } else t.addEvent(e, { mine, uid });
  // numbers follow the order of 'open' entries in the folder, the same on every laptop
  if (e.op === 'open' && uid !== null) t.numberCase(e.caseKey);
  if (known) return { fresh: false, lost: null };

  let lost: { field: string } | null = null;
  const field = REGISTER_OF[e.op];
  if (field) {
    const before = t.registers(e.caseKey).find((r) => r.field === field) ?? null;
    const won = t.writeRegister({ caseKey: e.caseKey, field, value: e.fields.to ?? null, lamport: e.lamport, agent: e.agent, eventId: e.id });
    // my own write lost to one that could not have seen it (appended before mine reached the log)
    if (won && !mine && before) {
      const mineBefore = t.event(before.event_id);
      if (mineBefore?.mine === 1 && (mineBefore.uid === null || (uid !== null && mineBefore.uid > uid))) lost = { field };
    }
  } else if (e.op === 'noteAdd' || e.op === 'noteEdit') {
    const f = e.fields as { noteId: string; body: string; author?: string; createdAt?: number };
    t.writeNote({ noteId: f.noteId, caseKey: e.caseKey, author: e.op === 'noteAdd' ? (f.author ?? e.agent) : '', createdAt: e.op === 'noteAdd' ? (f.createdAt ?? e.at) : 0, body: f.body, lamport: e.lamport, agent: e.agent, eventId: e.id });
  } else if (e.op === 'noteDelete') {
    t.deleteNote(String(e.fields.noteId), e.caseKey);
  }
  return { fresh: true, lost };
}

/** Take a snapshot: its registers and notes merge like events; its numbers were given in log order. */
export function applySnapshot(d: TeamStateDeps, s: TeamSnapshot): Set<string> {
  const t = d.repos.team;
  const touched = new Set<string>();
  for (const n of [...s.numbers].sort((a, b) => a.number - b.number)) {
    t.adoptNumber(n.caseKey, n.number);
    touched.add(n.caseKey);
  }
  for (const r of s.registers) {
    t.writeRegister(r);
    touched.add(r.caseKey);
  }
  for (const n of s.notes) {
    t.writeNote({ ...n, createdAt: n.createdAt });
    if (n.deleted) t.deleteNote(n.noteId, n.caseKey);
    touched.add(n.caseKey);
  }
  for (const o of s.opened) {
    // a hand-made case's content, kept as the 'open' event it came from (the lowest stamp wins)
    t.addEvent({ v: 1, type: 'event', id: `snap-open:${o.caseKey}`, caseKey: o.caseKey, agent: s.agent, lamport: 0, at: s.at, op: 'open', fields: o.fields }, { mine: false, uid: 0 });
    touched.add(o.caseKey);
  }
  return touched;
}

/** This laptop's whole merged state as a snapshot covering the log up to `coversUid`. */
export function snapshotOf(d: TeamStateDeps, o: { id: string; agent: string; coversUid: number; uidValidity: number }): TeamSnapshot {
  const t = d.repos.team;
  return {
    v: 1,
    type: 'snapshot',
    id: o.id,
    agent: o.agent,
    at: d.clock.now(),
    lamport: t.maxLamport(),
    coversUid: o.coversUid,
    uidValidity: o.uidValidity,
    registers: t.allRegisters().map((r) => ({ caseKey: r.case_key, field: r.field, value: JSON.parse(r.value) as unknown, lamport: r.lamport, agent: r.agent, eventId: r.event_id })),
    notes: t.allNotes().map((n) => ({ noteId: n.note_id, caseKey: n.case_key, author: n.author, createdAt: n.created_at, body: n.body, lamport: Math.max(0, n.lamport), agent: n.agent || o.agent, eventId: n.event_id, deleted: n.deleted === 1 })),
    numbers: t.allNumbers().map((n) => ({ caseKey: n.case_key, number: n.number })),
    opened: t.openedByHand(),
  };
}

/** A case made by hand on another laptop (phone, walk-in): made here too, from its 'open' event. */
function createFromOpen(d: TeamStateDeps, key: string): string | null {
  const f = d.repos.team.openFields(key);
  if (!f || f.byHand !== 1) return null;
  const id = typeof f.caseId === 'string' ? f.caseId : key.replace(/^manual:/, '');
  if (d.repos.cases.get(id)) return d.repos.cases.setSharedKey(id, key) ? id : null;
  const now = d.clock.now();
  const channel = (['phone', 'walkin', 'email', 'chat', 'sms'].includes(String(f.channel)) ? f.channel : 'phone') as 'phone';
  const customer = (f.customer ?? {}) as { name?: string; email?: string | null; phone?: string | null };
  const identities = [
    ...(customer.email ? [{ kind: 'email' as const, value: customer.email }] : []),
    ...(customer.phone ? [{ kind: 'phone' as const, value: customer.phone }] : []),
  ];
  const customerId = identities.length || customer.name ? d.repos.customers.findOrCreate({ name: customer.name ?? '', identities }, now) : null;
  const createdAt = typeof f.createdAt === 'number' ? f.createdAt : now;
  d.repos.cases.insert({
    id,
    channel,
    status: 'open',
    priority: priorityRank((f.priority as Priority) ?? 'normal'),
    subject: String(f.subject ?? ''),
    customerId,
    assignee: null,
    preview: previewOf(String(f.note ?? '')),
    now: createdAt,
    waitingSince: createdAt,
    slaDueAt: slaDueAt(channel, createdAt, d.repos.settings.get().slaTargets),
  });
  d.repos.cases.setSharedKey(id, key);
  if (f.note) d.repos.messages.insert({ caseId: id, direction: 'note', channel, author: String(f.author ?? ''), bodyText: String(f.note), createdAt, uid: `open:${key}` });
  d.repos.caseEvents.append(id, createdAt, String(f.author ?? ''), 'created', { channel, shared: true });
  return id;
}

/**
 * Show the merged state of one shared case on the local case: owner, status, priority, subject,
 * response target, shop number and notes. Returns the local case id when it changed.
 */
export function projectCase(d: TeamStateDeps, key: string): string | null {
  const t = d.repos.team;
  let row = d.repos.cases.bySharedKey(key);
  if (!row && key.startsWith('chat:')) {
    // this laptop has the chat under its own case: it takes the shared key on first use
    const caseId = d.repos.chat.conversation(key.slice('chat:'.length))?.case_id;
    if (caseId && d.repos.cases.setSharedKey(caseId, key)) row = d.repos.cases.get(caseId);
  }
  if (!row) {
    const made = createFromOpen(d, key);
    if (!made) return null; // an e-mail case this laptop has not synced yet: projected when it arrives
    row = d.repos.cases.get(made)!;
  }
  const now = d.clock.now();
  let changed = false;
  const registers = t.registers(key);
  const regs = new Map(registers.map((r) => [r.field, JSON.parse(r.value) as unknown]));
  const patch: CasePatch = {};
  if (regs.has('assignee') && regs.get('assignee') !== row.assignee) patch.assignee = (regs.get('assignee') as string | null) ?? null;
  // a case merged into another stays resolved, whatever its own status said before
  const status = regs.has('mergedInto') ? undefined : (regs.get('status') as CaseStatus | undefined);
  if (status && status !== row.status) {
    patch.status = status;
    if (status === 'resolved') Object.assign(patch, { resolved_at: now, waiting_since: null, sla_due_at: null });
    else if (status === 'waiting') Object.assign(patch, { waiting_since: null, sla_due_at: null });
    else Object.assign(patch, { resolved_at: null, waiting_since: row.waiting_since ?? now, sla_due_at: row.sla_due_at ?? slaDueAt(row.channel, now, d.repos.settings.get().slaTargets) });
  }
  const priority = regs.get('priority') as Priority | undefined;
  if (priority && priorityRank(priority) !== row.priority) patch.priority = priorityRank(priority);
  const subject = regs.get('subject');
  if (typeof subject === 'string' && subject !== row.subject) patch.subject = subject;
  if (regs.has('slaDueAt') && (status ?? row.status) === 'open' && regs.get('slaDueAt') !== row.sla_due_at) patch.sla_due_at = (regs.get('slaDueAt') as number | null) ?? null;
  if (Object.keys(patch).length) {
    d.repos.cases.update(row.id, patch, now);
    changed = true;
  }
  // merged on another laptop: this laptop's copy moves into the same case (once)
  const into = regs.get('mergedInto');
  if (typeof into === 'string' && into !== key) {
    const target = d.repos.cases.bySharedKey(into);
    if (target && d.repos.messages.listByCase(row.id).length > 0) {
      const by = registers.find((r) => r.field === 'mergedInto')?.agent ?? '';
      absorbCase(d, target.id, row.id, by);
      changed = true;
    }
  }
  // an e-mail split off on another laptop: the same message leaves this case here too
  const account = d.repos.cases.accountOf(row.id);
  for (const e of t.eventsOfCase(key)) {
    if (e.op !== 'split') continue;
    const f = JSON.parse(e.fields) as { rfcId?: string; into?: string };
    if (!f.rfcId || !f.into?.startsWith('split:') || d.repos.cases.bySharedKey(f.into) || !account) continue;
    const msg = d.repos.mail.messageByRfcId(account, f.rfcId);
    if (!msg || msg.case_id !== row.id || d.repos.messages.listByCase(row.id).length < 2) continue;
    const id = f.into.slice('split:'.length);
    splitInto(d, msg.id, id, e.agent);
    d.repos.cases.setSharedKey(id, f.into);
    changed = true;
  }
  const number = t.number(key);
  if (number !== null && number !== row.shop_number) changed = d.repos.cases.setShopNumber(row.id, number) || changed;

  for (const n of t.notes(key)) {
    const existing = d.repos.messages.idByUid(noteMessageUid(n.note_id));
    if (n.deleted) {
      if (existing !== null) {
        d.repos.messages.remove(existing);
        changed = true;
      }
    } else if (existing === null) {
      if (n.lamport < 0) continue; // a tombstone's placeholder, or an edit whose note has not arrived
      d.repos.messages.insert({ caseId: row.id, direction: 'note', channel: row.channel, author: n.author, bodyText: n.body, createdAt: n.created_at || now, uid: noteMessageUid(n.note_id) });
      changed = true;
    } else changed = d.repos.messages.setBody(existing, n.body) || changed;
  }
  return changed ? row.id : null;
}
