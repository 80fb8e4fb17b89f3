import fs from 'node:fs';
import Database from 'better-sqlite3';
import { localDateTime, systemTimeZone } from '../../../shared/domain/calendar';
import { openDatabase, restrictToOwner } from './database';
import { rebuildSearchIndex } from './searchIndex';

/**
 * A damaged store (a bad disk, a copy taken while it was written) is found, and mended from what
 * can still be read. The shop's shared state lives in its mailbox and relay, so what is lost in
 * the damaged pages comes back on the next sync: mail is fetched again (and recognised by its
 * bytes, never stored twice), the team log is read from its start, chats are resent by the relay.
 */

export interface StoreCheck {
  ok: boolean;
  /** What SQLite's integrity check reported, at most 20 lines; empty when ok. */
  problems: string[];
}

/** Read every page of the store (a few seconds for years of mail): is it whole? Never writes. */
export function checkStore(file: string): StoreCheck {
  let db: Database.Database | undefined;
  try {
    db = new Database(file, { readonly: true, fileMustExist: true });
    const rows = db.pragma('integrity_check(20)') as Array<{ integrity_check: string }>;
    const problems = rows.map((r) => r.integrity_check).filter((r) => r !== 'ok');
    return { ok: problems.length === 0, problems };
  } catch (e) {
    return { ok: false, problems: [(e as Error).message] };
  } finally {
    db?.close();
  }
}

export interface TableSalvage {
  table: string;
  rows: number;
  /** True when reading stopped at damage: rows after it in this table were not recovered. */
  cut: boolean;
}

export interface StoreRecovery {
  /** Where the damaged store was moved; it is kept, never deleted. */
  movedTo: string;
  tables: TableSalvage[];
}

/** The search indexes, made again after a salvage, and positions that must be read again from the start. */
const REBUILT = /_fts($|_)/;
const FORGET_AFTER_SALVAGE = ['sync_state', 'team_cursor'];

/**
 * Move the damaged store aside and make a fresh one from every row that can still be read. Then
 * forget how far the mailbox and the team log were read, so the next sync fills in what was lost.
 */
export function recoverStore(file: string, now: number): StoreRecovery {
  const stamp = localDateTime(now, systemTimeZone()).replace(/[^0-9]/g, '');
  const movedTo = `${file}.damaged-${stamp}`;
  for (const suffix of ['', '-wal', '-shm']) {
    if (fs.existsSync(file + suffix)) fs.renameSync(file + suffix, movedTo + suffix);
  }
  const fresh = openDatabase(file);
  const tables: TableSalvage[] = [];
  try {
    fresh.pragma('foreign_keys = OFF');
    const old = new Database(movedTo, { readonly: true, fileMustExist: true });
    try {
      const names = fresh
        .prepare<[], string>("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name")
        .pluck()
        .all()
        .filter((t) => !REBUILT.test(t));
      for (const table of names) tables.push(salvageTable(fresh, old, table));
    } finally {
      old.close();
    }
    rebuildSearchIndex(fresh);
    fresh.transaction(() => {
      for (const t of FORGET_AFTER_SALVAGE) fresh.prepare(`DELETE FROM ${t}`).run();
      // a server UID whose message was lost is fetched again
      fresh.prepare('DELETE FROM mail_uids WHERE message_id IS NOT NULL AND message_id NOT IN (SELECT id FROM messages)').run();
    })();
    fresh.pragma('foreign_keys = ON');
  } finally {
    fresh.close();
    restrictToOwner(file);
  }
  return { movedTo, tables };
}

/** Copy one table's readable rows into the fresh store, in one go when it is whole, else row by row up to the damage. */
function salvageTable(fresh: Database.Database, old: Database.Database, table: string): TableSalvage {
  const columnsOf = (db: Database.Database) => (db.pragma(`table_info(${quoteName(table)})`) as Array<{ name: string }>).map((c) => c.name);
  let oldColumns: string[];
  try {
    oldColumns = columnsOf(old);
  } catch {
    return { table, rows: 0, cut: true };
  }
  const columns = columnsOf(fresh).filter((c) => oldColumns.includes(c));
  if (columns.length === 0) return { table, rows: 0, cut: false };
  const list = columns.map(quoteName).join(', ');
  const insert = fresh.prepare(`INSERT OR IGNORE INTO main.${quoteName(table)} (${list}) VALUES (${columns.map(() => '?').join(', ')})`);
  const select = old.prepare(`SELECT ${list} FROM ${quoteName(table)}`).raw(true);
  let rows = 0;
  let cut = false;
  fresh.transaction(() => {
    try {
      for (const row of select.iterate() as Iterable<unknown[]>) {
        insert.run(...row);
        rows++;
      }
    } catch {
      cut = true;
    }
  })();
  return { table, rows, cut };
}

const quoteName = (name: string) => `"${name.replace(/"/g, '""')}"`;
