import { slaDueAt } from '../../../shared/domain/cases';
import type { CasePatch } from '../store/casesRepo';
import type { Db } from '../store/database';
import { previewOf, type CaseDeps } from './caseCommands';

const activityCache = new WeakMap<Db, ReturnType<typeof prepareActivity>>();
function prepareActivity(db: Db) {
  return {
    stats: db.prepare<[string, string, string], { last_at: number | null; last_out: number | null; first_out: number | null; first_waiting: number | null }>(
      `SELECT max(created_at) AS last_at,
              max(CASE WHEN direction = 'out' THEN created_at END) AS last_out,
              min(CASE WHEN direction = 'out' THEN created_at END) AS first_out,
              (SELECT min(created_at) FROM messages WHERE case_id = ? AND direction = 'in'
                 AND created_at > coalesce((SELECT max(created_at) FROM messages WHERE case_id = ? AND direction = 'out'), -1)) AS first_waiting
       FROM messages WHERE case_id = ? AND direction <> 'note'`,
    ),
    latest: db.prepare<[string], { body_text: string; created_at: number; direction: string }>(
      "SELECT body_text, created_at, direction FROM messages WHERE case_id = ? AND direction <> 'note' ORDER BY created_at DESC, id DESC LIMIT 1",
    ),
  };
}
const activityStatements = (db: Db) => {
  let s = activityCache.get(db);
  if (!s) activityCache.set(db, (s = prepareActivity(db)));
  return s;
};

/**
 * Derive the case's activity from its messages, whatever order they were fetched in: the last
 * message and its preview, and since when the customer has waited (their first message after the
 * shop's last reply).
 */
export function refreshActivity(d: Pick<CaseDeps, 'db' | 'repos' | 'clock'>, caseId: string, o: { reopenOnInbound: boolean; at: number; actor?: string }): void {
  const row = d.repos.cases.get(caseId)!;
  const { stats: statsStmt, latest: latestStmt } = activityStatements(d.db);
  const stats = statsStmt.get(caseId, caseId, caseId)!;
  const latest = latestStmt.get(caseId);

  let status = row.status;
  const now = d.clock.now();
  if (o.reopenOnInbound && latest?.direction === 'in' && latest.created_at === o.at && status !== 'open') {
    d.repos.caseEvents.append(caseId, now, o.actor ?? 'mail', 'status', { from: status, to: 'open' });
    status = 'open';
  }
  const targets = d.repos.settings.get().slaTargets;
  const waiting = status === 'open' && stats.first_waiting !== null ? stats.first_waiting : null;
  const next: CasePatch = {
    status,
    last_message_at: stats.last_at,
    preview: latest ? previewOf(latest.body_text) : row.preview,
    waiting_since: waiting,
    sla_due_at: waiting === null ? null : slaDueAt(row.channel, waiting, targets),
    first_response_at: stats.first_out,
    // a case that stays resolved keeps the time it was resolved
    resolved_at: status === 'resolved' ? (row.status === 'resolved' ? row.resolved_at : now) : null,
  };
  // only what changed: each column named in the UPDATE rewrites every index it is in (the queue's
  // three, by status and deadline), which was a sixth of a large mail sync
  const changed = Object.fromEntries(Object.entries(next).filter(([k, v]) => row[k as keyof typeof row] !== v)) as CasePatch;
  if (Object.keys(changed).length) d.repos.cases.update(caseId, changed, now);
}
