import { useState } from 'react';
import type { CaseDetail } from '../../../shared/contract/api';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { MoveToEmailDialog } from './MoveToEmailDialog';

/** Who has this chat and what the agent can do with it: claim, hand over, end, move to e-mail. */
export function ChatControls({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const chat = detail.chat!;
  const caseId = detail.case.id;
  const status = useAppStore((s) => s.chatStatus);
  const claim = useAppStore((s) => s.claimChat);
  const transfer = useAppStore((s) => s.transferChat);
  const end = useAppStore((s) => s.endChat);
  const [moving, setMoving] = useState(false);
  const requested = useAppStore((s) => s.request?.kind === 'moveToEmail' && s.request.caseId === detail.case.id);
  const requestAction = useAppStore((s) => s.requestAction);
  const online = status?.state === 'online';
  const colleagues = (status?.agents ?? []).filter((a) => a.online && a.id !== status?.me?.id);

  const who =
    chat.state === 'closed'
      ? t('chat.ended')
      : !chat.owner
        ? t('chat.waitingForAgent')
        : chat.mine
          ? t('chat.yours')
          : t('chat.owner', { name: chat.owner.name });

  return (
    <div className="chat-controls">
      <span className={`chat-owner chat-${chat.state}`} data-testid="chat-owner">
        {who}
      </span>
      {!online && status?.configured && <span className="chat-offline">{t('chat.relayOffline')}</span>}
      {chat.state === 'queued' && (
        <button type="button" className="primary" disabled={!online} onClick={() => void claim(caseId)}>
          {t('chat.claim')}
        </button>
      )}
      {chat.mine && chat.state === 'active' && colleagues.length > 0 && (
        <label>
          {t('chat.transfer')}{' '}
          <select aria-label={t('chat.transfer')} value="" onChange={(e) => e.target.value && void transfer(caseId, e.target.value)}>
            <option value="">…</option>
            {colleagues.map((a) => (
              <option key={a.id} value={a.id}>
                {a.name} ({a.load}/{a.capacity})
              </option>
            ))}
          </select>
        </label>
      )}
      {chat.state !== 'closed' && (!chat.owner || chat.mine) && (
        <button type="button" disabled={!online} onClick={() => void end(caseId)}>
          {t('chat.end')}
        </button>
      )}
      <button type="button" onClick={() => setMoving(true)}>
        {t('chat.moveToEmail')}
      </button>
      {chat.customerPage && (
        <span className="chat-page" title={chat.customerPage}>
          {t('chat.page')}: {chat.customerPage}
        </span>
      )}
      {(moving || requested) && (
        <MoveToEmailDialog
          detail={detail}
          onClose={() => {
            setMoving(false);
            requestAction(null);
          }}
        />
      )}
    </div>
  );
}
