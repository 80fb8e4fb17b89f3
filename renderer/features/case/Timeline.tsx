import type { CaseDetail } from '../../../shared/contract/api';
import type { MessageKey } from '../../i18n/en';
import { useFormatTime } from '../../components/useFormatTime';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { Attachments, DeliveryState, EmailHeader, HtmlView } from './EmailDetails';

type Entry =
  | { kind: 'message'; at: number; m: CaseDetail['messages'][number] }
  | { kind: 'event'; at: number; e: CaseDetail['events'][number] };

/** Messages, notes and what happened to the case, in one line of time. */
export function Timeline({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const fmt = useFormatTime();
  const split = useAppStore((s) => s.splitMessage);
  const entries: Entry[] = [
    ...detail.messages.map((m) => ({ kind: 'message' as const, at: m.createdAt, m })),
    ...detail.events.filter((e) => e.kind !== 'note').map((e) => ({ kind: 'event' as const, at: e.at, e })),
  ].sort((a, b) => a.at - b.at);

  const eventText = (e: CaseDetail['events'][number]) => {
    const key = `event.${e.kind}` as MessageKey;
    const to = e.data.to;
    // what each kind carries, in words: a status or priority by its name, an instant as a time
    const toLabel =
      e.kind === 'status' ? t(`status.${String(to)}` as MessageKey)
        : e.kind === 'priority' ? t(`priority.${String(to)}` as MessageKey)
        : e.kind === 'callback_moved' && typeof to === 'number' ? fmt(to)
        : e.kind === 'moved_channel' ? String(e.data.address ?? '')
        : String(to ?? t('case.unassigned'));
    return t(key, {
      to: toLabel,
      value: String(e.data.value ?? ''),
      when: typeof e.data.at === 'number' ? fmt(e.data.at) : '',
      outcome: typeof e.data.outcome === 'string' ? t(`callbacks.outcome.${e.data.outcome}` as MessageKey) : '',
    });
  };

  if (entries.length === 0) return <p className="empty">{t('case.noMessages')}</p>;
  return (
    <ol className="timeline" aria-label={t('case.timeline')}>
      {entries.map((x) =>
        x.kind === 'message' ? (
          <li key={`m${x.m.id}`} className={`msg msg-${x.m.direction}`}>
            <div className="msg-head">
              <strong>{x.m.author || t(`message.${x.m.direction}`)}</strong>
              <span className="msg-kind">{t(`message.${x.m.direction}`)}</span>
              <time>{fmt(x.m.createdAt)}</time>
            </div>
            <EmailHeader m={x.m} />
            <div className="msg-body">{x.m.bodyText}</div>
            <Attachments m={x.m} />
            <HtmlView m={x.m} />
            <DeliveryState m={x.m} />
            {detail.messages.length > 1 && (
              <button type="button" className="link msg-split" onClick={() => void split(x.m.id)}>
                {t('case.split')}
              </button>
            )}
          </li>
        ) : (
          <li key={`e${x.e.id}`} className="event">
            <span>
              {x.e.actor} {eventText(x.e)}
            </span>
            <time>{fmt(x.e.at)}</time>
          </li>
        ),
      )}
    </ol>
  );
}
