import { useState, type FormEvent, type KeyboardEvent } from 'react';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** Writes to the open case. Today: internal notes; replies arrive with the channels. */
export function Composer({ caseId }: { caseId: string }) {
  const t = useT();
  const draft = useAppStore((s) => s.drafts[caseId] ?? '');
  const setDraft = useAppStore((s) => s.setDraft);
  const addNote = useAppStore((s) => s.addNote);
  const [busy, setBusy] = useState(false);

  async function save(e?: FormEvent) {
    e?.preventDefault();
    if (!draft.trim() || busy) return;
    setBusy(true);
    await addNote(draft);
    setBusy(false);
  }
  function onKeyDown(e: KeyboardEvent<HTMLTextAreaElement>) {
    if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void save();
  }

  return (
    <form className="composer" onSubmit={(e) => void save(e)}>
      <label className="composer-label" htmlFor="composer-text">
        {t('composer.note')}
      </label>
      <textarea
        id="composer-text"
        value={draft}
        placeholder={t('composer.placeholder')}
        onChange={(e) => setDraft(caseId, e.target.value)}
        onKeyDown={onKeyDown}
        rows={4}
      />
      <div className="composer-actions">
        <span className="hint">{t('composer.hint')}</span>
        <button type="submit" className="primary" disabled={!draft.trim() || busy}>
          {t('composer.save')}
        </button>
      </div>
    </form>
  );
}
