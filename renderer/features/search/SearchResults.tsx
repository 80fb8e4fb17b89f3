import { ChannelBadge } from '../../components/ChannelBadge';
import { Snippet } from '../../components/Snippet';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

export function SearchResults() {
  const t = useT();
  const hits = useAppStore((s) => s.hits);
  const searched = useAppStore((s) => s.searched);
  const selectedId = useAppStore((s) => s.selectedId);
  const select = useAppStore((s) => s.select);
  const clearSearch = useAppStore((s) => s.clearSearch);
  const activeHit = useAppStore((s) => s.activeHit);
  return (
    <div className="search-results">
      <div className="queue-head">
        <h2>{searched ? t('search.results', { count: hits.length }) : t('app.loading')}</h2>
        <button type="button" className="link" onClick={clearSearch}>
          {t('search.clear')}
        </button>
      </div>
      {searched && hits.length === 0 && <p className="empty">{t('search.none', { query: searched })}</p>}
      <ul role="listbox" id="search-results" aria-label={t('search.label')}>
        {hits.map((h, i) => (
          <li
            key={h.case.id}
            id={`search-hit-${h.case.id}`}
            role="option"
            aria-selected={h.case.id === selectedId}
            className={`queue-row${h.case.id === selectedId ? ' selected' : ''}${i === activeHit ? ' active' : ''}`}
            onClick={() => void select(h.case.id)}
          >
            <div className="queue-row-top">
              <ChannelBadge channel={h.case.channel} />
              <span className="queue-number">#{h.case.number}</span>
            </div>
            <div className="queue-subject">{h.case.subject}</div>
            <div className="queue-meta">
              <span className="queue-customer">{h.case.customerName || t('queue.noCustomer')}</span> — <Snippet text={h.snippet} />
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
