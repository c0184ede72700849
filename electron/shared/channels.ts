/**
 * Channel names only, with no dependencies: the sandboxed preload imports this (and types),
 * never the zod schemas, so it stays a small self-contained script.
 */
export const IPC = {
  /** renderer → main, each through `ipcRenderer.invoke` */
  openFile: 'files:open',
  saveFile: 'files:save',
  setLanguage: 'app:set-language',
  setDocumentState: 'app:set-document-state',
  rendererReady: 'app:renderer-ready',
  /** main → renderer */
  menuCommand: 'menu:command',
  openRequest: 'files:open-request',
} as const;

export const MENU_COMMANDS = [
  'file.new',
  'file.open',
  'file.save',
  'file.saveAs',
  'file.importCsv',
  'file.exportPng',
  'file.exportSvg',
  'file.exportPdf',
  'file.exportJson',
  'file.exportCsv',
  'file.close',
  'edit.undo',
  'edit.redo',
  'edit.cut',
  'edit.copy',
  'edit.paste',
  'edit.delete',
  'edit.selectAll',
  'view.zoomIn',
  'view.zoomOut',
  'view.fit',
  'view.channelView',
  'view.theme',
  'view.presentation',
  'help.shortcuts',
  'help.about',
] as const;
