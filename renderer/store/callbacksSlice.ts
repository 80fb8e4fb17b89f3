import type { Callback, EventPayload, MethodInput, MethodOutput } from '../../shared/contract/api';
import type { SliceCreator } from './appState';
import { guards } from './guard';

export type Reminder = EventPayload<'callbackReminder'> & { shownAt: number };
export type OutcomeResult = MethodOutput<'logCallbackOutcome'>;
export type SmsGateway = MethodOutput<'getSmsGateway'>;

export interface CallbacksSlice {
  agenda: Callback[];
  agendaRange: { from: number; to: number } | null;
  /** Reminders not yet dismissed, newest last. */
  reminders: Reminder[];
  /** What the last outcome suggested (retry slot, "we tried" text), per callback. */
  outcomeResult: OutcomeResult | null;
  smsGateway: SmsGateway;
  loadAgenda(from: number, to: number): Promise<void>;
  slots(date: string): Promise<MethodOutput<'callbackSlots'> | null>;
  bookCallback(input: MethodInput<'bookCallback'>): Promise<Callback | null>;
  changeCallback(input: MethodInput<'changeCallback'>): Promise<boolean>;
  logOutcome(input: MethodInput<'logCallbackOutcome'>): Promise<boolean>;
  sendCallbackNotice(input: MethodInput<'sendCallbackNotice'>): Promise<boolean>;
  remind(r: EventPayload<'callbackReminder'>): void;
  dismissReminder(callbackId: string): void;
  clearOutcome(): void;
  loadSmsGateway(): Promise<void>;
  saveSmsGateway(input: MethodInput<'saveSmsGateway'>): Promise<boolean>;
  removeSmsGateway(): Promise<boolean>;
  sendSms(input: MethodInput<'sendSms'>): Promise<boolean>;
}

export const createCallbacksSlice: SliceCreator<CallbacksSlice> = (set, get, { api }) => {
  const { guarded, returning } = guards(get);
  const refresh = async () => {
    const r = get().agendaRange;
    if (r) set({ agenda: await api.listCallbacks(r) });
    if (get().selectedId) await get().reloadCase();
  };
  return {
    agenda: [],
    agendaRange: null,
    reminders: [],
    outcomeResult: null,
    smsGateway: null,
    loadAgenda: async (from, to) =>
      void (await guarded(async () => {
        set({ agendaRange: { from, to } });
        set({ agenda: await api.listCallbacks({ from, to }) });
      })),
    slots: (date) => returning(() => api.callbackSlots({ date })),
    bookCallback: (input) =>
      returning(async () => {
        const c = await api.bookCallback(input);
        await refresh();
        return c;
      }),
    changeCallback: (input) => guarded(async () => (await api.changeCallback(input), await refresh())),
    logOutcome: (input) =>
      guarded(async () => {
        const r = await api.logCallbackOutcome(input);
        set({ outcomeResult: r });
        await refresh();
      }),
    sendCallbackNotice: (input) => guarded(async () => (await api.sendCallbackNotice(input), await refresh())),
    remind: (r) => set((s) => ({ reminders: [...s.reminders.filter((x) => !(x.callbackId === r.callbackId)), { ...r, shownAt: Date.now() }] })),
    dismissReminder: (id) => set((s) => ({ reminders: s.reminders.filter((x) => x.callbackId !== id) })),
    clearOutcome: () => set({ outcomeResult: null }),
    loadSmsGateway: async () => void (await guarded(async () => set({ smsGateway: await api.getSmsGateway({}) }))),
    saveSmsGateway: (input) => guarded(async () => set({ smsGateway: await api.saveSmsGateway(input) })),
    removeSmsGateway: () => guarded(async () => (await api.removeSmsGateway({}), set({ smsGateway: null }))),
    sendSms: (input) => guarded(async () => (await api.sendSms(input), await refresh())),
  };
};
