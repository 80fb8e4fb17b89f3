import type { CaseDetail } from '../../../shared/contract/api';
import { ChannelBadge } from '../../components/ChannelBadge';
import { useFormatTime } from '../../components/useFormatTime';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** Who the customer is and what they contacted the shop about before. */
export function CustomerPanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const fmt = useFormatTime();
  const select = useAppStore((s) => s.select);
  const confirmIdentity = useAppStore((s) => s.confirmIdentity);
  const cu = detail.customer;
  return (
    <aside className="customer-panel" aria-label={t('case.customer')}>
      <h3>{t('case.customer')}</h3>
      <p className="customer-name">{cu?.name || t('queue.noCustomer')}</p>
      <ul className="identities">
        {/* a chat visitor's relay id is the system's, not something to show the agent */}
        {cu?.identities.filter((i) => i.kind !== 'chat').map((i) => (
          <li key={`${i.kind}:${i.value}`}>{i.kind === 'phone' ? <a href={`tel:${i.value}`}>{i.value}</a> : i.value}</li>
        ))}
        {cu?.unverified.map((i) => (
          <li key={`unverified:${i.kind}:${i.value}`} className="unverified" data-testid="unverified-identity">
            <span>{i.value}</span> <span className="badge" title={t('customer.unverifiedHelp')}>{t('customer.unverified')}</span>{' '}
            <button type="button" className="link" onClick={() => void confirmIdentity(i.kind === 'phone' ? 'phone' : 'email', i.value)}>
              {t('customer.confirm')}
            </button>
          </li>
        ))}
      </ul>
      {detail.otherCases.length > 0 && (
        <>
          <h3>{t('case.otherCases')}</h3>
          <ul className="other-cases">
            {detail.otherCases.map((c) => (
              <li key={c.id}>
                <button type="button" className="link" onClick={() => void select(c.id)}>
                  <ChannelBadge channel={c.channel} /> #{c.number} {c.subject}
                </button>
                <time>{fmt(c.createdAt)}</time>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
