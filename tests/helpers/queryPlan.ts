import type Database from 'better-sqlite3';

/** SQLite's plan for a statement, its steps joined by " | ": what a migration's index test reads. */
export const planOf = (db: Database.Database, sql: string): string =>
  (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>).map((r) => r.detail).join(' | ');
