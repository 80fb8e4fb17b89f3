import type { Db } from './database';

export interface TemplateRow {
  id: string;
  name: string;
  category: string;
  language: 'sv' | 'en';
  subject: string | null;
  bodyShort: string;
  bodyFull: string;
  keywords: string[];
  builtin: boolean;
}

type Raw = Omit<TemplateRow, 'keywords' | 'builtin'> & { keywords: string; builtin: number };
const toRow = (r: Raw): TemplateRow => ({ ...r, keywords: JSON.parse(r.keywords) as string[], builtin: r.builtin === 1 });

/** Reply templates: a short variant for chat and SMS, a full one for e-mail; Swedish and English. */
export function createTemplatesRepo(db: Db) {
  const cols = 'id, name, category, language, subject, body_short AS bodyShort, body_full AS bodyFull, keywords, builtin';
  const all = db.prepare<[], Raw>(`SELECT ${cols} FROM templates ORDER BY language, category, name`);
  const byId = db.prepare<[string], Raw>(`SELECT ${cols} FROM templates WHERE id = ?`);
  const exists = db.prepare<[string], number>('SELECT count(*) FROM templates WHERE id = ?').pluck();
  const upsert = db.prepare(`INSERT INTO templates (id, name, category, language, subject, body_short, body_full, keywords, builtin, created_at, updated_at)
    VALUES (@id, @name, @category, @language, @subject, @bodyShort, @bodyFull, @keywords, @builtin, @now, @now)
    ON CONFLICT(id) DO UPDATE SET name = excluded.name, category = excluded.category, language = excluded.language, subject = excluded.subject,
      body_short = excluded.body_short, body_full = excluded.body_full, keywords = excluded.keywords, updated_at = excluded.updated_at`);
  const del = db.prepare('DELETE FROM templates WHERE id = ?');
  const markDeleted = db.prepare("INSERT OR IGNORE INTO sync_state (account_id, scope, key, value) VALUES ('templates', 'deleted', ?, '1')");
  const deleted = db.prepare<[], string>("SELECT key FROM sync_state WHERE account_id = 'templates' AND scope = 'deleted'").pluck();
  // every suggestion reads the whole list and it changes only through save and remove below: it is
  // read once and kept until then (frozen, as every caller shares it)
  let listed: readonly TemplateRow[] | null = null;
  return {
    list: (): readonly TemplateRow[] => (listed ??= Object.freeze(all.all().map((r) => Object.freeze(toRow(r))))),
    get: (id: string) => {
      const r = byId.get(id);
      return r ? toRow(r) : null;
    },
    exists: (id: string) => (exists.get(id) ?? 0) > 0,
    save: (t: Omit<TemplateRow, 'builtin'> & { builtin?: boolean }, now: number) => {
      listed = null;
      upsert.run({ ...t, keywords: JSON.stringify(t.keywords), builtin: t.builtin ? 1 : 0, now });
    },
    /** Deleting one of the default set is remembered, so it does not come back with the next start. */
    remove: (id: string) => {
      listed = null;
      markDeleted.run(id);
      return del.run(id).changes > 0;
    },
    deletedIds: () => deleted.all(),
  };
}
export type TemplatesRepo = ReturnType<typeof createTemplatesRepo>;
