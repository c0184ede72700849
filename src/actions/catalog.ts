/**
 * Every user action as data: its id, its keys on each platform and where it applies. The renderer
 * runs them (renderer/actions/registry.ts), the desktop menu names them and carries their keys
 * (electron/main/menu.ts); neither types a key or a label of its own.
 */

/** A key combination. `mod` is Cmd on macOS and Ctrl elsewhere. */
export interface Shortcut {
  key: string;
  mod?: boolean;
  shift?: boolean;
  alt?: boolean;
}

export type ActionPlatform = 'mac' | 'other';

/**
 * Where an action applies: anywhere in the app (`global`), with a map open, workshop mode included
 * (`map`), on the map being edited (`canvas`: not in workshop mode), or in workshop mode (`workshop`).
 * `canvas` and `workshop` never apply together: they may share keys.
 */
export type ActionScope = 'global' | 'map' | 'canvas' | 'workshop';

/** A text field's own command for the same action, run by the desktop menu when a field has the focus. */
export type NativeEdit = 'undo' | 'redo' | 'cut' | 'copy' | 'paste' | 'delete' | 'selectAll';

export interface ActionSpec {
  scope: ActionScope;
  /** Its keys on Windows and Linux, and on macOS unless `macShortcuts` says otherwise. The first is the one shown. */
  shortcuts: readonly Shortcut[];
  macShortcuts?: readonly Shortcut[];
  /** Its keys work in text fields too: the browser would otherwise take them (Ctrl+P prints, Ctrl+S saves the page). */
  anywhere?: boolean;
  native?: NativeEdit;
  /**
   * The browser's own clipboard event that runs this action from the keyboard (its keys are left to the
   * browser, so that the system clipboard is read and written: see useSheetClipboard).
   */
  clipboardEvent?: 'copy' | 'cut' | 'paste';
}

const mod = (key: string, more: Omit<Shortcut, 'key' | 'mod'> = {}): Shortcut => ({
  key,
  mod: true,
  ...more,
});
const keys = (...names: string[]): Shortcut[] => names.map((key) => ({ key }));

