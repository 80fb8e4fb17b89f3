import type { Db } from './database';

/**
 * What the search indexes hold for a message and for a case (migration 0016: the repositories
 * fill them, not triggers). A case is found by its subject and its customer's name, read when it
 * is indexed.
 */
export const MESSAGE_SEARCH_ROWS = 'INSERT INTO messages_fts(rowid, subject, body_text) SELECT id, subject, body_text FROM messages';
export const CASE_SEARCH_ROWS = `INSERT INTO cases_fts(rowid, subject, customer_name)
  SELECT c.number, c.subject, coalesce((SELECT name FROM customers WHERE id = c.customer_id), '') FROM cases c`;

/** Both indexes made again from the rows (a store salvaged row by row has none). */
export function rebuildSearchIndex(db: Db): void {
  db.transaction(() => {
    db.prepare("INSERT INTO messages_fts(messages_fts) VALUES ('delete-all')").run();
    db.prepare(MESSAGE_SEARCH_ROWS).run();
    db.prepare('DELETE FROM cases_fts').run();
    db.prepare(CASE_SEARCH_ROWS).run();
  })();
}
