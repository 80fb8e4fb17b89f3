import fs from 'node:fs';
import path from 'node:path';
import { AppError } from '../../../shared/contract/errors';
import type { Db } from './database';

export interface Migration {
  version: number;
  name: string;
  sql: string;
}

/** The migrations shipped beside this file (copied next to the bundle at build time). */
export function defaultMigrationsDir(): string {
  return path.join(__dirname, 'migrations');
}

/** Read NNNN_name.sql files; numbers must run 1, 2, 3 … with no gap or repeat. */
export function readMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.sql'));
  const migrations = files
    .map((file) => {
      const m = /^(\d{4})_([a-z0-9_]+)\.sql$/.exec(file);
      if (!m) throw new Error(`migration file name ${file} is not NNNN_name.sql`);
      return { version: Number(m[1]), name: m[2]!, sql: fs.readFileSync(path.join(dir, file), 'utf8') };
    })
    .sort((a, b) => a.version - b.version);
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`migrations must be numbered 1, 2, 3 …; found ${m.version} at place ${i + 1}`);
  });
  return migrations;
}

export function schemaVersion(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Bring the database to the newest version in one transaction: either every pending migration
 * applies and user_version moves, or nothing changes. A database written by a newer Växel is refused.
 */
export function migrate(db: Db, migrations: Migration[]): { from: number; to: number } {
  const latest = migrations.length ? migrations[migrations.length - 1]!.version : 0;
  const from = schemaVersion(db);
  if (from > latest) {
    throw new AppError(
      'DB_TOO_NEW',
      `the database has schema version ${from}, newer than this Växel knows (${latest}); update Växel or use another data directory`,
    );
  }
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
    db.pragma(`user_version = ${latest}`);
  }).immediate();
  return { from, to: latest };
}
