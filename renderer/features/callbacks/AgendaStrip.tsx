import { useEffect } from 'react';
import { useNow } from '../../components/useNow';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { addDays, dayRange, today } from '../../../shared/domain/calendar';

/** Above the queue: callbacks that are overdue or missed, then the next ones today. */
export function AgendaStrip() {
  const t = useT();
  const now = useNow();
  const agenda = useAppStore((s) => s.agenda);
  const range = useAppStore((s) => s.agendaRange);
  const loadAgenda = useAppStore((s) => s.loadAgenda);
  const select = useAppStore((s) => s.select);
  const openDialog = useAppStore((s) => s.openDialog);
  const timeZone = useAppStore((s) => s.settings.timeZone);
  useEffect(() => {
    if (range) return;
    const shopToday = today(now, timeZone);
    const r = dayRange(addDays(shopToday, -7), addDays(shopToday, 1), timeZone);
    void loadAgenda(r.from, r.to);
  }, [range, loadAgenda, now, timeZone]);
  const open = agenda.filter((c) => c.status === 'booked' || c.status === 'missed');
  const overdue = open.filter((c) => c.dueAt < now);
  const next = open.filter((c) => c.dueAt >= now).slice(0, 3);
  if (overdue.length + next.length === 0) return null;
  return (
    <div className="agenda-strip" aria-label={t('callbacks.agenda')}>
      {[...overdue, ...next].map((c) => (
        <button key={c.id} type="button" className={`agenda-chip${c.dueAt < now ? ' overdue' : ''}`} onClick={() => c.caseId && void select(c.caseId)}>
          ☎ {c.local.shop.slice(11)} {c.name || c.phone}
          {c.dueAt < now ? ` · ${t(c.status === 'missed' ? 'callbacks.status.missed' : 'callbacks.overdueShort')}` : ''}
        </button>
      ))}
      <button type="button" className="link" onClick={() => openDialog('agenda')}>
        {t('callbacks.agenda')}
      </button>
    </div>
  );
}
