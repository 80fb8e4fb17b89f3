import type { MailStatus, MethodInput, MethodOutput } from '../../shared/contract/api';
import type { SliceCreator } from './appState';
import { guards } from './guard';

export type Template = MethodOutput<'listTemplates'>[number];

export interface UndoOffer {
  outboxId: string;
  caseId: string;
  /** Until when undo is offered (local clock). */
  until: number;
}

export interface MailSlice {
  mailStatus: MailStatus[];
  templates: Template[];
  undo: UndoOffer | null;
  loadMail(): Promise<void>;
  setMailStatus(s: MailStatus[]): void;
  /** Queue an e-mail in the open case; undo is offered for ten seconds. */
  sendEmail(input: MethodInput<'sendEmail'>): Promise<boolean>;
  /** Take back the e-mail just sent, or (after a reload or a restart) one still waiting in its undo window. */
  undoSend(target?: Pick<UndoOffer, 'outboxId' | 'caseId'>): Promise<void>;
  dismissUndo(): void;
  retrySend(outboxId: string): Promise<void>;
  /** A held e-mail: send anyway, back to the composer to edit, or discard. */
  resolveHeldEmail(outboxId: string, action: 'send' | 'edit' | 'discard', caseId: string): Promise<void>;
  syncMail(): Promise<void>;
  stageAttachment(input: MethodInput<'stageAttachment'>): Promise<MethodOutput<'stageAttachment'> | null>;
  messageHtml(id: number): Promise<MethodOutput<'getMessageHtml'> | null>;
  allowRemoteImages(sender: string): Promise<void>;
  attachment(id: number): Promise<MethodOutput<'getAttachment'> | null>;
  testAccount(input: MethodInput<'testAccount'>): Promise<MethodOutput<'testAccount'> | null>;
  mailFailures(accountId: string): Promise<MethodOutput<'listMailFailures'> | null>;
}

export const UNDO_WINDOW_MS = 10_000;

export const createMailSlice: SliceCreator<MailSlice> = (set, get, { api }) => {
  const { guarded, returning } = guards(get);
  let undoTimer: ReturnType<typeof setTimeout> | null = null;
  return {
    mailStatus: [],
    templates: [],
    undo: null,
    loadMail: async () =>
      void (await guarded(async () => {
        const [mailStatus, templates] = await Promise.all([api.getMailStatus(), api.listTemplates()]);
        set({ mailStatus, templates });
      })),
    setMailStatus: (mailStatus) => set({ mailStatus }),
    sendEmail: (input) =>
      guarded(async () => {
        const m = await api.sendEmail(input);
        set((s) => ({ drafts: { ...s.drafts, [input.caseId]: '' }, undo: m.delivery ? { outboxId: m.delivery.outboxId, caseId: input.caseId, until: Date.now() + UNDO_WINDOW_MS } : null }));
        if (undoTimer) clearTimeout(undoTimer);
        undoTimer = setTimeout(() => set({ undo: null }), UNDO_WINDOW_MS);
        await get().reloadCase();
      }),
    undoSend: async (target) => {
      const offer = target ?? get().undo;
      if (!offer) return;
      if (get().undo?.outboxId === offer.outboxId) set({ undo: null });
      await guarded(async () => {
        const r = await api.undoSend({ outboxId: offer.outboxId });
        // the text goes back to the composer, so nothing the agent wrote is lost
        if (r.undone) set((s) => ({ drafts: { ...s.drafts, [offer.caseId]: r.body } }));
        await get().reloadCase();
      });
    },
    dismissUndo: () => set({ undo: null }),
    retrySend: async (outboxId) => void (await guarded(async () => void (await api.retrySend({ outboxId })))),
    resolveHeldEmail: async (outboxId, action, caseId) =>
      void (await guarded(async () => {
        const r = await api.resolveHeldEmail({ outboxId, action });
        if (r.done && action === 'edit') set((s) => ({ drafts: { ...s.drafts, [caseId]: r.body } }));
        await get().reloadCase();
      })),
    syncMail: async () => void (await guarded(async () => void (await api.syncMail({})))),
    stageAttachment: (input) => returning(() => api.stageAttachment(input)),
    messageHtml: (id) => returning(() => api.getMessageHtml({ id })),
    allowRemoteImages: async (sender) => void (await guarded(async () => void (await api.allowRemoteImages({ sender })))),
    attachment: (id) => returning(() => api.getAttachment({ id })),
    testAccount: (input) => returning(() => api.testAccount(input)),
    mailFailures: (accountId) => returning(() => api.listMailFailures({ accountId })),
  };
};
