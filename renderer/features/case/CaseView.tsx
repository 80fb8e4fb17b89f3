import type { ReactNode } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { CaseHeader } from './CaseHeader';
import { CustomerPanel } from './CustomerPanel';
import { Timeline } from './Timeline';

/** The open case: header with its controls, the timeline, the customer, and the composer below. */
export function CaseView({ composer, briefing }: { composer: ReactNode; briefing?: ReactNode }) {
  const t = useT();
  const detail = useAppStore((s) => s.detail);
  const selectedId = useAppStore((s) => s.selectedId);
  if (!selectedId) return <div className="case-empty">{t('case.none')}</div>;
  if (!detail) return <div className="case-empty">{t('app.loading')}</div>;
  return (
    <div className="case-view">
      <div className="case-main">
        <CaseHeader c={detail.case} />
        {briefing}
        <Timeline detail={detail} />
        {/* the composer stays in view at the bottom while the agent scrolls the history */}
        <div className="composer-dock">{composer}</div>
      </div>
      <CustomerPanel detail={detail} />
    </div>
  );
}
