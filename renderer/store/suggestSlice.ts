import type { ChannelPlan, MethodInput, MethodOutput, SuggestionsView, Template } from '../../shared/contract/api';
import type { SliceCreator } from './appState';
import { guards } from './guard';

export type FirstToAnswer = MethodOutput<'suggestFirst'>;

export interface SuggestSlice {
  suggestions: { caseId: string; value: SuggestionsView } | null;
  /** Suggestions the agent dismissed in this case ("channel:callback", "template:…"). */
  dismissed: Record<string, string[]>;
  firstToAnswer: FirstToAnswer;
  /** Set when a suggestion is taken that opens another feature's dialog (the booking, move to e-mail). */
  request: { kind: 'bookCallback' | 'moveToEmail'; caseId: string; note?: string; at?: number | null } | null;
  channelPlan: ChannelPlan | null;
  /** The agent asked for templates in both languages (kept while the window is open). */
  bothLanguages: boolean;
  setBothLanguages(on: boolean, caseId: string): Promise<void>;
  loadSuggestions(caseId: string): Promise<void>;
  /** Asked for once when the window opens; after that the services push it (firstToAnswerChanged). */
  loadFirstToAnswer(): Promise<void>;
  setFirstToAnswer(first: FirstToAnswer): void;
  feedback(caseId: string, kind: 'channel' | 'template' | 'priority', value: string, accepted: boolean): Promise<void>;
  requestAction(r: SuggestSlice['request']): void;
  loadChannelPlan(from: number, to: number): Promise<void>;
  channelPlanCsv(from: number, to: number): Promise<string | null>;
  saveTemplate(t: MethodInput<'saveTemplate'>): Promise<Template | null>;
  deleteTemplate(id: string): Promise<boolean>;
}

export const createSuggestSlice: SliceCreator<SuggestSlice> = (set, get, { api }) => {
  const { guarded, returning } = guards(get);
  let seq = 0;
  return {
    suggestions: null,
    dismissed: {},
    firstToAnswer: [],
    request: null,
    channelPlan: null,
    bothLanguages: false,
    setBothLanguages: async (on, caseId) => {
      set({ bothLanguages: on });
      await get().loadSuggestions(caseId);
    },
    loadSuggestions: async (caseId) => {
      const mine = ++seq;
      try {
        const value = await api.getSuggestions({ caseId, bothLanguages: get().bothLanguages });
        if (mine === seq) set({ suggestions: { caseId, value } });
      } catch {
        /* suggestions are a help: a failure leaves the case usable */
      }
    },
    setFirstToAnswer: (firstToAnswer) => set({ firstToAnswer }),
    loadFirstToAnswer: async () => {
      try {
        set({ firstToAnswer: await api.suggestFirst({ limit: 3 }) });
      } catch {
        /* as above */
      }
    },
    feedback: async (caseId, kind, value, accepted) => {
      if (!accepted) set((s) => ({ dismissed: { ...s.dismissed, [caseId]: [...(s.dismissed[caseId] ?? []), `${kind}:${value}`] } }));
      await guarded(() => api.suggestionFeedback({ caseId, kind, value, accepted }));
    },
    requestAction: (request) => set({ request }),
    loadChannelPlan: async (from, to) => void (await guarded(async () => set({ channelPlan: await api.channelPlan({ from, to }) }))),
    channelPlanCsv: async (from, to) => (await returning(() => api.channelPlanCsv({ from, to })))?.csv ?? null,
    saveTemplate: (t) =>
      returning(async () => {
        const saved = await api.saveTemplate(t);
        set({ templates: await api.listTemplates() });
        return saved;
      }),
    deleteTemplate: (id) => guarded(async () => (await api.deleteTemplate({ id }), set({ templates: await api.listTemplates() }))),
  };
};
