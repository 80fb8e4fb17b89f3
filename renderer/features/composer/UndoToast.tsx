import { useNow } from '../../components/useNow';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** For ten seconds after Send: the e-mail can still be taken back, its text returns to the composer. */
export function UndoToast() {
  const t = useT();
  const undo = useAppStore((s) => s.undo);
  const undoSend = useAppStore((s) => s.undoSend);
  const now = useNow(1000);
  if (!undo || undo.until <= now) return null;
  return (
    <div className="toast" role="status" data-testid="undo-toast">
      {t('undo.sent')} <span className="hint">{Math.max(0, Math.ceil((undo.until - now) / 1000))} s</span>
      <button type="button" className="primary" onClick={() => void undoSend()}>
        {t('undo.button')}
      </button>
    </div>
  );
}
