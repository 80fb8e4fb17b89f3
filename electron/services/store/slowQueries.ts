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
  const timed = new Set(['run', 'get', 'all']);
  const chained = new Set(['pluck', 'raw', 'expand', 'safeIntegers', 'bind']);
  (db as { prepare: Db['prepare'] }).prepare = ((sql: string) => {
    const stmt = prepare(sql);
    const name = queryName(sql);
    // each method is wrapped once per statement: a sync calls run and get hundreds of thousands
    // of times, and a new closure per call was a sixth of its main thread's time
    const wrapped = new Map<string, unknown>();
    const proxy: typeof stmt = new Proxy(stmt, {
      get(target, prop, receiver) {
        const value = Reflect.get(target, prop, receiver) as unknown;
        if (typeof value !== 'function' || typeof prop !== 'string') return value;
        let w = wrapped.get(prop);
        if (w === undefined) {
          const fn = value as (...a: unknown[]) => unknown;
          if (chained.has(prop)) w = (...a: unknown[]) => (fn.apply(target, a), proxy);
          else if (!timed.has(prop)) w = fn.bind(target);
          else
            w = (...a: unknown[]) => {
              const started = performance.now();
              try {
                return fn.apply(target, a);
              } finally {
                const ms = performance.now() - started;
                if (ms >= thresholdMs) onSlow(name, ms);
              }
            };
          wrapped.set(prop, w);
        }
        return w;
      },
    });
    return proxy;
  }) as Db['prepare'];
}
