import type { TeamEvent } from '../../../shared/contract/teamLog';
import type { Db } from './database';

export interface TeamEventRow {
  event_id: string;
  case_key: string;
  agent: string;
  lamport: number;
  op: string;
  fields: string;
  at: number;
  mine: number;
  pending: number;
  uid: number | null;
}
export interface RegisterRow {
  case_key: string;
  field: string;
  value: string;
  lamport: number;
  agent: string;
  event_id: string;
}
export interface NoteRow {
  note_id: string;
  case_key: string;
  author: string;
  created_at: number;
  body: string;
  lamport: number;
  agent: string;
  event_id: string;
  deleted: number;
}
export interface CursorRow {
  account_id: string;
  folder: string;
  uidvalidity: number;
  last_uid: number;
  snapshot_uid: number;
}

export const toTeamEvent = (r: TeamEventRow): TeamEvent => ({
  v: 1,
  type: 'event',
  id: r.event_id,
  caseKey: r.case_key,
  agent: r.agent,
  lamport: r.lamport,
  at: r.at,
  op: r.op as TeamEvent['op'],
  fields: JSON.parse(r.fields) as Record<string, unknown>,
});

/**
 * The laptop's copy of the shop's case log and its merged state. The merge is in the SQL: a
 * register takes a write only when its stamp (lamport, agent, event id) is higher, so the order in
 * which events arrive never matters, and an event stored twice is one row.
 */
