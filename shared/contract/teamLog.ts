/**
 * The shop's shared case log: what one laptop writes into the mailbox's log folder and every other
 * laptop reads. One message per event (its body is one of these as JSON), and now and then a
 * snapshot of the whole merged state so a new laptop need not read a year of events.
 * docs/team-log.md describes the folder, the merge and the numbering.
 */
import { z } from 'zod';

export const TEAM_LOG_VERSION = 1;
/** The log folder; servers that refuse top-level folders get it under INBOX. */
export const TEAM_FOLDER = 'Växel';
export const TEAM_FOLDER_UNDER_INBOX = 'INBOX.Växel';
/** The header that marks a message in the folder as Växel's. */
export const TEAM_HEADER = 'X-Vaxel-Log';

export const TEAM_OPS = ['open', 'assign', 'status', 'priority', 'subject', 'target', 'noteAdd', 'noteEdit', 'noteDelete', 'merge', 'split'] as const;
export type TeamOp = (typeof TEAM_OPS)[number];

const CaseKey = z.string().min(1).max(998);
const Agent = z.string().min(1).max(200);
const Stamp = { lamport: z.number().int().nonnegative(), agent: Agent };

export const TeamEventSchema = z.object({
  v: z.literal(TEAM_LOG_VERSION),
  type: z.literal('event'),
  id: z.string().min(8).max(64),
  caseKey: CaseKey,
  ...Stamp,
  at: z.number().int(),
  op: z.enum(TEAM_OPS),
  fields: z.record(z.string(), z.unknown()),
});
export type TeamEvent = z.output<typeof TeamEventSchema>;

export const RegisterSchema = z.object({ caseKey: CaseKey, field: z.string().max(40), value: z.unknown(), ...Stamp, eventId: z.string() });
export const NoteStateSchema = z.object({
  noteId: z.string(),
  caseKey: CaseKey,
  author: z.string(),
  createdAt: z.number().int(),
  body: z.string(),
  ...Stamp,
  eventId: z.string(),
  deleted: z.boolean(),
});
export const TeamSnapshotSchema = z.object({
  v: z.literal(TEAM_LOG_VERSION),
  type: z.literal('snapshot'),
  id: z.string().min(8).max(64),
  agent: Agent,
  at: z.number().int(),
  /** The highest Lamport clock the writer had seen: readers continue above it. */
  lamport: z.number().int().nonnegative(),
  /** The UID (under `uidValidity`) of the last event the snapshot includes; older events may go. */
  coversUid: z.number().int().nonnegative(),
  uidValidity: z.number().int().nonnegative(),
  registers: z.array(RegisterSchema),
  notes: z.array(NoteStateSchema),
  numbers: z.array(z.object({ caseKey: CaseKey, number: z.number().int().positive() })),
  /** Cases made by hand travel with their content, so a new laptop can show them. */
  opened: z.array(z.object({ caseKey: CaseKey, fields: z.record(z.string(), z.unknown()) })),
});
export type TeamSnapshot = z.output<typeof TeamSnapshotSchema>;

export const TeamLogEntrySchema = z.discriminatedUnion('type', [TeamEventSchema, TeamSnapshotSchema]);
export type TeamLogEntry = z.output<typeof TeamLogEntrySchema>;

/** The field each op sets, for the last-writer-wins registers. */
export const REGISTER_OF: Partial<Record<TeamOp, string>> = {
  assign: 'assignee',
  status: 'status',
  priority: 'priority',
  subject: 'subject',
  target: 'slaDueAt',
  merge: 'mergedInto',
};

/** Who wins between two writes of one register: the higher (lamport, agent, event id). */
export function stampWins(a: { lamport: number; agent: string; eventId: string }, b: { lamport: number; agent: string; eventId: string }): boolean {
  if (a.lamport !== b.lamport) return a.lamport > b.lamport;
  if (a.agent !== b.agent) return a.agent > b.agent;
  return a.eventId > b.eventId;
}
