import { useEffect, useRef } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { playChime } from '../../components/chime';

/**
 * Callback reminders: a few minutes before and at the time, with a chime and an OS notification
 * (Electron and browsers alike), and an alert in the window until the agent dismisses it. At the
 * time the case opens by itself (createAppStore), so the briefing is on screen.
 */
export function ReminderAlerts() {
  const t = useT();
  const reminders = useAppStore((s) => s.reminders);
  const dismiss = useAppStore((s) => s.dismissReminder);
  const select = useAppStore((s) => s.select);
  const seen = useRef(new Set<string>());
  useEffect(() => {
    for (const r of reminders) {
      const key = `${r.callbackId}:${r.kind}`;
      if (seen.current.has(key)) continue;
      seen.current.add(key);
      playChime();
      if (typeof Notification !== 'undefined' && Notification.permission === 'granted') {
        const n = new Notification(t(r.kind === 'due' ? 'callbacks.remindNow' : 'callbacks.remindSoon', { name: r.name || r.phone, time: new Date(r.dueAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) }), { body: r.phone, tag: key });
        n.onclick = () => r.caseId && void select(r.caseId);
      }
    }
  }, [reminders, select, t]);
  if (reminders.length === 0) return null;
  return (
    <div className="reminders" role="alert" data-testid="reminders">
      {reminders.map((r) => (
        <div key={r.callbackId} className={`reminder${r.late ? ' late' : ''}`}>
          <span>
            {t(r.kind === 'due' ? 'callbacks.remindNow' : 'callbacks.remindSoon', { name: r.name || r.phone, time: new Date(r.dueAt).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' }) })}
            {r.late ? ` (${t('callbacks.late')})` : ''}
          </span>
          <a href={`tel:${r.phone}`}>{r.phone}</a>
          {r.caseId && (
            <button type="button" className="link" onClick={() => void select(r.caseId!)}>
              {t('callbacks.open')}
            </button>
          )}
          <button type="button" onClick={() => dismiss(r.callbackId)}>
            {t('error.dismiss')}
          </button>
        </div>
      ))}
    </div>
  );
}
