import type Database from 'better-sqlite3';
import type { Db } from './database';

/**
 * A search index a repository fills itself, one row as it is inserted or, inside `atEnd`, all the
 * rows inserted meanwhile in one statement at its end (migration 0016: a trigger that writes to an
 * FTS5 table cost a mail sync 77 µs a message). `newest` reads the highest key so far, `indexAfter`
 * indexes every row with a higher one. Only inside a transaction, so the index is whole at every
 * commit; rows inserted meanwhile may be updated or deleted only through triggers that leave a row
 * not yet indexed alone.
 */
export function deferredIndex(db: Db, newest: Database.Statement<[], number>, indexAfter: Database.Statement<[number]>) {
  let deferring = false;
  return {
    /** Whether an insert now should leave its row to the end of `atEnd`. */
    get deferring(): boolean {
      return deferring;
    },
    atEnd<T>(store: () => T): T {
      if (!db.inTransaction) throw new Error('rows are indexed at the end only inside a transaction');
      if (deferring) return store();
      const before = newest.get()!;
      deferring = true;
      try {
        return store();
      } finally {
        // also when `store` failed: what it did insert is indexed, should the caller keep it
        deferring = false;
        indexAfter.run(before);
      }
    },
  };
}
