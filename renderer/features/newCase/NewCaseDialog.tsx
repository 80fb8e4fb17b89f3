import { useState, type FormEvent } from 'react';
import { CHANNELS, type Channel } from '../../../shared/domain/channels';
import { PRIORITIES, type Priority } from '../../../shared/domain/cases';
import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** A case opened by hand: a phone call, a customer in the shop, a letter. */
export function NewCaseDialog() {
  const t = useT();
  const createCase = useAppStore((s) => s.createCase);
  const openDialog = useAppStore((s) => s.openDialog);
  const [channel, setChannel] = useState<Channel>('phone');
  const [priority, setPriority] = useState<Priority>('normal');
  const [subject, setSubject] = useState('');
  const [name, setName] = useState('');
  const [email, setEmail] = useState('');
  const [phone, setPhone] = useState('');
  const [note, setNote] = useState('');
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    await createCase({
      channel,
      priority,
      subject,
      customer: { name, ...(email.trim() ? { email: email.trim() } : {}), ...(phone.trim() ? { phone: phone.trim() } : {}) },
      ...(note.trim() ? { note } : {}),
    });
    setBusy(false);
  }

  return (
    <Modal title={t('newCase.title')} onClose={() => openDialog('none')}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <fieldset className="channel-choice">
          <legend>{t('newCase.channel')}</legend>
          {CHANNELS.map((c) => (
            <label key={c}>
              <input type="radio" name="channel" value={c} checked={channel === c} onChange={() => setChannel(c)} /> {t(`channel.${c}`)}
            </label>
          ))}
        </fieldset>
        <label>
          {t('newCase.subject')}
          <input required maxLength={300} value={subject} onChange={(e) => setSubject(e.target.value)} />
        </label>
        <label>
          {t('case.priority')}
          <select value={priority} onChange={(e) => setPriority(e.target.value as Priority)}>
            {PRIORITIES.map((p) => (
              <option key={p} value={p}>
                {t(`priority.${p}`)}
              </option>
            ))}
          </select>
        </label>
        <div className="form-row">
          <label>
            {t('newCase.customerName')}
            <input value={name} onChange={(e) => setName(e.target.value)} autoComplete="off" />
          </label>
          <label>
            {t('newCase.email')}
            <input type="email" value={email} onChange={(e) => setEmail(e.target.value)} autoComplete="off" />
          </label>
          <label>
            {t('newCase.phone')}
            <input type="tel" value={phone} onChange={(e) => setPhone(e.target.value)} autoComplete="off" />
          </label>
        </div>
        <label>
          {t('newCase.note')}
          <textarea rows={4} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <div className="form-actions">
          <button type="button" onClick={() => openDialog('none')}>
            {t('newCase.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !subject.trim()}>
            {t('newCase.create')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
