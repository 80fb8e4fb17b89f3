import { createStore, type StoreApi } from 'zustand/vanilla';
import type { CaseSummary } from '../../shared/contract/api';
import { createAccountsSlice } from './accountsSlice';
import type { AppState, SliceDeps } from './appState';
import { createCallbacksSlice } from './callbacksSlice';
import { createCaseSlice } from './caseSlice';
import { createChatSlice } from './chatSlice';
import { createConnectionSlice } from './connectionSlice';
import { createMailSlice } from './mailSlice';
import { createQueueSlice } from './queueSlice';
import { createSearchSlice } from './searchSlice';
import { createSettingsSlice } from './settingsSlice';
import { createSuggestSlice } from './suggestSlice';
import { createUiSlice } from './uiSlice';
import { createTeamSlice } from './teamSlice';

export type AppStore = StoreApi<AppState>;

/** Combine the slices once, and route service events to the slices that show what changed. */
export function createAppStore(deps: SliceDeps, coalesceMs = 80): AppStore {
  const store = createStore<AppState>()((set, get) => ({
    ...createUiSlice(set, get, deps),
    ...createAccountsSlice(set, get, deps),
    ...createConnectionSlice(set, get, deps),
    ...createMailSlice(set, get, deps),
    ...createChatSlice(set, get, deps),
    ...createCallbacksSlice(set, get, deps),
    ...createSuggestSlice(set, get, deps),
    ...createSettingsSlice(set, get, deps),
    ...createQueueSlice(set, get, deps),
    ...createCaseSlice(set, get, deps),
    ...createSearchSlice(set, get, deps),
    ...createTeamSlice(set, get, deps),
  }));

  // Bursts of changes (a sync, a bulk import) become one update. Each change carries the changed
  // cases' summaries: the queue patches its rows with them; the open case is fetched once. The
  // status and "Svara först" are pushed by the services (statusChanged, firstToAnswerChanged).
  let changed = new Map<string, CaseSummary | undefined>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  deps.api.on('casesChanged', ({ ids, cases }) => {
    const records = new Map((cases ?? []).map((c) => [c.id, c]));
    ids.forEach((id) => changed.set(id, records.get(id)));
    timer ??= setTimeout(() => {
      const changes = changed;
      changed = new Map();
      timer = null;
      const s = store.getState();
      void s.applyCaseChanges(changes);
      const range = s.agendaRange;
      if (range) void s.loadAgenda(range.from, range.to);
      if (s.selectedId && changes.has(s.selectedId)) {
        void s.reloadCase();
        void s.loadSuggestions(s.selectedId);
      }
      if (s.query.trim()) void s.setQuery(s.query);
    }, coalesceMs);
  });
  deps.api.on('firstToAnswerChanged', (first) => store.getState().setFirstToAnswer(first));
  deps.api.on('mailStatusChanged', (statuses) => store.getState().setMailStatus(statuses));
  deps.api.on('chatStatusChanged', (status) => store.getState().setChatStatus(status));
  deps.api.on('chatTyping', (p) => store.getState().setTyping(p));
  deps.api.on('teamActivity', (a) => store.getState().setActivity(a));
  deps.api.on('teamConflict', (c) => store.getState().showConflict(c));
  deps.api.on('chatArrived', (p) => store.getState().arrived(p));
  deps.api.on('callbackReminder', (r) => {
    const s = store.getState();
    s.remind(r);
    // at the time of the call the case opens by itself, briefing and all
    if (r.kind === 'due' && r.caseId && s.selectedId !== r.caseId) void s.select(r.caseId);
  });
  return store;
}

/** First load: who we are, settings, the queue. */
export async function startAppStore(store: AppStore): Promise<void> {
  const s = store.getState();
  await s.refreshStatus();
  await s.loadSettings();
  await s.loadMail();
  await s.loadChat();
  await s.loadTeam();
  // the agent may already have picked a filter while this was loading, and its rows may be on
  // screen: reload in place (the rows stay until the new ones come) instead of emptying the list
  await s.invalidateQueue();
}
