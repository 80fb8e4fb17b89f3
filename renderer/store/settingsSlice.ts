import type { SettingsPayload } from '../../shared/contract/api';
import { DEFAULT_SETTINGS, resolveLanguage, type Language, type Settings } from '../../shared/domain/settings';
import type { SliceCreator } from './appState';
import { guards } from './guard';

export interface SettingsSlice {
  settings: Settings;
  settingsLoaded: boolean;
  /** The language the window speaks: the agent's choice, or the OS locale's. */
  language: Language;
  loadSettings(): Promise<void>;
  saveSettings(patch: Partial<Settings>): Promise<boolean>;
}

export const createSettingsSlice: SliceCreator<SettingsSlice> = (set, get, { api, locale }) => {
  const apply = (settings: SettingsPayload) =>
    set({ settings, settingsLoaded: true, language: resolveLanguage(settings.language, get().info?.osLocale ?? locale) });
  api.on('settingsChanged', apply);
  return {
    settings: DEFAULT_SETTINGS,
    settingsLoaded: false,
    language: resolveLanguage('auto', locale),
    loadSettings: async () => apply(await api.getSettings()),
    saveSettings: (patch) => guards(get).guarded(async () => apply(await api.updateSettings(patch))),
  };
};
