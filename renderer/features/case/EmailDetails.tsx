import { useState } from 'react';
import type { Message } from '../../../shared/contract/api';
import { formatBytes } from '../../components/formatBytes';
import { TechnicalDetails } from '../../components/TechnicalDetails';
import { useFormatTime } from '../../components/useFormatTime';
import { useNow } from '../../components/useNow';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

const addr = (a: { name: string; address: string }) => (a.name ? `${a.name} <${a.address}>` : a.address);

/** Who an e-mail was from and to. */
export function EmailHeader({ m }: { m: Message }) {
  const t = useT();
  if (!m.email) return null;
  return (
    <div className="msg-email">
      {m.email.from && (
        <span>
          {t('mail.from')} {addr(m.email.from)}
        </span>
      )}
      {m.email.to.length > 0 && (
        <span>
          {t('mail.to')} {m.email.to.map(addr).join(', ')}
        </span>
      )}
      {m.email.cc.length > 0 && (
        <span>
          {t('mail.cc')} {m.email.cc.map(addr).join(', ')}
        </span>
      )}
    </div>
  );
}

/** Where an outgoing message is: queued (undo window), sending, sent, or failed with the reason. */
export function DeliveryState({ m }: { m: Message }) {
  const t = useT();
  const fmt = useFormatTime();
  const retry = useAppStore((s) => s.retrySend);
  const resolveHeld = useAppStore((s) => s.resolveHeldEmail);
  const undoSend = useAppStore((s) => s.undoSend);
  const now = useNow(1000);
  const d = m.delivery;
  if (!d || d.state === 'cancelled') return null;
  if (d.state === 'held') {
    const h = d.held;
    const at = h?.at ? fmt(h.at) : '';
    const why = !h ? '' : h.kind === 'colleagueReplied' && !h.by ? t('delivery.held.colleagueRepliedUnknown', { at }) : t(`delivery.held.${h.kind}`, { by: h.by ?? '', at });
    return (
      <div className="delivery delivery-held" role="alert" data-testid="delivery-state" data-state="held">
        {t('delivery.held')} {why}{' '}
        {(['send', 'edit', 'discard'] as const).map((action) => (
          <button key={action} type="button" className={action === 'send' ? '' : 'link'} onClick={() => void resolveHeld(d.outboxId, action, m.caseId)}>
            {t(`delivery.held.${action}`)}
          </button>
        ))}
      </div>
    );
  }
  // SMS/RCS: once sent, what the gateway last reported says more than "sent"
  const receipt = d.state === 'sent' && d.receipt ? d.receipt : null;
  return (
    <div className={`delivery delivery-${d.state}${receipt === 'failed' ? ' receipt-failed' : ''}`} data-testid="delivery-state" data-state={d.state} data-receipt={receipt ?? undefined}>
      {receipt ? t(`delivery.receipt.${receipt}`) : t(`delivery.${d.state}`)}
      {receipt && d.via && ` ${t(`delivery.via.${d.via}`)}`}
      {receipt === 'failed' && d.failure && <span className="error-text"> {t(`delivery.failure.${d.failure}`)}</span>}
      {d.state === 'sent' && d.demo && <span data-testid="delivery-demo"> {t('delivery.demo')}</span>}
      {/* the undo window outlives the window: after a reload or a restart it is still offered here */}
      {d.state === 'queued' && d.attempts === 0 && d.notBefore > now && (
        <>
          {' '}
          <button type="button" className="link" data-testid="undo-queued" onClick={() => void undoSend({ outboxId: d.outboxId, caseId: m.caseId })}>
            {t('undo.button')}
          </button>
        </>
      )}
      {d.state === 'failed' && (
        <>
          {' '}
          {t('delivery.retryAt', { at: fmt(d.notBefore) })}{' '}
          {d.problem ? (
            <span className="error-text" data-testid="delivery-problem">
              {t(`delivery.problem.${d.problem}`)}
            </span>
          ) : (
            d.lastError && <TechnicalDetails detail={d.lastError} />
          )}{' '}
          <button type="button" className="link" onClick={() => void retry(d.outboxId)}>
            {t('delivery.retryNow')}
          </button>
        </>
      )}
    </div>
  );
}

/** Attachments, saved through the browser's download. */
export function Attachments({ m }: { m: Message }) {
  const t = useT();
  const fetchAttachment = useAppStore((s) => s.attachment);
  const shown = m.attachments.filter((a) => !a.inline);
  if (shown.length === 0) return null;
  async function download(id: number) {
    const a = await fetchAttachment(id);
    if (!a) return;
    const bytes = Uint8Array.from(atob(a.dataBase64), (c) => c.charCodeAt(0));
    const url = URL.createObjectURL(new Blob([bytes], { type: 'application/octet-stream' }));
    const link = document.createElement('a');
    link.href = url;
    link.download = a.filename;
    link.click();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  return (
    <ul className="msg-attachments" aria-label={t('mail.attachments')}>
      {shown.map((a) => (
        <li key={a.id}>
          <button type="button" className="link" onClick={() => void download(a.id)}>
            📎 {a.filename}
          </button>{' '}
          <span className="hint">{formatBytes(a.size)}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * The page the frame shows: its own CSP, no scripts, images only inline. A sender's remote images,
 * once allowed, arrive inline too (fetched by the services), so nothing here loads from the network.
 */
function framePage(html: string): string {
  const csp = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; font-src data:";
  return `<!doctype html><html><head><meta charset="utf-8"><meta http-equiv="Content-Security-Policy" content="${csp}"><base target="_blank"><style>body{font:14px system-ui,sans-serif;margin:8px;color:#1d232b;word-wrap:break-word}img{max-width:100%;height:auto}</style></head><body>${html}</body></html>`;
}

/** The formatted (HTML) version of an e-mail, on request, in a sandboxed frame. */
export function HtmlView({ m }: { m: Message }) {
  const t = useT();
  const load = useAppStore((s) => s.messageHtml);
  const allow = useAppStore((s) => s.allowRemoteImages);
  const [view, setView] = useState<{ html: string; blockedImages: number; sender: string | null; remoteAllowed: boolean } | null>(null);
  if (!m.hasHtml) return null;
  if (!view)
    return (
      <button type="button" className="link" onClick={() => void load(m.id).then(setView)}>
        {t('mail.showFormatted')}
      </button>
    );
  return (
    <div className="msg-html">
      {view.blockedImages > 0 && !view.remoteAllowed && view.sender && (
        <p className="hint">
          {t('mail.imagesBlocked', { count: view.blockedImages })}{' '}
          <button type="button" className="link" onClick={() => void allow(view.sender!).then(() => load(m.id)).then(setView)}>
            {t('mail.allowImages', { sender: view.sender })}
          </button>
        </p>
      )}
      <iframe title={t('mail.formatted')} sandbox="allow-popups allow-popups-to-escape-sandbox" srcDoc={framePage(view.html)} />
      <button type="button" className="link" onClick={() => setView(null)}>
        {t('mail.hideFormatted')}
      </button>
    </div>
  );
}
