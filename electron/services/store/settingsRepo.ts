import { SettingsSchema } from '../../../shared/contract/schemas';
import { DEFAULT_SETTINGS, type Settings } from '../../../shared/domain/settings';
import type { Db } from './database';

/** Settings as one JSON value per key; unknown or invalid stored values fall back to defaults. */
export function createSettingsRepo(db: Db) {
  const all = db.prepare<[], { key: string; value: string }>('SELECT key, value FROM settings');
  const put = db.prepare('INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value');

  function get(): Settings {
    const stored: Record<string, unknown> = {};
    for (const r of all.all()) {
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
