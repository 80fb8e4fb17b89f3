import type { CaseSummary } from '../../../shared/contract/api';
import { CASE_STATUSES, PRIORITIES } from '../../../shared/domain/cases';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useFormatTime } from '../../components/useFormatTime';
import { useNow } from '../../components/useNow';
import { useT } from '../../components/useT';
import { WaitClock } from '../../components/WaitClock';
import { useAppStore } from '../../store/useAppStore';
import { CaseActivityLine } from '../../components/CaseActivityLine';
import { ConflictNotice } from './ConflictNotice';
import { HandOver } from './HandOver';

export function CaseHeader({ c }: { c: CaseSummary }) {
  const t = useT();
  const fmt = useFormatTime();
  const now = useNow();
  const updateCase = useAppStore((s) => s.updateCase);
  const mergeInto = useAppStore((s) => s.mergeInto);
  return (
    <header className="case-header">
      <div className="case-title-row">
        <ChannelBadge channel={c.channel} />
        <span className="case-number">{t('case.number', { number: c.number })}</span>
        <WaitClock c={c} now={now} />
        <CaseActivityLine caseId={c.id} />
      </div>
      <ConflictNotice caseId={c.id} />
      <h2 className="case-subject">{c.subject}</h2>
      <div className="case-controls">
        <label>
          {t('case.status')}{' '}
          <select aria-label={t('case.status')} value={c.status} onChange={(e) => void updateCase({ status: e.target.value as CaseSummary['status'] })}>
            {CASE_STATUSES.map((s) => (
              <option key={s} value={s}>
                {t(`status.${s}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('case.priority')}{' '}
          <select aria-label={t('case.priority')} value={c.priority} onChange={(e) => void updateCase({ priority: e.target.value as CaseSummary['priority'] })}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <HandOver c={c} />
        {c.status === 'resolved' ? (
          <button type="button" onClick={() => void updateCase({ status: 'open' })}>
            {t('case.reopen')}
          </button>
        ) : (
          <button type="button" className="primary" data-shortcut="resolve" onClick={() => void updateCase({ status: 'resolved' })}>
            {t('case.resolve')}
          </button>
        )}
      </div>
      <div className="case-created">
        {t('case.created', { when: fmt(c.createdAt) })}
        <form
          className="merge-form"
          onSubmit={(e) => {
            e.preventDefault();
            const n = Number(new FormData(e.currentTarget).get('into'));
            if (Number.isInteger(n) && n > 0 && n !== c.number) void mergeInto(n);
          }}
        >
          <label>
            {t('case.mergeInto')} <input name="into" type="number" min={1} className="narrow" aria-label={t('case.mergeInto')} />
          </label>
          <button type="submit" className="link">
            {t('case.merge')}
          </button>
        </form>
      </div>
    </header>
  );
}
