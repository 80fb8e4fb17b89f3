import { useState, type FormEvent } from 'react';
import type { LanguageSetting, OpeningHours } from '../../../shared/domain/settings';
import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import type { MessageKey } from '../../i18n/en';
import { useAppStore } from '../../store/useAppStore';
import { AccountsSection } from './AccountsSection';
import { ChatSection } from './ChatSection';
import { SmsSection } from './SmsSection';

export function SettingsDialog() {
  const t = useT();
  const settings = useAppStore((s) => s.settings);
  const saveSettings = useAppStore((s) => s.saveSettings);
  const openDialog = useAppStore((s) => s.openDialog);
  const dataDir = useAppStore((s) => s.info?.dataDir ?? '');
  const [agentName, setAgentName] = useState(settings.agentName);
  const [language, setLanguage] = useState<LanguageSetting>(settings.language);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [hours, setHours] = useState<OpeningHours>(settings.openingHours);
  const [signature, setSignature] = useState(settings.signature);
  const [markSeenOnOpen, setMarkSeen] = useState(settings.markSeenOnOpen);
  const [firstReplyTakesCase, setFirstReplyTakes] = useState(settings.firstReplyTakesCase);
  const [holidays, setHolidays] = useState(settings.holidays.join(', '));
  const [cb, setCb] = useState({ callbackSlotMinutes: settings.callbackSlotMinutes, callbackCapacity: settings.callbackCapacity, callbackLeadMinutes: settings.callbackLeadMinutes, reminderMinutesBefore: settings.reminderMinutesBefore });
  const [saved, setSaved] = useState(false);

  const zones = Intl.supportedValuesOf('timeZone');

  async function submit(e: FormEvent) {
    e.preventDefault();
    const days = holidays.split(/[\s,;]+/).filter(Boolean);
    setSaved(await saveSettings({ agentName, signature, markSeenOnOpen, firstReplyTakesCase, language, timeZone, openingHours: hours, holidays: days, ...cb }));
  }
  const setDay = (i: number, v: OpeningHours[number]) => setHours(hours.map((h, j) => (j === i ? v : h)));

  return (
    <Modal title={t('settings.title')} onClose={() => openDialog('none')}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('settings.agentName')}
          <input value={agentName} maxLength={120} onChange={(e) => setAgentName(e.target.value)} />
        </label>
        <label>
          {t('settings.signature')}
          <textarea value={signature} maxLength={2000} rows={3} onChange={(e) => setSignature(e.target.value)} />
        </label>
        <label className="inline">
          <input type="checkbox" checked={markSeenOnOpen} onChange={(e) => setMarkSeen(e.target.checked)} /> {t('settings.markSeen')}
        </label>
        <label className="inline">
          <input type="checkbox" checked={firstReplyTakesCase} onChange={(e) => setFirstReplyTakes(e.target.checked)} /> {t('settings.firstReplyTakesCase')}
        </label>
        <div className="form-row">
          <label>
            {t('settings.language')}
            <select value={language} onChange={(e) => setLanguage(e.target.value as LanguageSetting)}>
              <option value="auto">{t('settings.language.auto')}</option>
              <option value="sv">Svenska</option>
              <option value="en">English</option>
            </select>
          </label>
          <label>
            {t('settings.timeZone')}
            <select value={timeZone} onChange={(e) => setTimeZone(e.target.value)}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z}
                </option>
              ))}
            </select>
          </label>
        </div>
        <fieldset className="opening-hours">
          <legend>{t('settings.openingHours')}</legend>
          {hours.map((h, i) => (
            <div key={i} className="day-row">
              <span className="day">{t(`weekday.${i}` as MessageKey)}</span>
              <label className="inline">
                <input type="checkbox" checked={h === null} onChange={(e) => setDay(i, e.target.checked ? null : { open: '09:00', close: '17:00' })} /> {t('settings.closed')}
              </label>
              {h && (
                <>
                  <input type="time" aria-label={`${t(`weekday.${i}` as MessageKey)} open`} value={h.open} onChange={(e) => setDay(i, { ...h, open: e.target.value })} />
                  –
                  <input type="time" aria-label={`${t(`weekday.${i}` as MessageKey)} close`} value={h.close} onChange={(e) => setDay(i, { ...h, close: e.target.value })} />
                </>
              )}
            </div>
          ))}
        </fieldset>
        <label>
          {t('settings.holidays')}
          <input value={holidays} placeholder="2026-12-24, 2026-12-25" onChange={(e) => setHolidays(e.target.value)} />
        </label>
        <fieldset className="callback-settings">
          <legend>{t('callbacks.agenda')}</legend>
          {(
            [
              ['callbackSlotMinutes', 'settings.slotMinutes', 5, 120],
              ['callbackCapacity', 'settings.callbackCapacity', 1, 20],
              ['callbackLeadMinutes', 'settings.leadMinutes', 0, 10080],
              ['reminderMinutesBefore', 'settings.reminderMinutes', 0, 120],
            ] as const
          ).map(([key, label, min, max]) => (
            <label key={key}>
              {t(label)}
              <input type="number" min={min} max={max} value={cb[key]} onChange={(e) => setCb({ ...cb, [key]: Number(e.target.value) || min })} />
            </label>
          ))}
        </fieldset>
        <div className="form-actions">
          {saved && <span className="saved">{t('settings.saved')}</span>}
          <button type="button" onClick={() => openDialog('none')}>
            {t('settings.close')}
          </button>
          <button type="submit" className="primary">
            {t('settings.save')}
          </button>
        </div>
      </form>
      <AccountsSection />
      <ChatSection />
      <SmsSection />
      <p className="hint data-dir">{t('settings.dataDir', { dir: dataDir })}</p>
    </Modal>
  );
}
