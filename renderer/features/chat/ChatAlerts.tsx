import { useEffect, useRef } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { playChime } from '../../components/chime';

/**
 * When a customer writes: a short chime, and an OS notification (Electron and browsers show it the
 * same way) when the window is in the background or another case is open. Clicking it opens the case.
 */
export function ChatAlerts() {
  const t = useT();
  const arrival = useAppStore((s) => s.lastArrival);
  const select = useAppStore((s) => s.select);
  const selectedId = useAppStore((s) => s.selectedId);
  const seen = useRef<number>(0);
  useEffect(() => {
    if (!arrival || arrival.at === seen.current) return;
    seen.current = arrival.at;
    playChime();
    const away = document.hidden || !document.hasFocus() || selectedId !== arrival.caseId;
    if (away && typeof Notification !== 'undefined' && Notification.permission === 'granted') {
      const n = new Notification(t('chat.notifyTitle', { name: arrival.customerName || t('chat.customer'), number: arrival.number }), { body: arrival.text, tag: arrival.caseId });
      n.onclick = () => {
        window.focus();
        void select(arrival.caseId);
      };
    }
  }, [arrival, select, selectedId, t]);
  return null;
}
