import { SettingsSchema } from '../../../shared/contract/schemas';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import type { Db } from './database';

/** Settings as one JSON value per key; unknown or invalid stored values fall back to defaults. */
export function createSettingsRepo(db: Db) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');

  // The rows as last read, and what they gave. Another connection (the CLI, a second window) may
  // change them at any time, so the rows are read on every call; only the checking is skipped
  // while they stay the same. Checked with zod, settings cost a mail sync about 20 µs a message.
  let seen: { rows: Array<{ key: string; value: string }>; settings: Settings } | null = null;
  const same = (a: Array<{ key: string; value: string }>, b: Array<{ key: string; value: string }>) =>
    a.length === b.length && a.every((r, i) => r.key === b[i]!.key && r.value === b[i]!.value);

  function read(rows: Array<{ key: string; value: string }>): Settings {
    const stored: Record<string, unknown> = {};
    for (const r of rows) {
      try {
        stored[r.key] = JSON.parse(r.value);
      } catch {
        /* a damaged value: the default stands in */
      }
    }
    const merged = { ...DEFAULT_SETTINGS } as Record<string, unknown>;
    for (const key of Object.keys(DEFAULT_SETTINGS) as Array<keyof Settings>) {
      const field = SettingsSchema.shape[key].safeParse(stored[key]);
      if (field.success) merged[key] = field.data;
    }
    return merged as unknown as Settings;
  }

  function get(): Settings {
    const rows = all.all();
    if (!seen || !same(seen.rows, rows)) seen = { rows, settings: read(rows) };
    // a copy: a caller that changes what it got must not change what the next caller gets
    return structuredClone(seen.settings);
  }

  return {
    get,
    update(patch: Partial<Settings>): Settings {
      db.transaction(() => {
        for (const [key, value] of Object.entries(patch)) {
          if (value !== undefined) put.run(key, JSON.stringify(value));
        }
      })();
      return get();
    },
  };
}
export type SettingsRepo = ReturnType<typeof createSettingsRepo>;
