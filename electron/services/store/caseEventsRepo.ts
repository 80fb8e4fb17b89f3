import type { CaseEventKind } from '../../../shared/domain/caseEvents';
import type { Db } from './database';

export interface CaseEvent {
  id: number;
  caseId: string;
  at: number;
  actor: string;
  kind: string;
  data: Record<string, unknown>;
}

/** The event log: an append-only record of what happened to each case. */
export function createCaseEventsRepo(db: Db) {
  const insert = db.prepare('INSERT INTO case_events (case_id, at, actor, kind, data) VALUES (?, ?, ?, ?, ?)');
  const byCase = db.prepare<[string], { id: number; case_id: string; at: number; actor: string; kind: string; data: string }>(
    'SELECT id, case_id, at, actor, kind, data FROM case_events WHERE case_id = ? ORDER BY at, id',
  );
  return {
    append(caseId: string, at: number, actor: string, kind: CaseEventKind, data: Record<string, unknown> = {}): void {
      insert.run(caseId, at, actor, kind, JSON.stringify(data));
    },
    listByCase(caseId: string): CaseEvent[] {
      return byCase.all(caseId).map((r) => ({
        id: r.id,
        caseId: r.case_id,
        at: r.at,
        actor: r.actor,
        kind: r.kind,
        data: JSON.parse(r.data) as Record<string, unknown>,
      }));
    },
  };
}
export type CaseEventsRepo = ReturnType<typeof createCaseEventsRepo>;
