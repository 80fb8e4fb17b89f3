import type { CaseSummary } from '../../../shared/contract/api';
import { ChannelBadge } from '../../components/ChannelBadge';
import { PriorityBadge } from '../../components/PriorityBadge';
import { useT } from '../../components/useT';
import { WaitClock } from '../../components/WaitClock';
import { CaseActivityLine } from '../../components/CaseActivityLine';

export function QueueRow({ c, selected, now, onSelect }: { c: CaseSummary; selected: boolean; now: number; onSelect(): void }) {
  const t = useT();
  return (
    <div
      role="option"
      aria-selected={selected}
      className={`queue-row${selected ? ' selected' : ''} status-${c.status}`}
      onClick={onSelect}
      data-case-number={c.number}
    >
      <div className="queue-row-top">
        <ChannelBadge channel={c.channel} />
        <PriorityBadge priority={c.priority} />
        <span className="queue-number">#{c.number}</span>
        <WaitClock c={c} now={now} />
      </div>
      <div className="queue-subject">{c.subject}</div>
      <div className="queue-meta">
        <span className="queue-customer">{c.customerName || t('queue.noCustomer')}</span>
        {c.assignee && <span className="queue-owner"> · {c.assignee}</span>}
        {c.preview && <span className="queue-preview"> — {c.preview}</span>}
      </div>
      <CaseActivityLine caseId={c.id} compact />
    </div>
  );
}
