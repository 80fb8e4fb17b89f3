import defaults from '../../../resources/templates/default-templates.json';
import type { TemplatesRepo } from '../store/templatesRepo';

/**
 * The shop's starting set (resources/templates/default-templates.json, Swedish and English): added
 * when missing, never over an agent's edit, and not brought back once deleted. A template of the
 * same name and language the shop already has is not added beside it: two "Retur och byte" in the
 * list help no one (migration 0014 merged the first seeds the same way).
 */
export function ensureDefaultTemplates(templates: TemplatesRepo, now: number): number {
  const deleted = templates.deletedIds();
  const named = new Set(templates.list().map((t) => `${t.language}:${t.name.trim().toLowerCase()}`));
  let added = 0;
  for (const t of defaults as Array<{ id: string; name: string; category: string; language: 'sv' | 'en'; subject: string | null; bodyShort: string; bodyFull: string; keywords: string[] }>) {
    if (templates.exists(t.id) || deleted.includes(t.id) || named.has(`${t.language}:${t.name.trim().toLowerCase()}`)) continue;
    templates.save({ ...t, builtin: true }, now);
    added++;
  }
  return added;
}
