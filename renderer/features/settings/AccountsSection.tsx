import { useEffect, useState, type FormEvent } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

type Security = 'tls' | 'starttls' | 'none';
const DEFAULT_PORT: Record<'imap' | 'smtp', Record<Security, number>> = {
  imap: { tls: 993, starttls: 143, none: 143 },
  smtp: { tls: 465, starttls: 587, none: 25 },
};

/** Mail accounts; the password is sealed by the services and never shown again. */
export function AccountsSection() {
  const t = useT();
  const accounts = useAppStore((s) => s.accounts);
  const loadAccounts = useAppStore((s) => s.loadAccounts);
  const saveAccount = useAppStore((s) => s.saveAccount);
  const removeAccount = useAppStore((s) => s.removeAccount);
  const secretStorage = useAppStore((s) => s.info?.secretStorage ?? 'keyfile');
  const [kind, setKind] = useState<'imap' | 'smtp'>('imap');
  const [security, setSecurity] = useState<Security>('tls');
  const [label, setLabel] = useState('');
  const [host, setHost] = useState('');
  const [port, setPort] = useState(993);
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');

  useEffect(() => void loadAccounts(), [loadAccounts]);
  useEffect(() => setPort(DEFAULT_PORT[kind][security]), [kind, security]);

  async function add(e: FormEvent) {
    e.preventDefault();
    if (await saveAccount({ kind, label, host, port, security, username, password })) {
      setLabel('');
      setHost('');
      setUsername('');
      setPassword('');
    }
  }

  return (
    <section className="settings-section">
      <h3>{t('settings.accounts')}</h3>
      <p className="hint">{t(`settings.secrets.${secretStorage}`)}</p>
      {accounts.length === 0 ? (
        <p className="empty">{t('settings.accounts.none')}</p>
      ) : (
        <ul className="accounts">
          {accounts.map((a) => (
            <li key={a.id}>
              <strong>{a.label}</strong> {a.kind.toUpperCase()} {a.username}@{a.host}:{a.port} ({a.security}){a.hasSecret && <> · {t('settings.accounts.stored')}</>}
              <button type="button" className="link" onClick={() => void removeAccount(a.id)}>
                {t('settings.accounts.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <form className="form account-form" onSubmit={(e) => void add(e)}>
        <div className="form-row">
          <label>
            {t('settings.accounts.kind')}
            <select value={kind} onChange={(e) => setKind(e.target.value as 'imap' | 'smtp')}>
              <option value="imap">IMAP</option>
              <option value="smtp">SMTP</option>
            </select>
          </label>
          <label>
            {t('settings.accounts.label')}
            <input required value={label} onChange={(e) => setLabel(e.target.value)} />
          </label>
        </div>
        <div className="form-row">
          <label>
            {t('settings.accounts.host')}
            <input required value={host} onChange={(e) => setHost(e.target.value)} />
          </label>
          <label>
            {t('settings.accounts.security')}
            <select value={security} onChange={(e) => setSecurity(e.target.value as Security)}>
              <option value="tls">TLS</option>
              <option value="starttls">STARTTLS</option>
              <option value="none">—</option>
            </select>
          </label>
          <label>
            {t('settings.accounts.port')}
            <input type="number" min={1} max={65535} value={port} onChange={(e) => setPort(Number(e.target.value))} />
          </label>
        </div>
        <div className="form-row">
          <label>
            {t('settings.accounts.username')}
            <input value={username} onChange={(e) => setUsername(e.target.value)} autoComplete="off" />
          </label>
          <label>
            {t('settings.accounts.password')}
            <input type="password" value={password} onChange={(e) => setPassword(e.target.value)} autoComplete="new-password" />
          </label>
        </div>
        <div className="form-actions">
          <button type="submit">{t('settings.accounts.add')}</button>
        </div>
      </form>
    </section>
  );
}
