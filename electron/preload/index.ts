import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { IPC } from '../shared/channels';
import type { ActionId } from '../../src/actions';
import type { OpenedFilePayload, TrayectoBridge } from '../shared/ipc';

/** Subscribe to one main → renderer channel; the returned function unsubscribes. */
function listen<T>(channel: string, handler: (payload: T) => void): () => void {
  const listener = (_event: IpcRendererEvent, payload: T) => handler(payload);
  ipcRenderer.on(channel, listener);
  return () => ipcRenderer.removeListener(channel, listener);
}

// Named doors only: each method invokes one known channel; nothing generic is exposed.
const bridge: TrayectoBridge = {
  files: {
    open: (filters) => ipcRenderer.invoke(IPC.openFile, filters),
    save: (bytes, suggestedName, filters, path) =>
      ipcRenderer.invoke(IPC.saveFile, bytes, suggestedName, filters, path),
    onOpenRequest: (handler) => listen<OpenedFilePayload>(IPC.openRequest, handler),
  },
  menu: {
    onCommand: (handler) => listen<ActionId>(IPC.menuCommand, handler),
  },
  app: {
    setLanguage: (language) => ipcRenderer.invoke(IPC.setLanguage, language),
    setDocumentState: (state) => ipcRenderer.invoke(IPC.setDocumentState, state),
    ready: () => ipcRenderer.invoke(IPC.rendererReady),
  },
};

contextBridge.exposeInMainWorld('trayecto', bridge);
