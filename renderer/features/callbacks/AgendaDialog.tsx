import { agendaView, statusKey } from './agendaView';
import type { MessageKey } from '../../i18n/en';
import { useEffect, useMemo, useState } from 'react';
import type { Callback } from '../../../shared/contract/api';
import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { dayRange, startOfDay, addDays, today } from '../../../shared/domain/calendar';
import { SlotPicker } from './SlotPicker';

/** One empty list, so a selector that finds nothing returns the same value every time. */
const NONE: never[] = [];

type Span = 'today' | 'week';
type Whose = 'mine' | 'shop';


/**
 * The callback agenda: today or the week, the agent's own or the whole shop's, grouped by day.
 * Overdue and missed calls come first. From here a call is opened, moved, handed to someone, or
 * cancelled.
 */
export function AgendaDialog() {
  const t = useT();
  const openDialog = useAppStore((s) => s.openDialog);
  const agenda = useAppStore((s) => s.agenda);
  const loadAgenda = useAppStore((s) => s.loadAgenda);
  const me = useAppStore((s) => s.chatStatus?.me?.name || s.settings.agentName);
  const [span, setSpan] = useState<Span>('today');
  const [whose, setWhose] = useState<Whose>('shop');
  const timeZone = useAppStore((s) => s.settings.timeZone);
  const now = Date.now();
  // the shop's days, not the window's: an agent abroad still sees the shop's today
  const shopToday = today(now, timeZone);
  useEffect(() => {
    const range = dayRange(addDays(shopToday, -7), addDays(shopToday, span === 'today' ? 0 : 6), timeZone);
    void loadAgenda(range.from, range.to);
  }, [span, loadAgenda, shopToday, timeZone]);

  const { overdue, upcoming } = useMemo(() => agendaView(agenda, { whose, me, from: startOfDay(shopToday, timeZone), now }), [agenda, whose, me, shopToday, timeZone, now]);
  const byDay = new Map<string, Callback[]>();
  for (const c of upcoming) {
    const day = c.local.shop.slice(0, 10);
    const list = byDay.get(day);
    if (list) list.push(c);
    else byDay.set(day, [c]);
  }

  return (
    <Modal title={t('callbacks.agenda')} onClose={() => openDialog('none')}>
      <div className="agenda" data-testid="agenda">
        <div className="agenda-filters" role="group">
          {(['today', 'week'] as const).map((s) => (
            <button key={s} type="button" aria-pressed={span === s} className={span === s ? 'active' : ''} onClick={() => setSpan(s)}>
              {t(`callbacks.${s}`)}
            </button>
          ))}
          {(['mine', 'shop'] as const).map((w) => (
            <button key={w} type="button" aria-pressed={whose === w} className={whose === w ? 'active' : ''} onClick={() => setWhose(w)}>
              {t(`callbacks.${w}`)}
            </button>
          ))}
        </div>
        {overdue.length > 0 && (
          <section className="agenda-overdue">
            <h3>{t('callbacks.overdue')}</h3>
            <ul>{overdue.map((c) => <AgendaRow key={c.id} c={c} />)}</ul>
          </section>
        )}
        {[...byDay.entries()].map(([day, list]) => (
          <section key={day}>
            <h3>{day}</h3>
            <ul>{list.map((c) => <AgendaRow key={c.id} c={c} />)}</ul>
          </section>
        ))}
        {overdue.length + upcoming.length === 0 && <p className="hint">{t('callbacks.none')}</p>}
      </div>
    </Modal>
  );
}

function AgendaRow({ c }: { c: Callback }) {
  const t = useT();
  const select = useAppStore((s) => s.select);
  const openDialog = useAppStore((s) => s.openDialog);
  const change = useAppStore((s) => s.changeCallback);
  const me = useAppStore((s) => s.chatStatus?.me ?? null);
  const agentName = useAppStore((s) => s.settings.agentName);
  const colleagues = useAppStore((s) => s.chatStatus?.agents ?? NONE);
  const [moving, setMoving] = useState(false);
  const [at, setAt] = useState<number | null>(null);
  return (
    <li className={`agenda-row status-${c.status}`} data-testid="agenda-row">
      <time className="agenda-time">{c.local.shop.slice(11)}</time>
      {c.local.customer && <span className="hint">({t('callbacks.customerTime', { time: c.local.customer.slice(11), zone: c.customerTimeZone ?? '' })})</span>}
      <span className="agenda-who">{c.name || c.phone}</span>
      <a href={`tel:${c.phone}`}>{c.phone}</a>
      {c.note && <span className="agenda-note">{c.note}</span>}
      <span className="agenda-assignee">{c.assignee ?? t('case.unassigned')}</span>
      <span className={`agenda-status`}>
        {t(statusKey(c) as MessageKey)}
        {c.late ? ` · ${t('callbacks.late')}` : ''}
        {c.status === 'booked' && c.confirmedAt !== null && <span className="callback-confirmed" data-testid="callback-confirmed"> · {t('callbacks.confirmed')}</span>}
      </span>
      <span className="agenda-actions">
        {c.caseId && (
          <button type="button" className="link" onClick={() => (void select(c.caseId!), openDialog('none'))}>
            {t('callbacks.open')}
          </button>
        )}
        {(c.status === 'booked' || c.status === 'missed') && (
          <>
            <button type="button" className="link" onClick={() => void change({ id: c.id, assignee: c.shared ? (me?.id ?? null) : agentName || null })}>
              {t('callbacks.takeIt')}
            </button>
            <button type="button" className="link" onClick={() => setMoving(!moving)}>
              {t('callbacks.move')}
            </button>
            {c.shared && colleagues.length > 1 && (
              <select aria-label={t('chat.transfer')} value="" onChange={(e) => e.target.value && void change({ id: c.id, assignee: e.target.value })}>
                <option value="">{t('chat.transfer')}…</option>
                {colleagues.map((a) => (
                  <option key={a.id} value={a.id}>
                    {a.name}
                  </option>
                ))}
              </select>
            )}
          </>
        )}
      </span>
      {moving && (
        <form
          className="agenda-move"
          onSubmit={(e) => {
            e.preventDefault();
            if (at !== null) void change({ id: c.id, at }).then((ok) => ok && setMoving(false));
          }}
        >
          <SlotPicker value={at} onChange={setAt} />
          <button type="submit" className="primary" disabled={at === null}>
            {t('callbacks.moveIt')}
          </button>
        </form>
      )}
    </li>
  );
}
