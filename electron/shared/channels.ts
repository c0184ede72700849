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
  /** main → renderer; the menu sends an action's id (src/actions) */
  menuCommand: 'menu:command',
  openRequest: 'files:open-request',
} as const;
