import type { FileErrorPayload, FileResult, TrayectoBridge } from '../../electron/shared/ipc';
import type { Platform } from './types';

/** A file the desktop host could not read or write: its message is ready for the user. */
export class HostFileError extends Error {
  constructor(readonly payload: FileErrorPayload) {
    super(payload.message);
  }
}

function unwrap<T>(result: FileResult<T>): T | undefined {
  if (!result.ok) throw new HostFileError(result.error);
  return result.value;
}

/** The desktop host, over the preload bridge. */
export function createElectronPlatform(bridge: TrayectoBridge): Platform {
  return {
    kind: 'desktop',
    async openFile(filters) {
      return unwrap(await bridge.files.open(filters));
    },
    async saveFile(bytes, suggestedName, filters, path) {
      const saved = unwrap(await bridge.files.save(bytes, suggestedName, filters, path));
      return saved && { name: saved.path.split(/[\\/]/).pop()!, path: saved.path };
    },
    async printToPdf(options, suggestedName) {
      const saved = unwrap(await bridge.pdf.print(options, suggestedName));
      return saved && { name: saved.path.split(/[\\/]/).pop()!, path: saved.path };
    },
    onMenuCommand: (handler) => bridge.menu.onCommand(handler),
    onOpenFile(handler) {
      const stop = bridge.files.onOpenRequest(handler);
      // Main queues files passed on the command line until someone listens.
      bridge.app.ready();
      return stop;
    },
    setLanguage: (language) => bridge.app.setLanguage(language),
    setDocumentState: (state) => bridge.app.setDocumentState(state),
  };
}
