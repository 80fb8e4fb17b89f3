import { useVirtualizer } from '@tanstack/react-virtual';
import { useEffect, useRef, type KeyboardEvent } from 'react';
import { useNow } from '../../components/useNow';
import { useT } from '../../components/useT';
import type { QueueFilter } from '../../store/queueSlice';
import { useAppStore } from '../../store/useAppStore';
import { QueueRow } from './QueueRow';
import { Tablist } from '../../components/Tablist';

const FILTERS: QueueFilter[] = ['active', 'open', 'waiting', 'resolved', 'all'];
const OWNERS = ['everyone', 'mine', 'unassigned'] as const;
const ROW_HEIGHT = 76;

/** The queue across channels, virtualized: only the rows on screen exist in the page. */
export function QueueList() {
  const t = useT();
  const now = useNow();
  const filter = useAppStore((s) => s.filter);
  const owner = useAppStore((s) => s.owner);
  const setOwner = useAppStore((s) => s.setOwner);
  const total = useAppStore((s) => s.total);
  const rows = useAppStore((s) => s.rows);
  const loaded = useAppStore((s) => s.queueLoaded);
  const selectedId = useAppStore((s) => s.selectedId);
  const setFilter = useAppStore((s) => s.setFilter);
  const ensureRows = useAppStore((s) => s.ensureRows);
  const select = useAppStore((s) => s.select);
  const scrollRef = useRef<HTMLDivElement>(null);

  const virtualizer = useVirtualizer({
    count: total,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });
  const items = virtualizer.getVirtualItems();
  const first = items[0]?.index ?? 0;
  const last = items[items.length - 1]?.index ?? 0;
  useEffect(() => {
    if (total > 0) void ensureRows(first, last);
  }, [first, last, total, ensureRows]);

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    e.preventDefault();
    let index = -1;
    for (const [i, c] of rows) if (c.id === selectedId) index = i;
    const next = Math.min(total - 1, Math.max(0, index + (e.key === 'ArrowDown' ? 1 : -1)));
    const c = rows.get(next);
    if (c) {
      void select(c.id);
      virtualizer.scrollToIndex(next, { align: 'auto' });
    }
  }

  return (
    <div className="queue">
      <div className="queue-head">
        <h2>{t('queue.title')}</h2>
        <span className="queue-count" data-testid="queue-count">
          {t('queue.count', { count: total })}
        </span>
      </div>
      <Tablist className="queue-filters" label={t('queue.filters')} value={filter} onChange={(f) => void setFilter(f)} tabs={FILTERS.map((f) => ({ value: f, label: t(`queue.filter.${f}`) }))} />
      <div className="queue-filters owner-filters" role="group" aria-label={t('queue.owner')}>
        {OWNERS.map((o) => (
          <button key={o} type="button" aria-pressed={o === owner} className={o === owner ? 'active' : ''} onClick={() => void setOwner(o)}>
            {t(`queue.owner.${o}`)}
          </button>
        ))}
      </div>
      <div ref={scrollRef} className="queue-scroll" role="listbox" aria-label={t('queue.title')} tabIndex={0} onKeyDown={onKeyDown}>
        {loaded && total === 0 && <p className="empty">{t('queue.empty')}</p>}
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {items.map((v) => {
            const c = rows.get(v.index);
            return (
              <div key={v.key} className="queue-slot" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: v.size, transform: `translateY(${v.start}px)` }}>
                {c ? <QueueRow c={c} selected={c.id === selectedId} now={now} onSelect={() => void select(c.id)} /> : <div className="queue-row placeholder" />}
              </div>
            );
          })}
        </div>
      </div>
    </div>
  );
}
