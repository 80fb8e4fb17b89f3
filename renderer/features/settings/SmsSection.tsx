import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

type Provider = '46elks' | 'sinch';

/** The sender the gateways take: a number in E.164, or up to 11 letters and digits starting with a letter. */
const SENDER_PATTERN = '\\+[1-9][0-9]{6,14}|[A-Za-z][A-Za-z0-9]{0,10}';

/**
 * The messaging gateway: 46elks (SMS) or Sinch (RCS with SMS fallback), its credentials and the
 * sender customers see. Sinch's reports and replies reach Växel through the chat relay.
 */
export function SmsSection() {
  const t = useT();
  const gw = useAppStore((s) => s.smsGateway);
  const load = useAppStore((s) => s.loadSmsGateway);
  const save = useAppStore((s) => s.saveSmsGateway);
  const remove = useAppStore((s) => s.removeSmsGateway);
  const [provider, setProvider] = useState<Provider>('46elks');
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [sender, setSender] = useState('');
  const [projectId, setProjectId] = useState('');
  const [appId, setAppId] = useState('');
  useEffect(() => void load(), [load]);
  useEffect(() => {
    if (!gw || gw.provider === 'demo') return;
    setProvider(gw.provider);
    setUsername(gw.username);
    setSender(gw.sender);
    setProjectId(gw.projectId ?? '');
    setAppId(gw.appId ?? '');
  }, [gw]);
  const sinch = provider === 'sinch';
  async function submit(e: FormEvent) {
    e.preventDefault();
    const common = { provider, username: username.trim(), sender: sender.trim(), ...(password ? { password } : {}) };
    if (await save(sinch ? { ...common, projectId: projectId.trim(), appId: appId.trim() } : common)) setPassword('');
  }
  return (
    <section className="settings-section" aria-labelledby="sms-settings-title">
      <h3 id="sms-settings-title">{t('sms.title')}</h3>
      <fieldset className="radio-row">
        <legend>{t('sms.provider')}</legend>
        {(['46elks', 'sinch'] as const).map((p) => (
          <label key={p}>
            <input type="radio" name="sms-provider" value={p} checked={provider === p} onChange={() => setProvider(p)} /> {t(`sms.provider.${p}`)}
          </label>
        ))}
      </fieldset>
      <p className="hint">{t(sinch ? 'sms.hint.sinch' : 'sms.hint')}</p>
      <form className="form" onSubmit={(e) => void submit(e)}>
        {sinch && (
          <>
            <label>
              {t('sms.projectId')}
              <input value={projectId} required onChange={(e) => setProjectId(e.target.value)} autoComplete="off" />
            </label>
            <label>
              {t('sms.appId')}
              <input value={appId} required onChange={(e) => setAppId(e.target.value)} autoComplete="off" />
            </label>
          </>
        )}
        <label>
          {t(sinch ? 'sms.keyId' : 'sms.username')}
          <input value={username} required onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
        </label>
        <label>
          {t(sinch ? 'sms.keySecret' : 'sms.password')}
          <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} placeholder={gw?.provider === provider ? t('chat.settings.tokenKept') : ''} autoComplete="off" />
        </label>
        <label>
          {t('sms.sender')}
          {/* checked here, in the agent's words, before the services' own check */}
          <input value={sender} required pattern={SENDER_PATTERN} title={t('sms.senderRule')} onChange={(e) => setSender(e.target.value)} placeholder="Butiken / +46766861004" />
        </label>
        <p className="hint" data-testid="sms-gateway-state">
          {gw ? t(gw.provider === 'demo' ? 'sms.connected.demo' : gw.rcs ? 'sms.connected.rcs' : 'sms.connected', { sender: gw.sender }) : t('sms.none')}
        </p>
        <p className="hint">{t('sms.rules')}</p>
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
