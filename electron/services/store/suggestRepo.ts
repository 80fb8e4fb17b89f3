import type { Db } from './database';

/** What decision support keeps: each case's kind (intent) and the agents' answers to suggestions. */
export function createSuggestRepo(db: Db) {
  const setIntent = db.prepare('UPDATE cases SET intent = ? WHERE id = ? AND coalesce(intent, \'\') <> ?');
  const fillIntent = db.prepare('UPDATE cases SET intent = ? WHERE id = ? AND intent IS NULL');
  const intentOf = db.prepare<[string], string | null>('SELECT intent FROM cases WHERE id = ?').pluck();
  const addFeedback = db.prepare('INSERT INTO suggestion_feedback (case_id, kind, value, intent, accepted, at) VALUES (@caseId, @kind, @value, @intent, @accepted, @at)');
  return {
    setIntent: (caseId: string, intent: string) => void setIntent.run(intent, caseId, intent),
    /** Set a kind found in the background only where none is known yet. */
    fillIntent: (caseId: string, intent: string) => void fillIntent.run(intent, caseId),
    intentOf: (caseId: string) => intentOf.get(caseId) ?? null,
    addFeedback: (f: { caseId: string; kind: string; value: string; intent: string; accepted: boolean; at: number }) => void addFeedback.run({ ...f, accepted: f.accepted ? 1 : 0 }),
  };
}
export type SuggestRepo = ReturnType<typeof createSuggestRepo>;
