import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { AppError } from '../../../shared/contract/errors';
import { migrate, readMigrations, type Migration } from './migrate';

export type Db = Database.Database;

export interface OpenOptions {
  migrations?: Migration[];
  /** How long to wait for another writer before giving up, in ms. */
  busyTimeoutMs?: number;
}

/**
 * Open (or create) the store: WAL, foreign keys on, migrated to the newest schema. Every failure
 * becomes an AppError that says what is wrong; a file that is not ours is never changed.
 */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  let db: Db | undefined;
  try {
    if (file !== ':memory:') fs.closeSync(fs.openSync(file, 'a', 0o600));
    db = new Database(file, { timeout: options.busyTimeoutMs ?? 5000 });
    // Reading the header first makes a corrupt file fail before anything is written to it.
    db.pragma('schema_version', { simple: true });
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('synchronous = NORMAL');
    db.pragma('cache_size = -32768'); // 32 MiB: the queue and FTS pages stay in memory
    migrate(db, options.migrations ?? readMigrations());
    if (file !== ':memory:') restrictToOwner(file);
    return db;
  } catch (e) {
    db?.close();
    throw toStoreError(e, file);
  }
}

/** The database and its -wal and -shm files readable by this user only (0600), wherever they came from. */
export function restrictToOwner(file: string): void {
  if (process.platform === 'win32') return;
  for (const f of [file, `${file}-wal`, `${file}-shm`]) if (fs.existsSync(f)) fs.chmodSync(f, 0o600);
}

/** Map SQLite and file-system failures to the API's error codes, with a next step. */
export function toStoreError(e: unknown, file: string): AppError {
  if (e instanceof AppError) return e;
  const code = (e as { code?: string }).code ?? '';
  const msg = (e as Error).message ?? String(e);
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT' || /not a database|malformed/i.test(msg)) {
    return new AppError(
      'DB_CORRUPT',
      `${file} is damaged (${msg}); it was left untouched. Quit Växel and run \`npm run cli -- store recover\` to keep what can be read and fetch the rest again from the mailbox (README: "When the store is damaged").`,
      { cause: e },
    );
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return new AppError('DB_LOCKED', `${file} is locked by another program; close the other Växel (or the program holding it) and try again.`, { cause: e });
  }
  if (code === 'SQLITE_FULL' || code === 'ENOSPC') {
    return new AppError('DISK_FULL', `the disk holding ${file} is full; free some space and try again. Nothing was saved.`, { cause: e });
  }
  if (code.startsWith('SQLITE_READONLY')) {
    return new AppError('DB_READ_ONLY', `${file} can only be read, not written; check its permissions.`, { cause: e });
  }
  if (code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES' || code === 'EPERM' || code === 'EROFS') {
    return new AppError('DATA_DIR_NOT_WRITABLE', `cannot open ${file} for writing (${msg}); choose a data directory you may write to.`, { cause: e });
  }
  return new AppError('INTERNAL', `store error in ${file}: ${msg}`, { cause: e });
}

/** Make sure the data directory exists and can be written; clear errors otherwise. */
export function prepareDataDir(dir: string): void {
  try {
    fs.mkdirSync(dir, { recursive: true, mode: 0o700 });
    // also when it already existed: the store holds customers' mail and sealed passwords
    if (process.platform !== 'win32') fs.chmodSync(dir, 0o700);
    const probe = path.join(dir, `.write-test-${process.pid}`);
    fs.writeFileSync(probe, 'ok');
    fs.rmSync(probe);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOSPC') throw new AppError('DISK_FULL', `the disk holding ${dir} is full; free some space and try again.`, { cause: e });
    throw new AppError('DATA_DIR_NOT_WRITABLE', `the data directory ${dir} cannot be written (${code ?? (e as Error).message}); choose another with --data-dir or fix its permissions.`, { cause: e });
  }
}
