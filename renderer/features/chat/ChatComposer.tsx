import { useState, type FormEvent, type KeyboardEvent } from 'react';
import type { CaseDetail } from '../../../shared/contract/api';
import { renderTemplate } from '../../../shared/domain/templates';
import { caseTemplateVars } from '../../components/caseTemplateVars';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';
import { MissingVariables } from '../../components/MissingVariables';
import { SlashList, useSlashTemplates } from '../../components/SlashTemplates';
import { TemplatePicker } from '../../components/TemplatePicker';
import { ChatControls } from './ChatControls';
import { readImage } from './readImage';

/**
 * Writing in a chat: Enter sends (Shift+Enter for a new line), the customer sees that the agent
 * types, templates go in as their short variant, an image can be attached. Lines written while the
 * relay is away wait in the outbox and go out in order when it is back.
 */
export function ChatComposer({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const caseId = detail.case.id;
  const chat = detail.chat!;
  const draft = useAppStore((s) => s.drafts[caseId] ?? '');
  const setDraft = useAppStore((s) => s.setDraft);
  const sendChat = useAppStore((s) => s.sendChat);
  const addNote = useAppStore((s) => s.addNote);
  const reportActivity = useAppStore((s) => s.reportActivity);
  const chatTyping = useAppStore((s) => s.chatTyping);
  const typing = useAppStore((s) => s.typing[caseId]);
  const agentName = useAppStore((s) => s.chatStatus?.me?.name || s.settings.agentName);
  const showError = useAppStore((s) => s.showError);
  const [note, setNote] = useState(false);
  const [busy, setBusy] = useState(false);
  const ended = chat.state === 'closed';
  const colleagueHasIt = !!chat.owner && !chat.mine;
  const canWrite = note || (!ended && !colleagueHasIt);

  async function submit(e?: FormEvent) {
    e?.preventDefault();
    if (!draft.trim() || busy || !canWrite) return;
    setBusy(true);
    if (note) await addNote(draft);
    else await sendChat(caseId, draft);
    setBusy(false);
  }
  const slash = useSlashTemplates(draft, (tpl, rest) => insertTemplate({ short: tpl.bodyShort, full: tpl.bodyFull }, rest));
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (slash.onKeyDown(e)) return;
    if (e.key === 'Enter' && !e.shiftKey) {
      e.preventDefault();
      void submit();
    }
  }
  function insertTemplate(body: { short: string; full: string }, before = draft) {
    const text = renderTemplate(body.short, caseTemplateVars(detail, agentName));
    setDraft(caseId, before.trim() ? `${before.trimEnd()} ${text}` : text);
  }
  async function attach(file: File | undefined) {
    if (!file) return;
    try {
      const image = await readImage(file);
      await sendChat(caseId, draft, image);
    } catch (e) {
      showError(e);
    }
  }
  const visibleTyping = typing && typing.until > Date.now() ? typing : null;

  return (
    <div className="chat-composer">
      <ChatControls detail={detail} />
      {visibleTyping && (
        <p className="chat-typing" aria-live="polite">
          {t('chat.typing', { name: visibleTyping.name || detail.case.customerName || t('chat.customer') })}
        </p>
      )}
      <form className={`composer composer-${note ? 'note' : 'chat'}`} onSubmit={(e) => void submit(e)}>
        <div className="composer-modes" role="tablist" aria-label={t('composer.mode')}>
          <button type="button" role="tab" aria-selected={!note} className={!note ? 'active' : ''} onClick={() => setNote(false)} data-shortcut="reply">
            {t('chat.mode')}
          </button>
          <button type="button" role="tab" aria-selected={note} className={note ? 'active' : ''} onClick={() => setNote(true)} data-shortcut="note">
            {t('composer.note')}
          </button>
        </div>
        <label className="composer-label" htmlFor="chat-text">
          {note ? t('composer.note') : t('chat.write')}
        </label>
        <SlashList slash={slash} />
        <textarea
          id="chat-text"
          value={draft}
          disabled={!canWrite}
          onFocus={() => reportActivity(caseId, note ? 'noting' : 'replying')}
          onBlur={() => reportActivity(caseId, 'viewing')}
          placeholder={ended ? t('chat.endedHint') : colleagueHasIt ? t('chat.colleagueHint', { name: chat.owner!.name }) : note ? t('composer.placeholder') : t('chat.placeholder')}
          onChange={(e) => {
            setDraft(caseId, e.target.value);
            if (!note) chatTyping(caseId, e.target.value.length > 0);
          }}
          onKeyDown={onKeyDown}
          rows={3}
        />
        <MissingVariables text={draft} onChange={(text) => setDraft(caseId, text)} />
        <div className="composer-actions">
          <TemplatePicker onPick={(b) => insertTemplate(b)} />
          {!note && canWrite && (
            <label className="chat-image">
              {t('chat.image')}
              <input type="file" accept="image/png,image/jpeg,image/gif,image/webp" onChange={(e) => void attach(e.target.files?.[0])} />
            </label>
          )}
          <span className="hint">{note ? t('composer.hint') : t('chat.hint')}</span>
          <button type="submit" className="primary" disabled={!draft.trim() || busy || !canWrite}>
            {note ? t('composer.save') : t('chat.send')}
          </button>
        </div>
      </form>
    </div>
  );
}
