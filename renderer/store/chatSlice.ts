import type { ChatStatus, EventPayload, MethodInput } from '../../shared/contract/api';
import type { SliceCreator } from './appState';
import { guards } from './guard';

export type ChatArrival = EventPayload<'chatArrived'> & { at: number };

export interface ChatSlice {
  chatStatus: ChatStatus | null;
  /** Who is typing in which case, until when (local clock). */
  typing: Record<string, { name: string; until: number }>;
  /** The latest customer line that arrived, for the sound and the notification. */
  lastArrival: ChatArrival | null;
  loadChat(): Promise<void>;
  setChatStatus(s: ChatStatus): void;
  setTyping(p: EventPayload<'chatTyping'>): void;
  arrived(p: EventPayload<'chatArrived'>): void;
  sendChat(caseId: string, text: string, image?: MethodInput<'sendChat'>['image']): Promise<boolean>;
  /** Tell the customer the agent is typing (at most every few seconds). */
  chatTyping(caseId: string, on: boolean): void;
  claimChat(caseId: string): Promise<boolean>;
  transferChat(caseId: string, toAgentId: string): Promise<boolean>;
  endChat(caseId: string): Promise<boolean>;
  moveChatToEmail(input: MethodInput<'moveChatToEmail'>): Promise<boolean>;
  saveChatRelay(input: MethodInput<'saveChatRelay'>): Promise<boolean>;
  removeChatRelay(): Promise<boolean>;
  setChatPresence(state: 'online' | 'away', capacity?: number): Promise<boolean>;
}

const TYPING_SHOWN_MS = 6000;
const TYPING_SENT_EVERY_MS = 3000;

export const createChatSlice: SliceCreator<ChatSlice> = (set, get, { api }) => {
  const { guarded } = guards(get);
  const typingSent = new Map<string, number>();
  const after = async (caseId: string) => {
    if (get().selectedId === caseId) await get().reloadCase();
  };
  return {
    chatStatus: null,
    typing: {},
    lastArrival: null,
    loadChat: async () => void (await guarded(async () => set({ chatStatus: await api.getChatStatus() }))),
    setChatStatus: (chatStatus) => set({ chatStatus }),
    setTyping: ({ caseId, name, on }) =>
      set((s) => {
        const typing = { ...s.typing };
        if (on) typing[caseId] = { name, until: Date.now() + TYPING_SHOWN_MS };
        else delete typing[caseId];
        return { typing };
      }),
    arrived: (p) =>
      set((s) => {
        const typing = { ...s.typing };
        delete typing[p.caseId];
        return { lastArrival: { ...p, at: Date.now() }, typing };
      }),
    sendChat: (caseId, text, image) =>
      guarded(async () => {
        await api.sendChat({ caseId, text, ...(image ? { image } : {}) });
        typingSent.delete(caseId);
        set((s) => ({ drafts: { ...s.drafts, [caseId]: '' } }));
        await after(caseId);
      }),
    chatTyping: (caseId, on) => {
      const last = typingSent.get(caseId) ?? 0;
      if (on && Date.now() - last < TYPING_SENT_EVERY_MS) return;
      if (on) typingSent.set(caseId, Date.now());
      else typingSent.delete(caseId);
      void api.chatTyping({ caseId, on }).catch(() => {});
    },
    claimChat: (caseId) => guarded(async () => (await api.claimChat({ caseId }), await after(caseId))),
    transferChat: (caseId, toAgentId) => guarded(async () => (await api.transferChat({ caseId, toAgentId }), await after(caseId))),
    endChat: (caseId) => guarded(async () => (await api.endChat({ caseId }), await after(caseId))),
    moveChatToEmail: (input) => guarded(async () => (await api.moveChatToEmail(input), await after(input.caseId))),
    saveChatRelay: (input) => guarded(async () => set({ chatStatus: await api.saveChatRelay(input) })),
    removeChatRelay: () => guarded(async () => set({ chatStatus: await api.removeChatRelay({}) })),
    setChatPresence: (state, capacity) => guarded(async () => set({ chatStatus: await api.setChatPresence({ state, ...(capacity ? { capacity } : {}) }) })),
  };
};
