import type { MenuItemConstructorOptions } from 'electron';
import { basename } from 'node:path';
import type { AppLanguage, MenuCommandName } from '../shared/ipc';

const LABELS = {
  en: {
    file: 'File',
    new: 'New from Template…',
    open: 'Open…',
    recent: 'Open Recent',
    clearRecent: 'Clear Recent',
    noRecent: 'No recent files',
    save: 'Save',
    saveAs: 'Save As…',
    importCsv: 'Import CSV…',
    export: 'Export',
    exportPng: 'PNG Image…',
    exportSvg: 'SVG Image…',
    exportPdf: 'PDF…',
    exportJson: 'JSON Document…',
    exportCsv: 'CSV Table…',
    close: 'Close',
    edit: 'Edit',
    undo: 'Undo',
    redo: 'Redo',
    cut: 'Cut',
    copy: 'Copy',
    paste: 'Paste',
    delete: 'Delete',
    selectAll: 'Select All',
    view: 'View',
    zoomIn: 'Zoom In',
    zoomOut: 'Zoom Out',
    fit: 'Fit to Window',
    channelView: 'Channel View',
    theme: 'Toggle Dark Theme',
    fullScreen: 'Full Screen',
    presentation: 'Presentation Mode',
    help: 'Help',
    shortcuts: 'Keyboard Shortcuts',
    about: 'About Trayecto',
    quit: 'Quit Trayecto',
  },
  es: {
    file: 'Archivo',
    new: 'Nuevo desde plantilla…',
    open: 'Abrir…',
    recent: 'Abrir reciente',
    clearRecent: 'Borrar recientes',
    noRecent: 'No hay archivos recientes',
    save: 'Guardar',
    saveAs: 'Guardar como…',
    importCsv: 'Importar CSV…',
    export: 'Exportar',
    exportPng: 'Imagen PNG…',
    exportSvg: 'Imagen SVG…',
    exportPdf: 'PDF…',
    exportJson: 'Documento JSON…',
    exportCsv: 'Tabla CSV…',
    close: 'Cerrar',
    edit: 'Edición',
    undo: 'Deshacer',
    redo: 'Rehacer',
    cut: 'Cortar',
    copy: 'Copiar',
    paste: 'Pegar',
    delete: 'Eliminar',
    selectAll: 'Seleccionar todo',
    view: 'Ver',
    zoomIn: 'Acercar',
    zoomOut: 'Alejar',
    fit: 'Ajustar a la ventana',
    channelView: 'Vista de canales',
    theme: 'Cambiar tema oscuro',
    fullScreen: 'Pantalla completa',
    presentation: 'Modo presentación',
    help: 'Ayuda',
    shortcuts: 'Atajos de teclado',
    about: 'Acerca de Trayecto',
    quit: 'Salir de Trayecto',
  },
} as const;

export interface MenuState {
  /** Most recent first. */
  recentFiles: string[];
  isMac: boolean;
}

export interface MenuActions {
  send(command: MenuCommandName): void;
  openRecent(path: string): void;
  clearRecent(): void;
}

/**
 * The native app menu as data. Edit commands go to the renderer, which decides between the
 * canvas's own undo and a text field's, so the menu and the keyboard never disagree.
 */
export function buildMenuTemplate(
  language: AppLanguage,
  { recentFiles, isMac }: MenuState,
  actions: MenuActions,
): MenuItemConstructorOptions[] {
  const l = LABELS[language];
  const item = (
    label: string,
    command: MenuCommandName,
    accelerator?: string,
  ): MenuItemConstructorOptions => ({
    label,
    accelerator,
    click: () => actions.send(command),
  });
  const recent: MenuItemConstructorOptions[] = recentFiles.length
    ? [
        ...recentFiles.map((path) => ({
          label: basename(path),
          toolTip: path,
          click: () => actions.openRecent(path),
        })),
        { type: 'separator' },
        { label: l.clearRecent, click: () => actions.clearRecent() },
      ]
    : [{ label: l.noRecent, enabled: false }];
  const template: MenuItemConstructorOptions[] = [
    {
      label: l.file,
      submenu: [
        item(l.new, 'file.new', 'CmdOrCtrl+N'),
        item(l.open, 'file.open', 'CmdOrCtrl+O'),
        { label: l.recent, submenu: recent },
        { type: 'separator' },
        item(l.save, 'file.save', 'CmdOrCtrl+S'),
        item(l.saveAs, 'file.saveAs', 'CmdOrCtrl+Shift+S'),
        { type: 'separator' },
        item(l.importCsv, 'file.importCsv'),
        {
          label: l.export,
          submenu: [
            item(l.exportPng, 'file.exportPng', 'CmdOrCtrl+Shift+E'),
            item(l.exportSvg, 'file.exportSvg'),
            item(l.exportPdf, 'file.exportPdf', 'CmdOrCtrl+P'),
            item(l.exportJson, 'file.exportJson'),
            item(l.exportCsv, 'file.exportCsv'),
          ],
        },
        { type: 'separator' },
        item(l.close, 'file.close', 'CmdOrCtrl+W'),
        ...(isMac ? [] : [{ type: 'separator' as const }, { label: l.quit, role: 'quit' as const }]),
      ],
    },
    {
      label: l.edit,
      submenu: [
        item(l.undo, 'edit.undo', 'CmdOrCtrl+Z'),
        item(l.redo, 'edit.redo', 'CmdOrCtrl+Shift+Z'),
        { type: 'separator' },
        item(l.cut, 'edit.cut', 'CmdOrCtrl+X'),
        item(l.copy, 'edit.copy', 'CmdOrCtrl+C'),
        item(l.paste, 'edit.paste', 'CmdOrCtrl+V'),
        item(l.delete, 'edit.delete'),
        item(l.selectAll, 'edit.selectAll', 'CmdOrCtrl+A'),
      ],
    },
    {
      label: l.view,
      submenu: [
        item(l.zoomIn, 'view.zoomIn', 'CmdOrCtrl+='),
        item(l.zoomOut, 'view.zoomOut', 'CmdOrCtrl+-'),
        item(l.fit, 'view.fit', 'CmdOrCtrl+0'),
        { type: 'separator' },
        item(l.channelView, 'view.channelView', 'CmdOrCtrl+K'),
        item(l.theme, 'view.theme'),
        item(l.presentation, 'view.presentation', 'F5'),
        { label: l.fullScreen, role: 'togglefullscreen' },
      ],
    },
    {
      label: l.help,
      role: 'help',
      submenu: [item(l.shortcuts, 'help.shortcuts', 'CmdOrCtrl+/'), item(l.about, 'help.about')],
    },
  ];
  return isMac ? [{ label: 'Trayecto', role: 'appMenu' }, ...template] : template;
}