export function createTeamRepo(db: Db) {
  const insertEvent = db.prepare(`INSERT INTO team_events (event_id, case_key, agent, lamport, op, fields, at, mine, pending, uid)
    VALUES (@id, @caseKey, @agent, @lamport, @op, @fields, @at, @mine, @pending, @uid) ON CONFLICT(event_id) DO NOTHING`);
  const setUid = db.prepare('UPDATE team_events SET uid = ?, pending = 0 WHERE event_id = ?');
  const pending = db.prepare<[], TeamEventRow>('SELECT * FROM team_events WHERE pending = 1 ORDER BY lamport, event_id');
  const mineSent = db.prepare<[], TeamEventRow>('SELECT * FROM team_events WHERE mine = 1 ORDER BY lamport, event_id');
  const requeueMine = db.prepare('UPDATE team_events SET pending = 1, uid = NULL WHERE mine = 1');
  const clearUids = db.prepare('UPDATE team_events SET uid = NULL');
  const eventById = db.prepare<[string], TeamEventRow>('SELECT * FROM team_events WHERE event_id = ?');
  const maxLamport = db.prepare<[], number>('SELECT max(coalesce((SELECT max(lamport) FROM team_events), 0), coalesce((SELECT max(lamport) FROM team_registers), 0), coalesce((SELECT max(lamport) FROM team_notes), 0))').pluck();
  const countEvents = db.prepare<[], number>('SELECT count(*) FROM team_events').pluck();
  const agentNames = db.prepare<[], string>("SELECT DISTINCT agent FROM team_events WHERE agent <> 'agent' ORDER BY agent").pluck();
  const eventsOfCase = db.prepare<[string], TeamEventRow>('SELECT * FROM team_events WHERE case_key = ? ORDER BY lamport, agent, event_id');
  const openFields = db.prepare<[string], string>("SELECT fields FROM team_events WHERE case_key = ? AND op = 'open' ORDER BY lamport, agent, event_id LIMIT 1").pluck();
  const allOpened = db.prepare<[], { case_key: string; fields: string }>(
    "SELECT case_key, fields FROM team_events e WHERE op = 'open' AND json_extract(fields, '$.byHand') = 1 AND event_id = (SELECT event_id FROM team_events f WHERE f.case_key = e.case_key AND f.op = 'open' ORDER BY lamport, agent, event_id LIMIT 1)",
  );

  const upsertRegister = db.prepare(`INSERT INTO team_registers (case_key, field, value, lamport, agent, event_id)
    VALUES (@caseKey, @field, @value, @lamport, @agent, @eventId)
    ON CONFLICT(case_key, field) DO UPDATE SET value = excluded.value, lamport = excluded.lamport, agent = excluded.agent, event_id = excluded.event_id
    WHERE (excluded.lamport, excluded.agent, excluded.event_id) > (team_registers.lamport, team_registers.agent, team_registers.event_id)`);
  const registersOf = db.prepare<[string], RegisterRow>('SELECT * FROM team_registers WHERE case_key = ?');
  const allRegisters = db.prepare<[], RegisterRow>('SELECT * FROM team_registers ORDER BY case_key, field');

  const upsertNoteBody = db.prepare(`INSERT INTO team_notes (note_id, case_key, author, created_at, body, lamport, agent, event_id, deleted)
    VALUES (@noteId, @caseKey, @author, @createdAt, @body, @lamport, @agent, @eventId, 0)
    ON CONFLICT(note_id) DO UPDATE SET
      author = CASE WHEN excluded.author <> '' THEN excluded.author ELSE team_notes.author END,
      created_at = CASE WHEN excluded.created_at > 0 AND (team_notes.created_at = 0 OR excluded.created_at < team_notes.created_at) THEN excluded.created_at ELSE team_notes.created_at END,
      body = CASE WHEN (excluded.lamport, excluded.agent, excluded.event_id) > (team_notes.lamport, team_notes.agent, team_notes.event_id) THEN excluded.body ELSE team_notes.body END,
      event_id = CASE WHEN (excluded.lamport, excluded.agent, excluded.event_id) > (team_notes.lamport, team_notes.agent, team_notes.event_id) THEN excluded.event_id ELSE team_notes.event_id END,
      agent = CASE WHEN (excluded.lamport, excluded.agent, excluded.event_id) > (team_notes.lamport, team_notes.agent, team_notes.event_id) THEN excluded.agent ELSE team_notes.agent END,
      lamport = max(excluded.lamport, team_notes.lamport)`);
  const tombstone = db.prepare(`INSERT INTO team_notes (note_id, case_key, deleted) VALUES (?, ?, 1)
    ON CONFLICT(note_id) DO UPDATE SET deleted = 1`);
  const notesOf = db.prepare<[string], NoteRow>('SELECT * FROM team_notes WHERE case_key = ? ORDER BY created_at, note_id');
  const allNotes = db.prepare<[], NoteRow>('SELECT * FROM team_notes ORDER BY case_key, note_id');

  const numberOf = db.prepare<[string], number>('SELECT number FROM team_numbers WHERE case_key = ?').pluck();
  const caseOfNumber = db.prepare<[number], string>('SELECT case_key FROM team_numbers WHERE number = ?').pluck();
  const maxNumber = db.prepare<[], number>('SELECT coalesce(max(number), 0) FROM team_numbers').pluck();
  const insertNumber = db.prepare('INSERT INTO team_numbers (case_key, number) VALUES (?, ?) ON CONFLICT DO NOTHING');
  const allNumbers = db.prepare<[], { case_key: string; number: number }>('SELECT case_key, number FROM team_numbers ORDER BY number');

  const cursor = db.prepare<[string], CursorRow>('SELECT * FROM team_cursor WHERE account_id = ?');
  const saveCursor = db.prepare(`INSERT INTO team_cursor (account_id, folder, uidvalidity, last_uid, snapshot_uid) VALUES (@account_id, @folder, @uidvalidity, @last_uid, @snapshot_uid)
    ON CONFLICT(account_id) DO UPDATE SET folder = excluded.folder, uidvalidity = excluded.uidvalidity, last_uid = excluded.last_uid, snapshot_uid = excluded.snapshot_uid`);

  return {
    /** Store an event once; true when it was new here. */
    addEvent(e: TeamEvent, o: { mine: boolean; uid: number | null }): boolean {
      return (
        insertEvent.run({ id: e.id, caseKey: e.caseKey, agent: e.agent, lamport: e.lamport, op: e.op, fields: JSON.stringify(e.fields), at: e.at, mine: o.mine ? 1 : 0, pending: o.mine && o.uid === null ? 1 : 0, uid: o.uid })
          .changes === 1
      );
    },
    event: (id: string) => eventById.get(id) ?? null,
    markAppended: (eventId: string, uid: number | null) => void setUid.run(uid, eventId),
    pending: () => pending.all(),
    mine: () => mineSent.all(),
    /** The log folder was lost or reset: this laptop's own events go out again. */
    requeueMine: () => {
      clearUids.run();
      requeueMine.run();
    },
    maxLamport: () => maxLamport.get() ?? 0,
    eventCount: () => countEvents.get() ?? 0,
    /** Everyone who has written to the shop's log. */
    agentNames: () => agentNames.all(),
    eventsOfCase: (caseKey: string) => eventsOfCase.all(caseKey),
    openFields: (caseKey: string) => {
      const f = openFields.get(caseKey);
      return f ? (JSON.parse(f) as Record<string, unknown>) : null;
    },
    openedByHand: () => allOpened.all().map((r) => ({ caseKey: r.case_key, fields: JSON.parse(r.fields) as Record<string, unknown> })),

    /** Last writer wins; true when this write is now the register's value. */
    writeRegister(r: { caseKey: string; field: string; value: unknown; lamport: number; agent: string; eventId: string }): boolean {
      return upsertRegister.run({ ...r, value: JSON.stringify(r.value ?? null) }).changes === 1;
    },
    registers: (caseKey: string) => registersOf.all(caseKey),
    allRegisters: () => allRegisters.all(),

    writeNote(n: { noteId: string; caseKey: string; author: string; createdAt: number; body: string; lamport: number; agent: string; eventId: string }): void {
      upsertNoteBody.run(n);
    },
    deleteNote: (noteId: string, caseKey: string) => void tombstone.run(noteId, caseKey),
    notes: (caseKey: string) => notesOf.all(caseKey),
    allNotes: () => allNotes.all(),

    number: (caseKey: string) => numberOf.get(caseKey) ?? null,
    caseKeyOfNumber: (n: number) => caseOfNumber.get(n) ?? null,
    /** The next case the log opens gets the next number; a case numbered before keeps its own. */
    numberCase(caseKey: string): number {
      const have = numberOf.get(caseKey);
      if (have) return have;
      const n = (maxNumber.get() ?? 0) + 1;
      insertNumber.run(caseKey, n);
      return n;
    },
    /** A snapshot's numbers: they were given in the log's order, so they are everyone's. */
    adoptNumber: (caseKey: string, n: number) => insertNumber.run(caseKey, n).changes === 1,
    allNumbers: () => allNumbers.all(),

    cursor: (accountId: string) => cursor.get(accountId) ?? null,
    saveCursor: (c: CursorRow) => void saveCursor.run(c),
  };
}
export type TeamRepo = ReturnType<typeof createTeamRepo>;
