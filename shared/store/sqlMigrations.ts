/**
 * Numbered SQL migrations, the same for both of the project's stores: the app's
 * (`electron/services/store/migrations/`) and the relay's (`relay/store/relay-migrations/`).
 * Each store reads its own folder of `NNNN_name.sql` files and hands them here; nothing here
 * touches the file system, so it runs wherever the store does.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** What a migration needs of a SQLite connection (better-sqlite3's Database has it). */
export interface MigratableDb {
  exec(sql: string): unknown;
  pragma(source: string, options: { simple: true }): unknown;
  transaction(fn: () => void): { immediate(): void };
}

/**
 * A folder's `NNNN_name.sql` files, ordered by number: `names` is what the folder holds (other
 * files are passed over), `read` gives one file's text. The numbers must run 1, 2, 3 … with no gap
 * or repeat.
 */
export function orderMigrations(names: readonly string[], read: (file: string) => string): Migration[] {
  const migrations = names
    .filter((file) => file.endsWith('.sql'))
    .map((file) => {
      const m = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!m) throw new Error(`migration file name ${file} is not NNNN_name.sql`);
      return { version: Number(m[1]), name: m[2]!, sql: read(file) };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1, 2, 3 …; found ${m.version} at place ${i + 1}`);
  });
  return migrations;
}

export const schemaVersion = (db: MigratableDb): number => db.pragma('user_version', { simple: true }) as number;

/**
 * Bring the database to the newest version in one transaction: either every pending migration
 * applies and user_version moves, or nothing changes. A database written by a newer program is
 * refused with the error `tooNew` makes, and left alone.
 */
export function applyMigrations(db: MigratableDb, migrations: readonly Migration[], tooNew: (found: number, known: number) => Error): { from: number; to: number } {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const from = schemaVersion(db);
  if (from > latest) throw tooNew(from, latest);
  const pending = migrations.filter((m) => m.version > from);
  if (pending.length === 0) return { from, to: from };
  db.transaction(() => {
    for (const m of pending) {
      try {
        db.exec(m.sql);
      } catch (e) {
        throw new Error(`migration ${m.version}_${m.name} failed: ${(e as Error).message}`, { cause: e });
      }
    }
    // a number, never text from outside: PRAGMA takes no bound parameters
    db.exec(`PRAGMA user_version = ${latest}`);
  }).immediate();
  return { from, to: latest };
}
