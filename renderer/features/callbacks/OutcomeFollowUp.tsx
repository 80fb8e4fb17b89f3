import type { CaseDetail } from '../../../shared/contract/api';
import { useT } from '../../components/useT';
import type { OutcomeResult } from '../../store/callbacksSlice';
import { useAppStore } from '../../store/useAppStore';

/** Not reached: book the suggested new time and send "we tried to reach you", in one or two clicks. */
export function OutcomeFollowUp({ result, detail }: { result: OutcomeResult; detail: CaseDetail }) {
  const t = useT();
  const book = useAppStore((s) => s.bookCallback);
  const notice = useAppStore((s) => s.sendCallbackNotice);
  const clear = useAppStore((s) => s.clearOutcome);
  const cb = result.callback;
  return (
    <div className="outcome-follow-up" role="status">
      <p>
        {t('callbacks.logged', { outcome: t(`callbacks.outcome.${cb.outcome ?? 'reached'}`) })}
      </p>
      {result.retry && (
        <button
          type="button"
          className="primary"
          onClick={() => void book({ caseId: detail.case.id, phone: cb.phone, name: cb.name, at: result.retry!.at, note: cb.note, source: 'case', confirm: false })}
        >
          {t('callbacks.bookRetry', { time: new Date(result.retry.at).toLocaleString() })}
        </button>
      )}
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
