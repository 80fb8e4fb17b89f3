import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** The SMS gateway (46elks): its API username and password and the sender customers see. */
export function SmsSection() {
  const t = useT();
  const gw = useAppStore((s) => s.smsGateway);
  const load = useAppStore((s) => s.loadSmsGateway);
  const save = useAppStore((s) => s.saveSmsGateway);
  const remove = useAppStore((s) => s.removeSmsGateway);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [sender, setSender] = useState('');
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (!gw) return;
    setUsername(gw.username);
    setSender(gw.sender);
  }, [gw]);
  async function submit(e: FormEvent) {
    e.preventDefault();
    if (await save({ username: username.trim(), sender: sender.trim(), ...(password ? { password } : {}) })) setPassword('');
  }
  return (
    <section className="settings-section" aria-labelledby="sms-settings-title">
      <h3 id="sms-settings-title">{t('sms.title')}</h3>
      <p className="hint">{t('sms.hint')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('sms.username')}
          <input value={username} required onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
        </label>
        <label>
          {t('sms.password')}
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder={gw ? t('chat.settings.tokenKept') : ''} autoComplete="off" />
        </label>
        <label>
          {t('sms.sender')}
          <input value={sender} required onChange={(e) => setSender(e.target.value)} placeholder="Butiken / +46766861004" />
        </label>
        <p className="hint">{gw ? t('sms.connected', { sender: gw.sender }) : t('sms.none')}</p>
        <div className="form-actions">
          {gw && (
            <button type="button" onClick={() => void remove()}>
              {t('chat.settings.remove')}
            </button>
          )}
          <button type="submit" className="primary">
            {t('sms.save')}
          </button>
        </div>
      </form>
    </section>
  );
}
