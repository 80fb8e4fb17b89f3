import type { CaseDetail, SuggestionsView } from '../../../shared/contract/api';
import { renderTemplate } from '../../../shared/domain/templates';
import { caseTemplateVars } from '../../components/caseTemplateVars';
import { useT } from '../../components/useT';
import { useAppStore } from '../../store/useAppStore';

/** One empty list, so a selector that finds nothing returns the same value every time. */
const NONE: never[] = [];

type ChannelSuggestion = SuggestionsView['channel'][number];

/**
 * Decision support for the open case: the channel that fits (when it is not the one in use), the
 * templates that fit, and the priority — each with why. The agent takes or dismisses each; both
 * are remembered. Nothing is done without the agent.
 */
export function SuggestionsPanel({ detail }: { detail: CaseDetail }) {
  const t = useT();
  const lang = useAppStore((s) => s.language);
  const sug = useAppStore((s) => (s.suggestions?.caseId === detail.case.id ? s.suggestions.value : null));
  const dismissed = useAppStore((s) => s.dismissed[detail.case.id] ?? NONE);
  const feedback = useAppStore((s) => s.feedback);
  const requestAction = useAppStore((s) => s.requestAction);
  const updateCase = useAppStore((s) => s.updateCase);
  const templates = useAppStore((s) => s.templates);
  const setDraft = useAppStore((s) => s.setDraft);
  const draft = useAppStore((s) => s.drafts[detail.case.id] ?? '');
  const agentName = useAppStore((s) => s.chatStatus?.me?.name || s.settings.agentName);
  const bothLanguages = useAppStore((s) => s.bothLanguages);
  const setBothLanguages = useAppStore((s) => s.setBothLanguages);
  if (!sug) return null;
  const caseId = detail.case.id;
  const current = detail.chat?.kind === 'chat' ? 'chat' : detail.case.channel;
  const top = sug.channel[0];
  const channelTip = top && top.value !== current && top.score > 0.6 && !dismissed.includes(`channel:${top.value}`) ? top : null;
  const tpl = sug.templates.filter((x) => !dismissed.includes(`template:${x.value}`)).slice(0, 2);
  const prio = sug.priority.value !== 'normal' && sug.priority.value !== detail.case.priority && !dismissed.includes(`priority:${sug.priority.value}`) ? sug.priority : null;
  if (!channelTip && tpl.length === 0 && !prio) return null;

  const why = (reasons: ChannelSuggestion['reasons']) => reasons.map((r) => (lang === 'en' ? r.en : r.sv)).join(' · ');
  function acceptChannel(c: ChannelSuggestion) {
    void feedback(caseId, 'channel', c.value, true);
    if (c.value === 'callback') requestAction({ kind: 'bookCallback', caseId, note: detail.case.subject });
    else if (c.value === 'email' && current === 'chat') requestAction({ kind: 'moveToEmail', caseId });
    else if (c.value === 'sms') {
      const sms = templates.find((x) => x.id === tpl[0]?.value);
      if (sms) setDraft(caseId, fill(sms.bodyShort));
      requestAction(null);
    }
  }
  const fill = (text: string) => renderTemplate(text, caseTemplateVars(detail, agentName));
  function insertTemplate(id: string) {
    const x = templates.find((y) => y.id === id);
    if (!x) return;
    void feedback(caseId, 'template', id, true);
    const text = fill(current === 'email' ? x.bodyFull : x.bodyShort);
    setDraft(caseId, draft.trim() ? `${draft.trimEnd()}\n\n${text}` : text);
  }

  return (
    <section className="suggestions" aria-label={t('suggest.title')} data-testid="suggestions">
      {channelTip && (
        <div className="suggestion" data-testid="suggestion-channel" data-value={channelTip.value}>
          <strong>{t(`suggest.channel.${channelTip.value}`)}</strong>
          <span className="why">{t('suggest.because')} {why(channelTip.reasons)}</span>
          <span className="suggestion-actions">
            <button type="button" className="primary" onClick={() => acceptChannel(channelTip)}>
              {t('suggest.accept')}
            </button>
            <button type="button" onClick={() => void feedback(caseId, 'channel', channelTip.value, false)}>
              {t('suggest.dismiss')}
            </button>
          </span>
        </div>
      )}
      {prio && (
        <div className="suggestion">
          <strong>{t('suggest.priority', { level: t(`priority.${prio.value}`) })}</strong>
          <span className="why">{t('suggest.because')} {why(prio.reasons)}</span>
          <span className="suggestion-actions">
            <button type="button" onClick={() => (void feedback(caseId, 'priority', prio.value, true), void updateCase({ priority: prio.value }))}>
              {t('suggest.accept')}
            </button>
            <button type="button" onClick={() => void feedback(caseId, 'priority', prio.value, false)}>
              {t('suggest.dismiss')}
            </button>
          </span>
        </div>
      )}
      {tpl.map((x) => (
        <div key={x.value} className="suggestion suggestion-template">
          <span>
            {t('suggest.template')} <strong>{x.name}</strong>
          </span>
          <span className="why">{why(x.reasons)}</span>
          <span className="suggestion-actions">
            <button type="button" onClick={() => insertTemplate(x.value)}>
              {t('suggest.insert')}
            </button>
            <button type="button" onClick={() => void feedback(caseId, 'template', x.value, false)}>
              {t('suggest.dismiss')}
            </button>
          </span>
        </div>
      ))}
      <label className="suggestion-languages">
        <input type="checkbox" checked={bothLanguages} onChange={(e) => void setBothLanguages(e.target.checked, caseId)} /> {t('suggest.bothLanguages')}
      </label>
    </section>
  );
}
