import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../shared/contract/api';
import { firstContact } from '../../../shared/domain/customers';
import { renderTemplate } from '../../../shared/domain/templates';
import { caseTemplateVars } from '../../components/caseTemplateVars';
import { Modal } from '../../components/Modal';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { TemplatePicker } from '../../components/TemplatePicker';
import { translator } from '../../i18n/translate';

/** Move a chat to e-mail: a message (a template, or the default) and the whole transcript go to the customer. */
export function MoveToEmailDialog({ detail, onClose }: { detail: CaseDetail; onClose(): void }) {
  const t = useT();
  const move = useAppStore((s) => s.moveChatToEmail);
  const agentName = useAppStore((s) => s.chatStatus?.me?.name || s.settings.agentName);
  const hasMailbox = useAppStore((s) => s.accounts.length > 0);
  const firstName = (detail.customer?.name ?? detail.case.customerName).split(/\s+/)[0] ?? '';
  const [address, setAddress] = useState(firstContact(detail.customer, 'email'));
  // the e-mail goes to the customer: in their language, whatever the window speaks
  const [body, setBody] = useState(() => translator(detail.customerLanguage)('chat.moveDefault', { name: firstName }).replace(/\s+!/, '!'));
  const [busy, setBusy] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    if (await move({ caseId: detail.case.id, address: address.trim(), body })) onClose();
    setBusy(false);
  }
  function insert(tpl: { short: string; full: string }) {
    setBody((b) => `${b.trimEnd()}\n\n${renderTemplate(tpl.full, caseTemplateVars(detail, agentName))}`);
  }
  return (
    <Modal title={t('chat.moveToEmail')} onClose={onClose}>
      <form className="form" onSubmit={(e) => void submit(e)}>
        {!hasMailbox && <p className="warning">{t('chat.moveNeedsMailbox')}</p>}
        <label>
          {t('composer.to')}
          <input type="email" required value={address} onChange={(e) => setAddress(e.target.value)} placeholder="namn@example.se" />
        </label>
        <label>
          {t('composer.email')}
          <textarea rows={6} required value={body} onChange={(e) => setBody(e.target.value)} />
        </label>
        <p className="hint">{t('chat.moveTranscript')}</p>
        <div className="form-actions">
          <TemplatePicker onPick={insert} />
          <button type="button" onClick={onClose}>
            {t('chat.cancel')}
          </button>
          <button type="submit" className="primary" disabled={busy || !hasMailbox}>
            {t('composer.send')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
