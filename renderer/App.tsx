import { useEffect } from 'react';
import { ErrorBanner } from './components/ErrorBanner';
import { useT } from './components/useT';
import { AgendaDialog } from './features/callbacks/AgendaDialog';
import { AgendaStrip } from './features/callbacks/AgendaStrip';
import { CallbackBriefing } from './features/callbacks/CallbackBriefing';
import { ReminderAlerts } from './features/callbacks/ReminderAlerts';
import { CaseView } from './features/case/CaseView';
import { ChannelPlanDialog } from './features/channelPlan/ChannelPlanDialog';
import { AnswerFirst } from './features/suggest/AnswerFirst';
import { SuggestionsPanel } from './features/suggest/SuggestionsPanel';
import { TemplatesDialog } from './features/templates/TemplatesDialog';
import { ChatAlerts } from './features/chat/ChatAlerts';
import { ChatComposer } from './features/chat/ChatComposer';
import { ChatIndicator } from './features/chat/ChatIndicator';
import { Composer } from './features/composer/Composer';
import { UndoToast } from './features/composer/UndoToast';
import { NewCaseDialog } from './features/newCase/NewCaseDialog';
import { QueueList } from './features/queue/QueueList';
import { SearchBox } from './features/search/SearchBox';
import { SearchResults } from './features/search/SearchResults';
import { SettingsDialog } from './features/settings/SettingsDialog';
import { MailIndicator } from './features/status/MailIndicator';
import { StatusIndicator } from './features/status/StatusIndicator';
import { useAppStore } from './store/useAppStore';
import { ShortcutsDialog } from './features/shortcuts/ShortcutsDialog';
import { useShortcuts } from './features/shortcuts/useShortcuts';

/** The agent window: features are composed here and never import each other. */
export function App() {
  const t = useT();
  const language = useAppStore((s) => s.language);
  const dialog = useAppStore((s) => s.dialog);
  const openDialog = useAppStore((s) => s.openDialog);
  const searching = useAppStore((s) => s.query.trim().length > 0);
  const selectedId = useAppStore((s) => s.selectedId);
  const link = useAppStore((s) => s.link);
  const detail = useAppStore((s) => s.detail);
  const chatCase = detail && detail.case.id === selectedId && detail.chat?.kind === 'chat' ? detail : null;
  useShortcuts();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  return (
    <div className="app">
      <header className="topbar">
        {/* the page's one h1; the queue, the open case and dialogs are h2, their parts h3 */}
        <h1 className="logo">Växel</h1>
        <SearchBox />
        <button type="button" className="primary" onClick={() => openDialog('newCase')}>
          + {t('newCase.button')}
        </button>
        <button type="button" onClick={() => openDialog('agenda')}>
          {t('callbacks.agenda')}
        </button>
        <button type="button" onClick={() => openDialog('templates')}>
          {t('templates.button')}
        </button>
        <button type="button" onClick={() => openDialog('channelPlan')}>
          {t('plan.button')}
        </button>
        <MailIndicator />
        <ChatIndicator />
        <StatusIndicator />
        <button type="button" onClick={() => openDialog('settings')}>
          {t('settings.button')}
        </button>
        <button type="button" className="link" aria-label={t('shortcuts.title')} title={t('shortcuts.title')} onClick={() => openDialog('shortcuts')}>
          ?
        </button>
      </header>
      {link === 'refused' && <div className="error-banner" role="alert">{t('app.refused')}</div>}
      <ErrorBanner />
      <main className="workspace">
        <nav className="sidebar">
          <AnswerFirst />
          <AgendaStrip />
          {searching ? <SearchResults /> : <QueueList />}
        </nav>
        <section className="case-pane">
          <CaseView
            briefing={
              detail && detail.case.id === selectedId ? (
                <>
                  <SuggestionsPanel detail={detail} />
                  <CallbackBriefing detail={detail} />
                </>
              ) : null
            }
            composer={chatCase ? <ChatComposer key={chatCase.case.id} detail={chatCase} /> : selectedId ? <Composer key={selectedId} caseId={selectedId} /> : null} />
        </section>
      </main>
      <UndoToast />
      <ChatAlerts />
      <ReminderAlerts />
      {dialog === 'agenda' && <AgendaDialog />}
      {dialog === 'templates' && <TemplatesDialog />}
      {dialog === 'channelPlan' && <ChannelPlanDialog />}
      {dialog === 'newCase' && <NewCaseDialog />}
      {dialog === 'settings' && <SettingsDialog />}
      {dialog === 'shortcuts' && <ShortcutsDialog />}
    </div>
  );
}
