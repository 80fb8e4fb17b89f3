import { useState } from 'react';
import type { Callback, CaseDetail } from '../../../shared/contract/api';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { BookCallbackDialog } from './BookCallbackDialog';
import { OutcomeFollowUp } from './OutcomeFollowUp';

const OUTCOMES = ['reached', 'not_reached', 'voicemail', 'wrong_number'] as const;

/**
 * The briefing for a booked call, on top of the case: when, the number to call (a tel: link), what
 * the customer wrote when booking; then the outcome. The customer's earlier cases and the last
 * messages are beside and below it in the case view.
 */
export function CallbackBriefing({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const logOutcome = useAppStore((s) => s.logOutcome);
  const change = useAppStore((s) => s.changeCallback);
  const outcome = useAppStore((s) => s.outcomeResult);
  const [note, setNote] = useState('');
  const [booking, setBooking] = useState(false);
  const request = useAppStore((s) => (s.request?.kind === 'bookCallback' && s.request.caseId === detail.case.id ? s.request : null));
  const requestAction = useAppStore((s) => s.requestAction);
  const current = detail.callbacks.find((c) => c.status === 'booked' || c.status === 'missed');
  const done = outcome && detail.callbacks.some((c) => c.id === outcome.callback.id) ? outcome : null;
  if (!current && !done)
    // any case (an e-mail, a chat that turned serious) can move to a booked call with one click
    return (
      <div className="callback-offer">
        <button type="button" data-shortcut="book" onClick={() => setBooking(true)}>
          ☎ {t('callbacks.book')}
        </button>
        {(booking || request) && (
          <BookCallbackDialog
            detail={detail}
            initialNote={request?.note}
            pickFirstFree={!!request}
            onClose={() => {
              setBooking(false);
              requestAction(null);
            }}
          />
        )}
      </div>
    );
  return (
    <section className="callback-briefing" aria-label={t('callbacks.briefing')} data-testid="callback-briefing">
      {current && <Booked c={current} />}
      {current && (
        <div className="callback-outcome">
          <label>
            {t('callbacks.outcomeNote')}
            <input value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />
          </label>
          <div className="outcome-buttons" role="group" aria-label={t('callbacks.outcome')}>
            {OUTCOMES.map((o) => (
              <button key={o} type="button" className={o === 'reached' ? 'primary' : ''} onClick={() => void logOutcome({ id: current.id, outcome: o, note }).then(() => setNote(''))}>
                {t(`callbacks.outcome.${o}`)}
              </button>
            ))}
            <button type="button" className="link" onClick={() => void change({ id: current.id, status: 'cancelled' })}>
              {t('callbacks.cancel')}
            </button>
          </div>
        </div>
      )}
      {done && <OutcomeFollowUp result={done} detail={detail} />}
    </section>
  );
}

function Booked({ c }: { c: Callback }) {
  const t = useT();
  const late = c.status === 'missed' || c.dueAt < Date.now();
  return (
    <div className={`callback-when${late ? ' overdue' : ''}`}>
      <strong>{t(c.status === 'missed' ? 'callbacks.missedAt' : 'callbacks.callAt', { time: c.local.shop.slice(11), date: c.local.shop.slice(0, 10) })}</strong>
      {c.local.customer && <span className="hint"> {t('callbacks.customerTime', { time: c.local.customer.slice(11), zone: c.customerTimeZone ?? '' })}</span>}{' '}
      <a className="tel" href={`tel:${c.phone}`}>
        {t('callbacks.call', { phone: c.phone })}
      </a>
      {c.note && (
        <blockquote className="callback-note">
          {t('callbacks.theyWrote')}: {c.note}
        </blockquote>
      )}
    </div>
  );
}
