import type { Db } from './database';

/** The outbox as the rest of the app sees it today: how much is waiting to go out. */
export function createOutboxRepo(db: Db) {
  const pending = db.prepare<[], { n: number }>(
    "SELECT count(*) AS n FROM outbox WHERE state IN ('queued', 'sending', 'failed')",
  );
  return {
    pendingCount(): number {
      return pending.get()!.n;
    },
  };
}
export type OutboxRepo = ReturnType<typeof createOutboxRepo>;
