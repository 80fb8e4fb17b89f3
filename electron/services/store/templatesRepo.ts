import type { Db } from './database';

export interface TemplateRow {
  id: string;
  name: string;
  category: string;
  language: 'sv' | 'en';
  subject: string | null;
  bodyShort: string;
  bodyFull: string;
}

/** Reply templates: a short variant for chat and SMS, a full one for e-mail. */
export function createTemplatesRepo(db: Db) {
  const all = db.prepare<[], TemplateRow>(
    'SELECT id, name, category, language, subject, body_short AS bodyShort, body_full AS bodyFull FROM templates ORDER BY language, category, name',
  );
  return { list: () => all.all() };
}
export type TemplatesRepo = ReturnType<typeof createTemplatesRepo>;
