import type { CaseDetail, MethodInput } from '../../shared/contract/api';
import { AppError } from '../../shared/contract/errors';
import type { SliceCreator } from './appState';
import { guards } from './guard';

export interface CaseSlice {
  selectedId: string | null;
  detail: CaseDetail | null;
  /** Unsaved composer text per case, kept while the agent moves between cases. */
  drafts: Record<string, string>;
  setDraft(caseId: string, text: string): void;
  select(id: string | null): Promise<void>;
  reloadCase(): Promise<void>;
  updateCase(patch: Omit<MethodInput<'updateCase'>, 'id'>): Promise<void>;
  addNote(body: string): Promise<boolean>;
  createCase(input: MethodInput<'createCase'>): Promise<boolean>;
  /** This case's messages move into the case with that number. */
  mergeInto(number: number): Promise<boolean>;
  splitMessage(messageId: number): Promise<boolean>;
  /** The agent vouches for an address or number the customer typed in the widget. */
  confirmIdentity(kind: 'email' | 'phone', value: string): Promise<boolean>;
}

export const createCaseSlice: SliceCreator<CaseSlice> = (set, get, { api }) => {
  const { guarded } = guards(get);
  let seq = 0;
  async function load(id: string) {
    const mine = ++seq;
    try {
      const detail = await api.getCase({ id });
      if (mine === seq && get().selectedId === id) {
        set({ detail });
        if (detail.case.channel === 'email' && get().settings?.markSeenOnOpen) void api.markCaseRead({ caseId: id }).catch(() => {});
      }
    } catch (e) {
      if (mine !== seq) return;
      set({ detail: null, selectedId: null });
      get().showError(e);
    }
  }
  return {
    selectedId: null,
    detail: null,
    drafts: {},
    setDraft: (caseId, text) => set((s) => ({ drafts: { ...s.drafts, [caseId]: text } })),
    select: async (id) => {
      set({ selectedId: id, detail: id && get().detail?.case.id === id ? get().detail : null });
      get().reportActivity(id, id ? 'viewing' : null);
      if (id) {
        void get().loadSuggestions(id);
        await load(id);
      }
    },
    reloadCase: async () => {
      const id = get().selectedId;
      if (id) await load(id);
    },
    updateCase: async (patch) => {
      const id = get().selectedId;
      if (!id) return;
      await guarded(async () => {
        await api.updateCase({ id, ...patch });
        await load(id);
      });
    },
    addNote: (body) =>
      guarded(async () => {
        const id = get().selectedId;
        if (!id) return;
        await api.addNote({ caseId: id, body });
        set((s) => ({ drafts: { ...s.drafts, [id]: '' } }));
        await load(id);
      }),
    mergeInto: (number) =>
      guarded(async () => {
        const from = get().selectedId;
        if (!from) return;
        const { hits } = await api.search({ query: `#${number}`, limit: 1 });
        const into = hits.find((h) => h.case.number === number);
        if (!into) throw new AppError('NOT_FOUND', `there is no case #${number}`);
        await api.mergeCases({ intoId: into.case.id, fromId: from });
        await get().select(into.case.id);
      }),
    splitMessage: (messageId) =>
      guarded(async () => {
        const c = await api.splitMessage({ messageId });
        await get().select(c.id);
      }),
    confirmIdentity: (kind, value) =>
      guarded(async () => {
        const id = get().selectedId;
        if (!id) return;
        const detail = await api.confirmIdentity({ caseId: id, kind, value });
        if (get().selectedId === id) set({ detail });
      }),
    createCase: (input) =>
      guarded(async () => {
        const c = await api.createCase(input);
        set({ dialog: 'none' });
        await get().select(c.id);
      }),
  };
};
