import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import { applyMigrations, orderMigrations, schemaVersion, type Migration } from '../../../shared/store/sqlMigrations';
import type { Db } from './database';

export { schemaVersion, type Migration };

/** The migrations shipped beside this file (copied next to the bundle at build time). */
export function defaultMigrationsDir(): string {
  return path.join(__dirname, 'migrations');
}

/** Read NNNN_name.sql files; numbers must run 1, 2, 3 … with no gap or repeat. */
export function readMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  return orderMigrations(fs.readdirSync(dir), (file) => fs.readFileSync(path.join(dir, file), 'utf8'));
}

/**
 * Bring the database to the newest version in one transaction: either every pending migration
 * applies and user_version moves, or nothing changes. A database written by a newer Växel is refused.
 */
export function migrate(db: Db, migrations: Migration[]): { from: number; to: number } {
  return applyMigrations(db, migrations, (found, known) =>
    new AppError('DB_TOO_NEW', `the database has schema version ${found}, newer than this Växel knows (${known}); update Växel or use another data directory`),
  );
}
