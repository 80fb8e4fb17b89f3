import { useState, type FormEvent } from 'react';
import type { CaseSummary } from '../../../shared/contract/api';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** Take a case, release it, or hand it to a colleague with a note (shared through the mailbox's log). */
export function HandOver({ c }: { c: CaseSummary }) {
  const t = useT();
  const agentName = useAppStore((s) => s.settings.agentName);
  const logAgents = useAppStore((s) => s.agents);
  const relayAgents = useAppStore((s) => s.chatStatus?.agents);
  const updateCase = useAppStore((s) => s.updateCase);
  const addNote = useAppStore((s) => s.addNote);
  const [to, setTo] = useState('');
  const [note, setNote] = useState('');
  // the shop's agents: those the relay knows and those who have written to the shared log
  const colleagues = [...new Set([...logAgents, ...(relayAgents ?? []).map((a) => a.name)])].filter((a) => a && a !== agentName && a !== c.assignee).sort();

  async function handOver(e: FormEvent) {
    e.preventDefault();
    if (!to) return;
    if (note.trim()) await addNote(t('case.handOverNoteText', { name: to, note: note.trim() }));
    await updateCase({ assignee: to });
    setTo('');
    setNote('');
  }

  return (
    <span className="case-owner">
      {t('case.assignee')}: <strong data-testid="case-owner">{c.assignee ?? t('case.unassigned')}</strong>
      {agentName && c.assignee !== agentName && (
        <button type="button" className="link" data-shortcut="take" onClick={() => void updateCase({ assignee: agentName })}>
          {t('case.takeIt')}
        </button>
      )}
      {agentName && c.assignee === agentName && (
        <button type="button" className="link" onClick={() => void updateCase({ assignee: null })}>
          {t('case.release')}
        </button>
      )}
      {colleagues.length > 0 && (
        <form className="hand-over" onSubmit={(e) => void handOver(e)}>
          <select aria-label={t('case.handOver')} value={to} onChange={(e) => setTo(e.target.value)}>
            <option value="">{t('case.handOver')}…</option>
            {colleagues.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </select>
          {to && <input aria-label={t('case.handOverNote')} placeholder={t('case.handOverNote')} value={note} maxLength={2000} onChange={(e) => setNote(e.target.value)} />}
          {to && <button type="submit">{t('case.handOverSubmit')}</button>}
        </form>
      )}
    </span>
  );
}
