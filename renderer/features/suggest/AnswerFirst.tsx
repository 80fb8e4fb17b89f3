import { useEffect } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** Above the queue: the open cases to answer first, and why (waited past the target, urgent, upset). */
export function AnswerFirst() {
  const t = useT();
  const lang = useAppStore((s) => s.language);
  const first = useAppStore((s) => s.firstToAnswer);
  const load = useAppStore((s) => s.loadFirstToAnswer);
  const select = useAppStore((s) => s.select);
  // once on opening; the services push every change after that (and as waiting moves the order)
  useEffect(() => {
    void load();
  }, [load]);
  if (first.length === 0) return null;
  return (
    <div className="answer-first" aria-label={t('suggest.answerFirst')}>
      <span className="answer-first-title">{t('suggest.answerFirst')}</span>
      {first.map((f) => (
        <button key={f.caseId} type="button" className={`answer-first-item level-${f.level}`} onClick={() => void select(f.caseId)} title={f.reasons.map((r) => (lang === 'en' ? r.en : r.sv)).join(' · ')}>
          #{f.number} {f.subject} <span className="why">{f.reasons.map((r) => (lang === 'en' ? r.en : r.sv))[0]}</span>
        </button>
      ))}
    </div>
  );
}
