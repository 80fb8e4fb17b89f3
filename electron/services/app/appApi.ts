import type { AppApiHandlers, AppInfo } from '../../../shared/contract/api';
import type { StatusAggregator } from './statusAggregator';
import { addNote, createCase, getCaseDetail, updateCase, type CaseDeps, changeNote } from '../cases/caseCommands';
import type { SecretBox } from '../secrets/secretBox';
import type { CallbackHandlers } from './callbackApi';
import type { ChatHandlers } from './chatApi';
import type { MailHandlers } from './mailApi';
import type { SuggestHandlers } from './suggestApi';
import type { TeamPresence } from '../team/teamPresence';
import type { ChatService } from '../chat/chatService';
import { toSummary } from '../store/casesRepo';
import { confirmIdentity } from '../cases/confirmIdentity';

export interface AppApiDeps extends CaseDeps {
  secrets: SecretBox;
  info: AppInfo;
  presence: Pick<TeamPresence, 'set' | 'view'>;
  chat: Pick<ChatService, 'status'>;
  /** Whether the channel services can reach their servers; true while none reports otherwise. */
  isOnline(): boolean;
  /** The app's one status (online, outbox), as the aggregator keeps it. */
  status: Pick<StatusAggregator, 'current' | 'refresh'>;
}

/** The services' side of the contract. Inputs arrive validated by shared/contract/wire.ts. */
export function createAppApi(d: AppApiDeps, mail: MailHandlers, chat: ChatHandlers, callbacks: CallbackHandlers, suggestions: SuggestHandlers): AppApiHandlers {
  return {
    getInfo: async () => d.info,
    setCaseActivity: async ({ caseId, activity }) => {
      d.presence.set(caseId, activity);
      return { ok: true };
    },
    getTeam: async () => {
      const names = new Set([...d.chat.status().agents.map((a) => a.name), ...d.repos.team.agentNames()]);
      const me = d.repos.settings.get().agentName;
      if (me) names.add(me);
      return { agents: [...names].filter(Boolean).sort((a, b) => a.localeCompare(b, 'sv')), activity: d.presence.view() };
    },
    getStatus: async () => d.status.current(),

    listCases: async ({ filter, owner, offset, limit }) => {
      const page = d.repos.cases.list(filter, offset, limit, owner, d.repos.settings.get().agentName);
      return { total: page.total, items: page.items.map(toSummary) };
    },
    getCase: async ({ id }) => getCaseDetail(d, id),
    createCase: async (input) => createCase(d, input),
    updateCase: async (input) => updateCase(d, input),
    addNote: async (input) => addNote(d, input),
    confirmIdentity: async (input) => confirmIdentity(d, input),
    editNote: async ({ messageId, body }) => ({ ok: changeNote(d, messageId, body) }),
    deleteNote: async ({ messageId }) => ({ ok: changeNote(d, messageId, null) }),
    search: async ({ query, limit }) => {
      const found = d.repos.search.search(query, limit);
      const rows = d.repos.cases.getMany(found.map((r) => r.caseId));
      return { hits: found.flatMap((r) => (rows.has(r.caseId) ? [{ case: toSummary(rows.get(r.caseId)!), snippet: r.snippet }] : [])) };
    },

    getSettings: async () => d.repos.settings.get(),
    updateSettings: async (patch) => {
      const settings = d.repos.settings.update(patch);
      d.events.emit('settingsChanged', settings);
      return settings;
    },

    listAccounts: async () => d.repos.accounts.list(),
    // a copy: the repository's list is shared and frozen
    listTemplates: async () => d.repos.templates.list().map((t) => ({ ...t, keywords: [...t.keywords] })),
    ...mail,
    ...chat,
    ...callbacks,
    ...suggestions,
  };
}
