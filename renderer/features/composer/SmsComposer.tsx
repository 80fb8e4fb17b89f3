import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CaseDetail } from '../../../shared/contract/api';
import { renderTemplate } from '../../../shared/domain/templates';
import { smsSegments } from '../../../shared/domain/smsSegments';
import { caseTemplateVars } from '../../components/caseTemplateVars';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { TemplatePicker } from '../../components/TemplatePicker';
import { MissingVariables } from '../../components/MissingVariables';

/**
 * An SMS (RCS with Sinch) to the case's customer: the short variant of a template, the number of
 * SMS parts as it is typed, and an optional tracking link that makes it a delivery notice (an RCS
 * card with a button to the carrier; the link stays in the text for SMS).
 */
export function SmsComposer({ detail, phone }: { detail: CaseDetail; phone: string }) {
  const t = useT();
  const caseId = detail.case.id;
  const draft = useAppStore((s) => s.drafts[`sms:${caseId}`] ?? '');
  const setDraft = useAppStore((s) => s.setDraft);
  const sendSms = useAppStore((s) => s.sendSms);
  const agentName = useAppStore((s) => s.settings?.agentName ?? '');
  const rcs = useAppStore((s) => s.smsGateway?.rcs ?? false);
  const [to, setTo] = useState(phone);
  const [tracking, setTracking] = useState('');
  const [busy, setBusy] = useState(false);
  /** A delivery-notice template was used: the link the agent fills in becomes the card's button. */
  const [notice, setNotice] = useState(false);
  // without a link the placeholder stays visible, for "Fyll i" to ask for it
  const caseVars = caseTemplateVars(detail, agentName);
  const vars = tracking.trim() ? { ...caseVars, 'tracking.url': tracking.trim() } : caseVars;
  const parts = draft.trim() ? smsSegments(draft.trim()) : null;

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!draft.trim() || busy) return;
    setBusy(true);
    const link = tracking.trim() || (notice ? (/https:\/\/\S+/.exec(draft)?.[0] ?? '') : '');
    if (await sendSms({ caseId, to: to.trim(), text: draft, ...(link ? { tracking: link } : {}) })) {
      setDraft(`sms:${caseId}`, '');
      setTracking('');
      setNotice(false);
    }
    setBusy(false);
  }
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
  }
  return (
    <form className="composer composer-sms" onSubmit={(e) => void submit(e)}>
      <label className="composer-to">
        {t('composer.to')}
        <input type="tel" value={to} onChange={(e) => setTo(e.target.value)} required aria-label={t('composer.smsTo')} />
      </label>
      <label className="composer-label" htmlFor="composer-sms-text">
        {t(rcs ? 'composer.rcs' : 'composer.sms')}
      </label>
      <textarea id="composer-sms-text" value={draft} onChange={(e) => setDraft(`sms:${caseId}`, e.target.value)} onKeyDown={onKeyDown} rows={4} />
      <MissingVariables text={draft} onChange={(text) => setDraft(`sms:${caseId}`, text)} />
      <label className="composer-tracking">
        {t('composer.tracking')}
        <input type="url" value={tracking} onChange={(e) => setTracking(e.target.value)} placeholder="https://" pattern="https://.*" />
      </label>
      <div className="composer-actions">
        <TemplatePicker
          onPick={(b) => {
            setNotice(b.short.includes('{{tracking.url}}'));
            setDraft(`sms:${caseId}`, renderTemplate(b.short, vars));
          }}
        />
        <span className="hint" data-testid="sms-parts">
          {parts ? t('composer.smsParts', { count: parts.segments }) : t('composer.sendHint')}
        </span>
        <button type="submit" className="primary" disabled={!draft.trim() || !to.trim() || busy}>
          {t('composer.send')}
        </button>
      </div>
    </form>
  );
}
