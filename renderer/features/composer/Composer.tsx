import { useEffect, useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CaseDetail, MethodInput } from '../../../shared/contract/api';
import { renderTemplate } from '../../../shared/domain/templates';
import { firstContact } from '../../../shared/domain/customers';
import { toE164 } from '../../../shared/domain/phone';
import { caseTemplateVars } from '../../components/caseTemplateVars';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { TemplatePicker } from '../../components/TemplatePicker';
import { AttachmentPicker, type Staged } from './AttachmentPicker';
import { MissingVariables } from '../../components/MissingVariables';
import { SlashList, useSlashTemplates } from '../../components/SlashTemplates';
import { SmsComposer } from './SmsComposer';

type Mode = 'reply' | 'replyAll' | 'forward' | 'note' | 'sms';

/** The message an answer refers to: the customer's latest e-mail, else the latest e-mail at all. */
function replyTarget(detail: CaseDetail) {
  const mails = detail.messages.filter((m) => m.channel === 'email' && m.direction !== 'note');
  return [...mails].reverse().find((m) => m.direction === 'in') ?? mails.at(-1) ?? null;
}

/** The number an SMS from this case goes to: the customer's, or the one that texted the shop. */
function smsNumber(detail: CaseDetail): string {
  const texted = [...detail.messages].reverse().find((m) => m.channel === 'sms' && m.direction === 'in')?.author ?? '';
  return firstContact(detail.customer, 'phone') || (toE164(texted) ? texted : '');
}

/**
 * Writes to the open case: for an e-mail case a reply, reply-all or forward (with templates,
 * attachments and the signature added by the services), an SMS where the customer has a number
 * and an SMS gateway is set up (the first choice in an SMS case), or an internal note for any case.
 */
export function Composer({ caseId }: { caseId: string }) {
  const t = useT();
  const detail = useAppStore((s) => s.detail);
  const draft = useAppStore((s) => s.drafts[caseId] ?? '');
  const setDraft = useAppStore((s) => s.setDraft);
  const addNote = useAppStore((s) => s.addNote);
  const reportActivity = useAppStore((s) => s.reportActivity);
  const sendEmail = useAppStore((s) => s.sendEmail);
  const agentName = useAppStore((s) => s.settings?.agentName ?? '');
  const isEmail = detail?.case.channel === 'email' && detail.case.id === caseId;
  const target = detail && isEmail ? replyTarget(detail) : null;
  const gateway = useAppStore((s) => s.smsGateway);
  const loadGateway = useAppStore((s) => s.loadSmsGateway);
  useEffect(() => void loadGateway(), [loadGateway]);
  const phone = detail && detail.case.id === caseId ? smsNumber(detail) : '';
  const canSms = !!gateway && !!phone;
  const modes: Mode[] = [...(isEmail ? (['reply', 'replyAll', 'forward'] as const) : []), ...(canSms ? (['sms'] as const) : []), 'note'];
  const [mode, setMode] = useState<Mode>(isEmail ? 'reply' : detail?.case.channel === 'sms' ? 'sms' : 'note');
  const [forwardTo, setForwardTo] = useState(() => (target ? '' : firstContact(detail?.customer, 'email')));
  const [staged, setStaged] = useState<Staged[]>([]);
  const [busy, setBusy] = useState(false);
  const effective: Mode = modes.includes(mode) ? mode : isEmail ? 'reply' : canSms && detail?.case.channel === 'sms' ? 'sms' : 'note';

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!draft.trim() || busy) return;
    setBusy(true);
    if (effective === 'note') await addNote(draft);
    else if (effective !== 'sms') {
      const input: MethodInput<'sendEmail'> = {
        caseId,
        replyToMessageId: target?.id ?? null,
        mode: target ? effective : 'new',
        body: draft,
        attachments: staged.map(({ size: _s, ...a }) => a),
      };
      if (effective === 'forward' || !target) input.to = forwardTo.split(/[,;\s]+/).filter(Boolean).map((address) => ({ address }));
      if (await sendEmail(input)) {
        setStaged([]);
        setForwardTo('');
      }
    }
    setBusy(false);
  }
  const slash = useSlashTemplates(draft, (tpl, rest) => insertTemplate({ short: tpl.bodyShort, full: tpl.bodyFull }, rest));
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (slash.onKeyDown(e)) return;
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
  }
  function insertTemplate(body: { short: string; full: string }, before = draft) {
    if (!detail) return;
    const text = renderTemplate(isEmail ? body.full : body.short, caseTemplateVars(detail, agentName));
    setDraft(caseId, before.trim() ? `${before.trimEnd()}\n\n${text}` : text);
  }

  const recipients =
    effective === 'reply' || effective === 'replyAll'
      ? [target?.email?.replyTo ?? target?.email?.from, ...(effective === 'replyAll' ? [...(target?.email?.to ?? []), ...(target?.email?.cc ?? [])] : [])]
          .filter((a): a is NonNullable<typeof a> => Boolean(a))
          .map((a) => a.address)
      : [];
  const needsTo = effective === 'forward' || (effective !== 'note' && !target);

  const tabs = modes.length > 1 && (
    <div className="composer-modes" role="tablist" aria-label={t('composer.mode')}>
      {modes.map((m) => (
        <button key={m} type="button" role="tab" aria-selected={effective === m} className={effective === m ? 'active' : ''} onClick={() => setMode(m)} data-shortcut={m === 'reply' || m === 'note' ? m : undefined}>
          {t(m === 'sms' ? 'composer.smsTab' : `composer.${m}`)}
        </button>
      ))}
    </div>
  );
  if (effective === 'sms' && detail) {
    return (
      <div>
        {tabs}
        <SmsComposer key={caseId} detail={detail} phone={phone} />
      </div>
    );
  }
  return (
    <form className={`composer composer-${effective}`} onSubmit={(e) => void submit(e)}>
      {tabs}
      {effective !== 'note' && !needsTo && (
        <p className="composer-to">
          {t('composer.to')} <span data-testid="reply-recipients">{[...new Set(recipients)].join(', ')}</span>
        </p>
      )}
      {needsTo && (
        <label className="composer-to">
          {t('composer.to')}
          <input type="text" value={forwardTo} onChange={(e) => setForwardTo(e.target.value)} placeholder="namn@example.se" required aria-label={t('composer.to')} />
        </label>
      )}
      <label className="composer-label" htmlFor="composer-text">
        {effective === 'note' ? t('composer.note') : t('composer.email')}
      </label>
      <SlashList slash={slash} />
      <textarea
        id="composer-text"
        value={draft}
        placeholder={effective === 'note' ? t('composer.placeholder') : t('composer.emailPlaceholder')}
        onChange={(e) => setDraft(caseId, e.target.value)}
        onKeyDown={onKeyDown}
        onFocus={() => reportActivity(caseId, effective === 'note' ? 'noting' : 'replying')}
        onBlur={() => reportActivity(caseId, 'viewing')}
        rows={effective === 'note' ? 4 : 7}
      />
      <MissingVariables text={draft} onChange={(text) => setDraft(caseId, text)} />
      {effective !== 'note' && <AttachmentPicker staged={staged} onChange={setStaged} />}
      <div className="composer-actions">
        <TemplatePicker onPick={(b) => insertTemplate(b)} />
        <span className="hint">{effective === 'note' ? t('composer.hint') : t('composer.sendHint')}</span>
        <button type="submit" className="primary" disabled={!draft.trim() || busy || (needsTo && !forwardTo.trim())}>
          {effective === 'note' ? t('composer.save') : t('composer.send')}
        </button>
      </div>
    </form>
  );
}
