import { AppError, type ErrorPayload } from '../../shared/contract/errors';
import type { SliceCreator } from './appState';

export type Dialog = 'none' | 'newCase' | 'settings' | 'agenda' | 'templates' | 'channelPlan' | 'shortcuts';

export interface UiSlice {
  dialog: Dialog;
  /** The last failure shown to the agent, as code + detail; translated by the view. */
  error: ErrorPayload | null;
  openDialog(d: Dialog): void;
  showError(e: unknown): void;
  dismissError(): void;
}

export const createUiSlice: SliceCreator<UiSlice> = (set) => ({
  dialog: 'none',
  error: null,
  openDialog: (dialog) => set({ dialog }),
  showError: (e) =>
    set({ error: e instanceof AppError ? e.toPayload() : { code: 'INTERNAL', message: e instanceof Error ? e.message : String(e) } }),
  dismissError: () => set({ error: null }),
});
