import type { Settings } from '../state/settingsStore';
import type { EditorState } from '../state/editorStore';
import type { ViewState } from '../state/uiStore';

/**
 * Where each piece of an open map's state lives (in the manner of Excalidraw's
 * APP_STATE_STORAGE_CONF): the compiler makes sure no key is forgotten.
 * - library: the journey, in IndexedDB (`journeys`), written by the document's autosave;
 * - viewState: per journey in IndexedDB (`viewStates`), never in the file;
 * - settings: the app's settings in IndexedDB (`settings`);
 * - journal: localStorage, one key per journey and window, only while a change is not yet in the library;
 * - desktopFile: the file a journey was opened from or saved to (desktop build only);
 * - nowhere: session state, gone with the window.
 */
export type StateHome = 'library' | 'viewState' | 'settings' | 'journal' | 'desktopFile' | 'nowhere';

type UiKeys = 'panel' | 'workshop' | 'editingId';
type EditorKeys = keyof Pick<EditorState, 'journey' | 'history' | 'selection' | 'error'>;

export const STATE_STORAGE = {
  document: {
    journey: 'library',
    unsavedChange: 'journal',
    filePath: 'desktopFile',
  },
  editor: {
    journey: 'library',
    history: 'nowhere',
    selection: 'nowhere',
    error: 'nowhere',
  } satisfies Record<EditorKeys, StateHome>,
  ui: {
    mode: 'viewState',
    filters: 'viewState',
    scenarioId: 'viewState',
    panel: 'nowhere',
    workshop: 'nowhere',
    editingId: 'nowhere',
  } satisfies Record<keyof ViewState | UiKeys, StateHome>,
  settings: {
    language: 'settings',
    theme: 'settings',
    author: 'settings',
    sidePanel: 'settings',
    overview: 'settings',
    columnMappings: 'settings',
  } satisfies Record<keyof Settings, StateHome>,
} as const;

/** The view-state keys, read from the table: what a journey's view remembers. */
export const VIEW_KEYS = (Object.keys(STATE_STORAGE.ui) as (keyof typeof STATE_STORAGE.ui)[]).filter(
  (key): key is keyof ViewState => STATE_STORAGE.ui[key] === 'viewState',
);
