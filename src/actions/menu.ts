import type { Language } from '../model';
import { isActionId, type ActionId } from './catalog';

/** The desktop app menu's own entries: what is not an action of the map. */
export type MenuSlot = 'separator' | 'recent' | 'fullScreen' | 'quit';
export type MenuEntry = ActionId | MenuSlot | { submenu: 'export'; items: readonly ActionId[] };

/** The desktop app menu as data: each menu and its entries, in order. */
export const MENU_LAYOUT = [
  {
    menu: 'file',
    items: [
      'newJourney',
      'openFile',
      'recent',
      'mergeCopy',
      'separator',
      'save',
      'saveAs',
      'versions',
      'newScenario',
      'compareScenarios',
      'separator',
      {
        submenu: 'export',
        items: ['export', 'exportPng', 'exportSvg', 'exportPdf', 'exportJson', 'exportCsv', 'exportMermaid'],
      },
      'separator',
      'closeJourney',
      'quit',
    ],
  },
  {
    menu: 'edit',
    items: [
      'undo',
      'redo',
      'separator',
      'cut',
      'copy',
      'paste',
      'delete',
      'selectAll',
      'separator',
      'commandPalette',
    ],
  },
  {
    menu: 'view',
    items: [
      'zoomIn',
      'zoomOut',
      'fit',
      'separator',
      'channelView',
      'filters',
      'sidePanel',
      'overview',
      'inspectorPanel',
      'notesPanel',
      'insightsPanel',
      'researchPanel',
      'toggleTheme',
      'workshop',
      'fullScreen',
      'separator',
      'settings',
    ],
  },
  { menu: 'help', items: ['shortcuts', 'about'] },
] as const satisfies readonly { menu: string; items: readonly MenuEntry[] }[];

type MenuName = (typeof MENU_LAYOUT)[number]['menu'];

/** The menu's words that are not action names. */
export const MENU_WORDS: Record<
  Language,
  Record<MenuName | 'export' | 'recent' | 'clearRecent' | 'noRecent' | 'fullScreen' | 'quit', string>
> = {
  en: {
    file: 'File',
    edit: 'Edit',
    view: 'View',
    help: 'Help',
    export: 'Export',
    recent: 'Open Recent',
    clearRecent: 'Clear Recent',
    noRecent: 'No recent files',
    fullScreen: 'Full Screen',
    quit: 'Quit Trayecto',
  },
  es: {
    file: 'Archivo',
    edit: 'Edición',
    view: 'Ver',
    help: 'Ayuda',
    export: 'Exportar',
    recent: 'Abrir reciente',
    clearRecent: 'Borrar recientes',
    noRecent: 'No hay archivos recientes',
    fullScreen: 'Pantalla completa',
    quit: 'Salir de Trayecto',
  },
};

/** Every action the menu can send to the renderer. */
export const MENU_ACTIONS: readonly ActionId[] = MENU_LAYOUT.flatMap((menu) =>
  menu.items.flatMap((entry: MenuEntry) =>
    typeof entry === 'object' ? entry.items : isActionId(entry) ? [entry] : [],
  ),
);
