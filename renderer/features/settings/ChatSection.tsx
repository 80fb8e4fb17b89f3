import { useState, type FormEvent } from 'react';
import type { InvitationRule } from '../../../shared/domain/settings';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/**
 * The chat relay this laptop answers on (address and this agent's token), how many chats the agent
 * takes at once, desktop notifications, and the shop's proactive invitations on its site.
 */
export function ChatSection() {
  const t = useT();
  const status = useAppStore((s) => s.chatStatus);
  const settings = useAppStore((s) => s.settings);
  const saveRelay = useAppStore((s) => s.saveChatRelay);
  const removeRelay = useAppStore((s) => s.removeChatRelay);
  const saveSettings = useAppStore((s) => s.saveSettings);
  const [url, setUrl] = useState(status?.url ?? '');
  const [token, setToken] = useState('');
  const [capacity, setCapacity] = useState(status?.capacity ?? 3);
  const [rules, setRules] = useState<InvitationRule[]>(settings.chatInvitations);
  const [rulesSaved, setRulesSaved] = useState(false);
  const [notify, setNotify] = useState(typeof Notification === 'undefined' ? 'denied' : Notification.permission);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await saveRelay({ url: url.trim(), capacity, ...(token.trim() ? { token: token.trim() } : {}) })) setToken('');
  }
  const setRule = (i: number, r: InvitationRule) => setRules(rules.map((x, j) => (j === i ? r : x)));

  return (
    <section className="settings-section chat-settings" aria-labelledby="chat-settings-title">
      <h3 id="chat-settings-title">{t('chat.settings.title')}</h3>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('chat.settings.url')}
          <input value={url} required placeholder="https://chat.example.se" onChange={(e) => setUrl(e.target.value)} />
        </label>
        <label>
          {t('chat.settings.token')}
          <input type="password" value={token} autoComplete="off" placeholder={status?.configured ? t('chat.settings.tokenKept') : ''} onChange={(e) => setToken(e.target.value)} />
        </label>
        <label>
          {t('chat.settings.capacity')}
          <input type="number" min={1} max={20} value={capacity} onChange={(e) => setCapacity(Number(e.target.value) || 1)} />
        </label>
        <p className="hint" data-testid="chat-settings-state">
          {status?.configured ? `${t(`chat.state.${status.state}`)}${status.me ? ` · ${status.me.name}` : ''}${status.detail ? ` · ${status.detail}` : ''}` : t('chat.settings.none')}
        </p>
        <div className="form-actions">
          {status?.configured && (
            <button type="button" onClick={() => void removeRelay()}>
              {t('chat.settings.remove')}
            </button>
          )}
          <button type="submit" className="primary">
            {t('chat.settings.connect')}
          </button>
        </div>
      </form>
      {notify !== 'granted' && typeof Notification !== 'undefined' && (
        <button type="button" onClick={() => void Notification.requestPermission().then(setNotify)}>
          {t('chat.settings.notifications')}
        </button>
      )}
      <fieldset className="invitations">
        <legend>{t('chat.settings.invitations')}</legend>
        <p className="hint">{t('chat.settings.invitationsHint')}</p>
        {rules.map((r, i) => (
          <div key={i} className="invitation-rule">
            {/* visible labels: a placeholder is gone once the agent types */}
            <label>
              {t('chat.settings.pattern')}
              <input value={r.pattern} placeholder="*/checkout*" onChange={(e) => setRule(i, { ...r, pattern: e.target.value })} />
            </label>
            <label>
              {t('chat.settings.seconds')}
              <input type="number" min={0} max={3600} value={r.seconds} onChange={(e) => setRule(i, { ...r, seconds: Number(e.target.value) || 0 })} />
            </label>
            <label>
              {t('chat.settings.textSv')}
              <input value={r.text.sv} placeholder="Behöver du hjälp?" onChange={(e) => setRule(i, { ...r, text: { ...r.text, sv: e.target.value } })} />
            </label>
            <label>
              {t('chat.settings.textEn')}
              <input value={r.text.en} placeholder="Need a hand?" onChange={(e) => setRule(i, { ...r, text: { ...r.text, en: e.target.value } })} />
            </label>
            <button type="button" aria-label={t('chat.settings.removeRule')} onClick={() => setRules(rules.filter((_, j) => j !== i))}>
              ×
            </button>
          </div>
        ))}
        <div className="form-actions">
          {rulesSaved && <span className="saved">{t('settings.saved')}</span>}
          <button type="button" onClick={() => setRules([...rules, { pattern: '*/checkout*', seconds: 5, text: { sv: 'Behöver du hjälp med din beställning?', en: 'Need a hand with your order?' } }])}>
            {t('chat.settings.addRule')}
          </button>
          <button type="button" className="primary" onClick={() => void saveSettings({ chatInvitations: rules.filter((r) => r.pattern.trim()) }).then(setRulesSaved)}>
            {t('chat.settings.saveRules')}
          </button>
        </div>
      </fieldset>
    </section>
  );
}