const CATALOG = {
  // Anywhere in the app
  newJourney: { scope: 'global', shortcuts: [mod('n')] },
  openFile: { scope: 'global', shortcuts: [mod('o')], anywhere: true },
  commandPalette: { scope: 'global', shortcuts: [mod('p', { shift: true })], anywhere: true },
  settings: { scope: 'global', shortcuts: [mod(',')], anywhere: true },
  toggleTheme: { scope: 'global', shortcuts: [] },
  shortcuts: { scope: 'global', shortcuts: [mod('/')], anywhere: true },
  about: { scope: 'global', shortcuts: [] },
  // With a map open
  save: { scope: 'map', shortcuts: [mod('s')], anywhere: true },
  saveAs: { scope: 'map', shortcuts: [mod('s', { shift: true })], anywhere: true },
  export: { scope: 'map', shortcuts: [mod('e', { shift: true })], anywhere: true },
  exportPdf: { scope: 'map', shortcuts: [mod('p')], anywhere: true },
  exportPng: { scope: 'map', shortcuts: [] },
  exportSvg: { scope: 'map', shortcuts: [] },
  exportJson: { scope: 'map', shortcuts: [] },
  exportCsv: { scope: 'map', shortcuts: [] },
  exportMermaid: { scope: 'map', shortcuts: [] },
  mergeCopy: { scope: 'map', shortcuts: [] },
  versions: { scope: 'map', shortcuts: [] },
  closeJourney: { scope: 'map', shortcuts: [mod('w')] },
  // On the map
  undo: { scope: 'canvas', shortcuts: [mod('z')], native: 'undo' },
  redo: {
    scope: 'canvas',
    shortcuts: [mod('z', { shift: true }), mod('y')],
    macShortcuts: [mod('z', { shift: true })],
    native: 'redo',
  },
  cut: { scope: 'canvas', shortcuts: [mod('x')], native: 'cut', clipboardEvent: 'cut' },
  copy: { scope: 'canvas', shortcuts: [mod('c')], native: 'copy', clipboardEvent: 'copy' },
  paste: { scope: 'canvas', shortcuts: [mod('v')], native: 'paste', clipboardEvent: 'paste' },
  delete: {
    scope: 'canvas',
    shortcuts: keys('Delete', 'Backspace'),
    macShortcuts: keys('Backspace', 'Delete'),
    native: 'delete',
  },
  duplicate: { scope: 'canvas', shortcuts: [mod('d')] },
  selectAll: { scope: 'canvas', shortcuts: [mod('a')], native: 'selectAll' },
  addTouchpoint: { scope: 'canvas', shortcuts: keys('n') },
  addStage: { scope: 'canvas', shortcuts: [] },
  addPersona: { scope: 'canvas', shortcuts: [] },
  addNote: { scope: 'canvas', shortcuts: [] },
  editTitle: { scope: 'canvas', shortcuts: keys('Enter', 'F2') },
  deselect: { scope: 'canvas', shortcuts: keys('Escape') },
  selectLeft: { scope: 'canvas', shortcuts: keys('ArrowLeft') },
  selectRight: { scope: 'canvas', shortcuts: keys('ArrowRight') },
  selectUp: { scope: 'canvas', shortcuts: keys('ArrowUp') },
  selectDown: { scope: 'canvas', shortcuts: keys('ArrowDown') },
  emotionUp: { scope: 'map', shortcuts: [...keys('+', '='), { key: 'ArrowUp', alt: true }] },
  emotionDown: { scope: 'map', shortcuts: [...keys('-'), { key: 'ArrowDown', alt: true }] },
  emotionMinus3: { scope: 'map', shortcuts: keys('1') },
  emotionMinus2: { scope: 'map', shortcuts: keys('2') },
  emotionMinus1: { scope: 'map', shortcuts: keys('3') },
  emotion0: { scope: 'map', shortcuts: keys('4') },
  emotionPlus1: { scope: 'map', shortcuts: keys('5') },
  emotionPlus2: { scope: 'map', shortcuts: keys('6') },
  emotionPlus3: { scope: 'map', shortcuts: keys('7') },
  movePreviousStage: { scope: 'canvas', shortcuts: [{ key: 'ArrowLeft', alt: true }] },
  moveNextStage: { scope: 'canvas', shortcuts: [{ key: 'ArrowRight', alt: true }] },
  zoomIn: { scope: 'map', shortcuts: [mod('=')] },
  zoomOut: { scope: 'map', shortcuts: [mod('-')] },
  fit: { scope: 'map', shortcuts: [mod('0')] },
  channelView: { scope: 'canvas', shortcuts: [mod('k')] },
  personaLanes: { scope: 'canvas', shortcuts: [] },
  channelLanes: { scope: 'canvas', shortcuts: [] },
  filters: { scope: 'canvas', shortcuts: [mod('f', { shift: true })] },
  sidePanel: { scope: 'canvas', shortcuts: [] },
  overview: { scope: 'canvas', shortcuts: [] },
  inspectorPanel: { scope: 'canvas', shortcuts: [] },
  notesPanel: { scope: 'canvas', shortcuts: [] },
  insightsPanel: { scope: 'canvas', shortcuts: [] },
  researchPanel: { scope: 'canvas', shortcuts: [] },
  newScenario: { scope: 'canvas', shortcuts: [] },
  compareScenarios: { scope: 'canvas', shortcuts: [] },
  workshop: { scope: 'canvas', shortcuts: keys('F5') },
  // In workshop mode (a clicker sends Page Up/Down); its capture field keeps its keys while it has text.
  workshopPrevious: { scope: 'workshop', shortcuts: keys('ArrowLeft', 'PageUp') },
  workshopNext: { scope: 'workshop', shortcuts: keys('ArrowRight', 'PageDown') },
  workshopLaneUp: { scope: 'workshop', shortcuts: keys('ArrowUp') },
  workshopLaneDown: { scope: 'workshop', shortcuts: keys('ArrowDown') },
  leaveWorkshop: { scope: 'workshop', shortcuts: keys('Escape'), anywhere: true },
} as const satisfies Record<string, ActionSpec>;

