import { useState, type FormEvent } from 'react';
import { useEffect } from 'react';
import type { MethodInput, MethodOutput } from '../../../shared/contract/api';
import type { MessageKey } from '../../i18n/en';
import { DEFAULT_MAIL_PORTS, type MailSecurity } from '../../../shared/domain/mailServers';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

type Server = MethodInput<'saveAccount'>['imap'];

function ServerFields({ kind, value, onChange }: { kind: 'imap' | 'smtp'; value: Server; onChange(s: Server): void }) {
  const t = useT();
  return (
    <fieldset className="form-row server">
      <legend>{kind.toUpperCase()}</legend>
      <label>
        {t('settings.accounts.host')}
        <input required aria-label={`${kind} ${t('settings.accounts.host')}`} value={value.host} onChange={(e) => onChange({ ...value, host: e.target.value })} />
      </label>
      <label>
        {t('settings.accounts.security')}
        <select
          aria-label={`${kind} ${t('settings.accounts.security')}`}
          value={value.security}
          onChange={(e) => {
            const security = e.target.value as MailSecurity;
            onChange({ ...value, security, port: DEFAULT_MAIL_PORTS[kind][security] });
          }}
        >
          <option value="tls">TLS</option>
          <option value="starttls">STARTTLS</option>
          <option value="none">{t('settings.accounts.noEncryption')}</option>
        </select>
      </label>
      <label>
        {t('settings.accounts.port')}
        <input type="number" aria-label={`${kind} ${t('settings.accounts.port')}`} min={1} max={65535} value={value.port} onChange={(e) => onChange({ ...value, port: Number(e.target.value) })} />
      </label>
      <label>
        {t('settings.accounts.username')}
        <input aria-label={`${kind} ${t('settings.accounts.username')}`} value={value.username} onChange={(e) => onChange({ ...value, username: e.target.value })} autoComplete="off" />
      </label>
    </fieldset>
  );
}

