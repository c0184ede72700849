import { create } from 'zustand';
import type { MappingFile } from '../../src/formats';
import type { Language } from '../../src/model';
import { setUiLanguage, systemLanguage } from '../i18n';

export type Theme = 'light' | 'dark';

export interface Settings {
  language: Language;
  theme: Theme;
  /** The name stamped on the notes this person writes. */
  author: string;
  /** Whether the editor's side panel is open, and the map overview under it shown. */
  sidePanel: boolean;
  overview: boolean;
  /** The column mapping last chosen for each set of spreadsheet headers (`headerSetKey`). */
  columnMappings: Record<string, MappingFile>;
}

export interface SettingsState extends Settings {
  /** Where changes are persisted (the local library's settings table), set at start-up. */
  persist: (settings: Settings) => void;
  hydrate(saved: Partial<Settings>, persist: (settings: Settings) => void): void;
  update(patch: Partial<Settings>): void;
}

function apply(settings: Settings) {
  setUiLanguage(settings.language);
  document.documentElement.dataset.theme = settings.theme;
}

const prefersDark = () =>
  typeof matchMedia === 'function' && matchMedia('(prefers-color-scheme: dark)').matches;

export const useSettings = create<SettingsState>()((set, get) => ({
  language: systemLanguage(),
  theme: 'light',
  author: '',
  sidePanel: true,
  overview: true,
  columnMappings: {},
  persist: () => {},
  hydrate(saved, persist) {
    const settings: Settings = {
      language: saved.language ?? systemLanguage(),
      theme: saved.theme ?? (prefersDark() ? 'dark' : 'light'),
      author: saved.author ?? '',
      sidePanel: saved.sidePanel ?? true,
      overview: saved.overview ?? true,
      columnMappings: saved.columnMappings ?? {},
    };
    set({ ...settings, persist });
    apply(settings);
  },
  update(patch) {
    const { language, theme, author, sidePanel, overview, columnMappings, persist } = { ...get(), ...patch };
    const settings = { language, theme, author, sidePanel, overview, columnMappings };
    set(settings);
    apply(settings);
    persist(settings);
  },
}));