export type ActionId = keyof typeof CATALOG;
/** Where the action `Id` applies, as a type: a runner of a map action may count on a map being open. */
export type ScopeOf<Id extends ActionId> = (typeof CATALOG)[Id]['scope'];

export const ACTION_SPECS: Readonly<Record<ActionId, ActionSpec>> = CATALOG;

/** The actions that say how the persona feels, and the score each sets (keys 1–7, as in workshop mode). */
export const EMOTION_ACTIONS = {
  emotionMinus3: -3,
  emotionMinus2: -2,
  emotionMinus1: -1,
  emotion0: 0,
  emotionPlus1: 1,
  emotionPlus2: 2,
  emotionPlus3: 3,
} as const satisfies Partial<Record<ActionId, number>>;
export type EmotionActionId = keyof typeof EMOTION_ACTIONS;

/** Every action, in the order the shortcuts help and the palette list them. */
export const ACTION_IDS = Object.keys(CATALOG) as ActionId[];

export const isActionId = (value: unknown): value is ActionId =>
  typeof value === 'string' && Object.hasOwn(CATALOG, value);

export function shortcutsOf(id: ActionId, platform: ActionPlatform): readonly Shortcut[] {
  const spec = ACTION_SPECS[id];
  return (platform === 'mac' && spec.macShortcuts) || spec.shortcuts;
}

const KEY_NAMES: Record<string, string> = {
  arrowleft: '←',
  arrowright: '→',
  arrowup: '↑',
  arrowdown: '↓',
  delete: 'Delete',
  backspace: 'Backspace',
  escape: 'Esc',
  enter: 'Enter',
  pageup: 'Page Up',
  pagedown: 'Page Down',
};

/** How a shortcut is written for people: "Ctrl+Shift+Z" or "⌘⇧Z". */
export function formatShortcut(shortcut: Shortcut, platform: ActionPlatform): string {
  const key = KEY_NAMES[shortcut.key.toLowerCase()] ?? shortcut.key.toUpperCase();
  const mac = platform === 'mac';
  const parts = [
    shortcut.mod ? (mac ? '⌘' : 'Ctrl') : '',
    shortcut.shift ? (mac ? '⇧' : 'Shift') : '',
    shortcut.alt ? (mac ? '⌥' : 'Alt') : '',
    key,
  ].filter(Boolean);
  return mac ? parts.join('') : parts.join('+');
}

const ACCELERATOR_KEYS: Record<string, string> = {
  '+': 'Plus',
  arrowleft: 'Left',
  arrowright: 'Right',
  arrowup: 'Up',
  arrowdown: 'Down',
  escape: 'Esc',
  enter: 'Return',
};

/**
 * The action's key as an Electron menu accelerator ("CmdOrCtrl+Shift+Z"), or undefined. Only keys with
 * Cmd/Ctrl or Alt, and function keys: a menu accelerator on a bare key would take it from text fields.
 */
export function acceleratorOf(id: ActionId, platform: ActionPlatform): string | undefined {
  const shortcut = shortcutsOf(id, platform).find((s) => s.mod || s.alt || /^F\d+$/.test(s.key));
  if (!shortcut) return undefined;
  const key = ACCELERATOR_KEYS[shortcut.key.toLowerCase()] ?? shortcut.key.toUpperCase();
  return [shortcut.mod && 'CmdOrCtrl', shortcut.shift && 'Shift', shortcut.alt && 'Alt', key]
    .filter(Boolean)
    .join('+');
}
