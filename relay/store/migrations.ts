import fs from 'node:fs';
import path from 'node:path';
import { applyMigrations, orderMigrations, type MigratableDb, type Migration } from '../../shared/store/sqlMigrations';

/**
 * The relay's schema: `relay-migrations/NNNN_name.sql` beside this file in the sources, and beside
 * dist/relay.cjs in the build (the same relative folder, so one path serves both). Instants are
 * UTC epoch milliseconds. Never edit a file that has shipped; add one.
 */
export function readRelayMigrations(dir: string = path.join(__dirname, 'relay-migrations')): Migration[] {
  return orderMigrations(fs.readdirSync(dir), (file) => fs.readFileSync(path.join(dir, file), 'utf8'));
}

/** Bring the relay's database to the newest schema in one transaction; a newer database is refused and left alone. */
export function migrateRelay(db: MigratableDb, migrations: readonly Migration[] = readRelayMigrations()): { from: number; to: number } {
  return applyMigrations(db, migrations, (found) => new Error(`the relay database is from a newer relay (schema ${found}); update the relay`));
}
