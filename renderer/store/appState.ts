import type { AppApi } from '../../shared/contract/api';
import type { Link } from '../api/linkState';
import type { AccountsSlice } from './accountsSlice';
import type { CallbacksSlice } from './callbacksSlice';
import type { CaseSlice } from './caseSlice';
import type { ChatSlice } from './chatSlice';
import type { ConnectionSlice } from './connectionSlice';
import type { MailSlice } from './mailSlice';
import type { QueueSlice } from './queueSlice';
import type { SearchSlice } from './searchSlice';
import type { SettingsSlice } from './settingsSlice';
import type { SuggestSlice } from './suggestSlice';
import type { TeamSlice } from './teamSlice';
import type { UiSlice } from './uiSlice';

export type AppState = AccountsSlice & ConnectionSlice & MailSlice & ChatSlice & CallbacksSlice & SuggestSlice & SettingsSlice & QueueSlice & CaseSlice & SearchSlice & UiSlice & TeamSlice;

/** What every slice gets: the API and the link, never a socket or the database. */
export interface SliceDeps {
  api: AppApi;
  link: Link;
  /** The window's own locale (navigator.language), used until the services tell the OS locale. */
  locale: string;
}

export type SetState = (partial: Partial<AppState> | ((s: AppState) => Partial<AppState>)) => void;
export type GetState = () => AppState;
export type SliceCreator<T> = (set: SetState, get: GetState, deps: SliceDeps) => T;
