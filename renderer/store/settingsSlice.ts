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
  // "Same as the computer": in a browser the browser's language, which the agent set there; in the
  // desktop app the system's, as the services report it
  const computerLocale = () => {
    const info = get().info;
    return info && info.mode !== 'browser' ? info.osLocale : locale;
  };
  const apply = (settings: SettingsPayload) => set({ settings, settingsLoaded: true, language: resolveLanguage(settings.language, computerLocale()) });
  api.on('settingsChanged', apply);
  return {
    settings: DEFAULT_SETTINGS,
    settingsLoaded: false,
    language: resolveLanguage('auto', locale),
    loadSettings: async () => apply(await api.getSettings()),
    saveSettings: (patch) => guards(get).guarded(async () => apply(await api.updateSettings(patch))),
  };
};
