import type { Db } from './database';

/** A query slower than this is logged: at 40 ms the window would feel it (issue 13). */
export const SLOW_QUERY_MS = 40;

/** A statement's name in the log: its verb and first table, then the start of its SQL. */
export function queryName(sql: string): string {
  const flat = sql.replace(/\s+/g, ' ').trim();
  const verb = /^(WITH|SELECT|INSERT|UPDATE|DELETE|REPLACE)\b/i.exec(flat)?.[1]?.toUpperCase() ?? 'SQL';
  const table = /\b(?:FROM|INTO|UPDATE)\s+([A-Za-z_][A-Za-z0-9_]*)/i.exec(flat)?.[1] ?? '?';
  return `${verb} ${table}: ${flat.slice(0, 80)}`;
}

/**
 * Times every statement this database prepares from now on (run, get, all) and reports the ones
 * slower than `thresholdMs` with their name. Statements keep their own types; the cost is two
 * clock reads per call.
 */
export function watchSlowQueries(db: Db, onSlow: (name: string, ms: number) => void, thresholdMs = SLOW_QUERY_MS): void {
  const prepare = db.prepare.bind(db);
  (db as { prepare: Db['prepare'] }).prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const name = queryName(sql);
    // the statement's own run, get and all are replaced once, when it is prepared (a sync calls
    // them hundreds of thousands of times): no Proxy look-up on every call. pluck() and the other
    // settings return the same statement, so they keep the timing.
    const methods = stmt as unknown as Record<'run' | 'get' | 'all', (...a: unknown[]) => unknown>;
    for (const method of ['run', 'get', 'all'] as const) {
      const fn = methods[method];
      // (applied to the statement itself, so a method passed on unbound still works)
      methods[method] = (...a: unknown[]) => {
        const started = performance.now();
        try {
          return fn.apply(stmt, a);
        } finally {
          const ms = performance.now() - started;
          if (ms >= thresholdMs) onSlow(name, ms);
        }
      };
    }
    return stmt;
  }) as Db['prepare'];
}
