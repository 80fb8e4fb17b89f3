import { useMemo, useState, type KeyboardEvent } from 'react';
import type { Template } from '../../shared/contract/api';
import { useAppStore } from '../store/useAppStore';
import { useT } from './useT';

/**
 * The "/" shortcut in a composer: typing / at the start of a line opens a list of templates that
 * narrows as the agent types; Enter (or a click) inserts the chosen one, Escape closes.
 */
export function useSlashTemplates(draft: string, onPick: (t: Template, withoutSlash: string) => void) {
  const templates = useAppStore((s) => s.templates);
  const lang = useAppStore((s) => s.language);
  const [index, setIndex] = useState(0);
  const m = /(^|\n)\/([^\n]*)$/.exec(draft);
  const query = m ? m[2]!.toLowerCase() : null;
  const matches = useMemo(
    () =>
      query === null
        ? []
        : templates
            .filter((x) => [x.name, x.category, ...x.keywords].some((f) => f.toLowerCase().includes(query)))
            .sort((a, b) => Number(b.language === lang) - Number(a.language === lang))
            .slice(0, 8),
    [templates, query, lang],
  );
  const open = query !== null && matches.length > 0;
  const strip = () => draft.replace(/(^|\n)\/[^\n]*$/, '$1');
  return {
    open,
    matches,
    index: Math.min(index, Math.max(0, matches.length - 1)),
    /** Handle the list's keys; true when the key was used. */
    onKeyDown(e: KeyboardEvent): boolean {
      if (!open) return false;
      if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
        e.preventDefault();
        setIndex((i) => (i + (e.key === 'ArrowDown' ? 1 : matches.length - 1)) % matches.length);
        return true;
      }
      if (e.key === 'Enter' || e.key === 'Tab') {
        e.preventDefault();
        onPick(matches[Math.min(index, matches.length - 1)]!, strip());
        setIndex(0);
        return true;
      }
      return false;
    },
    pick: (t: Template) => onPick(t, strip()),
  };
}

export function SlashList({ slash }: { slash: ReturnType<typeof useSlashTemplates> }) {
  const t = useT();
  if (!slash.open) return null;
  return (
    <ul className="slash-list" role="listbox" aria-label={t('composer.template')} data-testid="slash-list">
      {slash.matches.map((m, i) => (
        <li key={m.id} role="option" aria-selected={i === slash.index} className={i === slash.index ? 'active' : ''} onMouseDown={(e) => (e.preventDefault(), slash.pick(m))}>
          {m.name} <span className="hint">({m.language})</span>
        </li>
      ))}
    </ul>
  );
}