/** Messages of a mailbox that could not be read: kept raw on disk, listed with the reason. */
function Unreadable({ accountId }: { accountId: string }) {
  const t = useT();
  const load = useAppStore((s) => s.mailFailures);
  const [list, setList] = useState<MethodOutput<'listMailFailures'> | null>(null);
  if (!list)
    return (
      <button type="button" className="link" onClick={() => void load(accountId).then(setList)}>
        {t('settings.accounts.unreadable')}
      </button>
    );
  return (
    <div className="unreadable">
      {list.length === 0 ? (
        <p className="hint">{t('settings.accounts.unreadableNone')}</p>
      ) : (
        <ul>
          {list.map((f) => (
            <li key={`${f.folder}/${f.uid}`}>
              {f.folder} #{f.uid} ({Math.ceil(f.size / 1024)} kB): {f.reason}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

/** The shop's mailboxes; the password is sealed by the services and never shown again. */
export function AccountsSection() {
  const t = useT();
  const accounts = useAppStore((s) => s.accounts);
  const loadAccounts = useAppStore((s) => s.loadAccounts);
  const saveAccount = useAppStore((s) => s.saveAccount);
  const removeAccount = useAppStore((s) => s.removeAccount);
  const secretStorage = useAppStore((s) => s.info?.secretStorage ?? 'keyfile');
  const blank = { label: '', address: '', displayName: '', password: '', allowPlaintext: false };
  const [form, setForm] = useState(blank);
  const [imap, setImap] = useState<Server>({ host: '', port: 993, security: 'tls', username: '' });
  const [smtp, setSmtp] = useState<Server>({ host: '', port: 465, security: 'tls', username: '' });

  const testAccount = useAppStore((s) => s.testAccount);
  const [pins, setPins] = useState<NonNullable<MethodInput<'saveAccount'>['pinnedCertificates']>>([]);
  const [check, setCheck] = useState<MethodOutput<'testAccount'> | 'testing' | null>(null);

  useEffect(() => void loadAccounts(), [loadAccounts]);

  const user = (s: Server) => ({ ...s, username: s.username || form.address });
  const input = () => ({ ...form, label: form.label || form.address, imap: user(imap), smtp: user(smtp), pinnedCertificates: pins });
  // a mailbox is added once its servers answer; one that fails is added only when the agent says so
  async function add(e: FormEvent) {
    e.preventDefault();
    setCheck('testing');
    const result = await testAccount(input());
    setCheck(result);
    if (result && result.imap.ok && result.smtp.ok) await save();
  }
  async function save() {
    const ok = await saveAccount(input());
    if (ok) {
      setForm(blank);
      setPins([]);
      setCheck(null);
    }
  }
  async function test() {
    setCheck('testing');
    setCheck(await testAccount(input()));
  }
  const results = check && check !== 'testing' ? ([['IMAP', check.imap], ['SMTP', check.smtp]] as const) : [];

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
              <strong>{a.label}</strong> {a.address} — {a.demo ? t('settings.accounts.demo') : `IMAP ${a.imap.host}:${a.imap.port}, SMTP ${a.smtp.host}:${a.smtp.port}`}
              {a.hasSecret && <> · {t('settings.accounts.stored')}</>}
              <button type="button" className="link" onClick={() => void removeAccount(a.id)}>
                {t('settings.accounts.remove')}
              </button>
              <Unreadable accountId={a.id} />
            </li>
          ))}
        </ul>
      )}
      <form className="form account-form" onSubmit={(e) => void add(e)}>
        <div className="form-row">
          <label>
            {t('settings.accounts.address')}
            <input type="email" required value={form.address} onChange={(e) => setForm({ ...form, address: e.target.value })} />
          </label>
          <label>
            {t('settings.accounts.displayName')}
            <input value={form.displayName} onChange={(e) => setForm({ ...form, displayName: e.target.value })} />
          </label>
          <label>
            {t('settings.accounts.label')}
            <input value={form.label} onChange={(e) => setForm({ ...form, label: e.target.value })} />
          </label>
        </div>
        <ServerFields kind="imap" value={imap} onChange={setImap} />
        <ServerFields kind="smtp" value={smtp} onChange={setSmtp} />
        <div className="form-row">
          <label>
            {t('settings.accounts.password')}
            <input type="password" value={form.password} onChange={(e) => setForm({ ...form, password: e.target.value })} autoComplete="new-password" />
          </label>
          <label className="inline">
            <input type="checkbox" checked={form.allowPlaintext} onChange={(e) => setForm({ ...form, allowPlaintext: e.target.checked })} /> {t('settings.accounts.allowPlaintext')}
          </label>
        </div>
        {check === 'testing' && <p className="hint">{t('settings.accounts.testing')}</p>}
        {results.map(([name, r]) => (
          <div key={name} className={r.ok ? 'check-ok' : 'check-failed'} data-testid={`check-${name}`}>
            {r.ok ? t('settings.accounts.ok', { server: name }) : `${name}: ${t(`mail.problem.${r.problem!.kind}` as MessageKey)}`}
            {r.problem?.certificate && (
              <p className="hint">
                {r.problem.certificate.subject} — {t('settings.accounts.fingerprint', { fingerprint: r.problem.certificate.fingerprint })}{' '}
                <button
                  type="button"
                  onClick={() => {
                    const c = r.problem!.certificate!;
                    setPins([...pins.filter((p) => p.fingerprint !== c.fingerprint), { fingerprint: c.fingerprint, pem: c.pem, subject: c.subject }]);
                    setCheck(null);
                  }}
                >
                  {t('settings.accounts.trust')}
                </button>
              </p>
            )}
          </div>
        ))}
        <div className="form-actions">
          <button type="button" onClick={() => void test()} disabled={check === 'testing' || !form.address || !imap.host || !smtp.host}>
            {t('settings.accounts.test')}
          </button>
          <button type="submit" disabled={check === 'testing'}>
            {t('settings.accounts.add')}
          </button>
          {results.some(([, r]) => !r.ok) && (
            <button type="button" className="link" onClick={() => void save()}>
              {t('settings.accounts.addAnyway')}
            </button>
          )}
        </div>
      </form>
    </section>
  );
}
