import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/contract/api';
import { firstContact } from '../../../shared/domain/customers';
import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { SlotPicker } from './SlotPicker';

/** Book a callback for this case (from an e-mail or a chat, or during a call): number, slot, what it is about. */
export function BookCallbackDialog({ detail, onClose, initialNote, pickFirstFree = false }: { detail: CaseDetail; onClose(): void; initialNote?: string | undefined; pickFirstFree?: boolean }) {
  const t = useT();
  const book = useAppStore((s) => s.bookCallback);
  const [phone, setPhone] = useState(firstContact(detail.customer, 'phone'));
  const [note, setNote] = useState(initialNote ?? detail.case.subject);
  const [at, setAt] = useState<number | null>(null);
  const [confirm, setConfirm] = useState(true);
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (at === null) return;
    setBusy(true);
    const email = firstContact(detail.customer, 'email');
    const ok = await book({ caseId: detail.case.id, phone: phone.trim(), name: detail.customer?.name ?? detail.case.customerName, at, note, source: 'case', confirm, ...(email ? { email } : {}) });
    setBusy(false);
    if (ok) onClose();
  }
  return (
    <Modal title={t('callbacks.book')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        <label>
          {t('callbacks.phone')}
          <input type="tel" required value={phone} onChange={(e) => setPhone(e.target.value)} placeholder="070-123 45 67" />
        </label>
        <SlotPicker value={at} onChange={setAt} pickFirstFree={pickFirstFree} />
        <label>
          {t('callbacks.note')}
          <textarea rows={3} maxLength={1000} value={note} onChange={(e) => setNote(e.target.value)} />
        </label>
        <label className="inline">
          <input type="checkbox" checked={confirm} onChange={(e) => setConfirm(e.target.checked)} /> {t('callbacks.confirm')}
        </label>
        <div className="form-actions">
          <button type="button" onClick={onClose}>
            {t('chat.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || at === null || !phone.trim()}>
            {t('callbacks.bookIt')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
