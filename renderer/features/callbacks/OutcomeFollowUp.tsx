import type { CaseDetail } from '../../../shared/contract/api';
import { useState } from 'react';
import { useFormatTime } from '../../components/useFormatTime';
import { useT } from '../../components/useT';
import type { OutcomeResult } from '../../store/callbacksSlice';
import { useAppStore } from '../../store/useAppStore';

/** Not reached: book the suggested new time and send "we tried to reach you", in one or two clicks. */
export function OutcomeFollowUp({ result, detail }: { result: OutcomeResult; detail: CaseDetail }) {
  const t = useT();
  const book = useAppStore((s) => s.bookCallback);
  const notice = useAppStore((s) => s.sendCallbackNotice);
  const clear = useAppStore((s) => s.clearOutcome);
  const fmt = useFormatTime();
  // once booked it is done: no second click that would only find its own booking in the slot
  const [booking, setBooking] = useState<'idle' | 'busy' | 'booked'>('idle');
  const cb = result.callback;
  return (
    <div className="outcome-follow-up" role="status">
      <p>
        {t('callbacks.logged', { outcome: t(`callbacks.outcome.${cb.outcome ?? 'reached'}`) })}
      </p>
      {result.retry && booking !== 'booked' && (
        <button
          type="button"
          className="primary"
          disabled={booking === 'busy'}
          onClick={() => {
            setBooking('busy');
            void book({ caseId: detail.case.id, phone: cb.phone, name: cb.name, at: result.retry!.at, note: cb.note, source: 'case', confirm: false }).then((ok) => setBooking(ok ? 'booked' : 'idle'));
          }}
        >
          {t('callbacks.bookRetry', { time: fmt(result.retry.at) })}
        </button>
      )}
      {result.retry && booking === 'booked' && <p data-testid="retry-booked">{t('callbacks.retryBooked', { time: fmt(result.retry.at) })}</p>}
      {result.tryAgain && (
        <>
          <blockquote className="try-again-text">{result.tryAgain.text}</blockquote>
          {result.tryAgain.channels.map((ch) => (
            <button key={ch} type="button" onClick={() => void notice({ id: cb.id, kind: 'tried', retryAt: result.retry?.at ?? null, channels: [ch] })}>
              {t(`callbacks.sendTried.${ch}`)}
            </button>
          ))}
          {result.tryAgain.channels.length === 0 && <p className="hint">{t('callbacks.noNoticeChannel')}</p>}
        </>
      )}
      <button type="button" className="link" onClick={clear}>
        {t('error.dismiss')}
      </button>
    </div>
  );
}
