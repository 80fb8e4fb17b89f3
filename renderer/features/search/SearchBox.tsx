import { useEffect, useRef, useState } from 'react';
import { isTyping } from '../../components/isTyping';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** Searches as the agent types (after a short pause); Ctrl+K or / focuses it, Escape clears. */
export function SearchBox() {
  const t = useT();
  const setQuery = useAppStore((s) => s.setQuery);
  const clearSearch = useAppStore((s) => s.clearSearch);
  const query = useAppStore((s) => s.query);
  const hits = useAppStore((s) => s.hits);
  const activeHit = useAppStore((s) => s.activeHit);
  const moveActiveHit = useAppStore((s) => s.moveActiveHit);
  const openSearchHit = useAppStore((s) => s.openSearchHit);
  const [text, setText] = useState(query);
  const input = useRef<HTMLInputElement>(null);

  useEffect(() => setText(query), [query]);
  useEffect(() => {
    if (text === query) return;
    const timer = setTimeout(() => void setQuery(text), 150);
    return () => clearTimeout(timer);
  }, [text, query, setQuery]);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !isTyping(e.target))) {
        e.preventDefault();
        input.current?.focus();
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  return (
    <div className="search-box" role="search">
      <input
        ref={input}
        type="search"
        aria-label={t('search.label')}
        placeholder={t('search.placeholder')}
        value={text}
        // the results list exists only while there is a search
        aria-controls={query.trim() ? 'search-results' : undefined}
        aria-activedescendant={hits[activeHit] ? `search-hit-${hits[activeHit].case.id}` : undefined}
        onChange={(e) => setText(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            setText('');
            clearSearch();
          } else if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
            e.preventDefault();
            moveActiveHit(e.key === 'ArrowDown' ? 1 : -1);
          } else if (e.key === 'Enter') {
            e.preventDefault();
            void openSearchHit(text);
          }
        }}
      />
    </div>
  );
}
