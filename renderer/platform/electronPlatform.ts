import type { FileErrorPayload, FileResult, TrayectoBridge } from '../../electron/shared/ipc';
import type { Platform, SaveResult } from './types';

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

function savedAt(saved: { path: string } | undefined): SaveResult | undefined {
  return saved && { name: saved.path.split(/[\\/]/).pop() ?? saved.path, path: saved.path };
}

/** One-way notices to the host: a rejected one is logged by main, so nothing waits on it here. */
function notify(sent: Promise<void>): void {
  sent.catch((error: unknown) => console.warn('Trayecto host refused a notice:', error));
}

/** The desktop host, over the preload bridge. */
export function createElectronPlatform(bridge: TrayectoBridge): Platform {
  return {
    kind: 'desktop',
    async openFile(filters) {
      return unwrap(await bridge.files.open(filters));
    },
    async saveFile(bytes, suggestedName, filters, path) {
      return savedAt(unwrap(await bridge.files.save(bytes, suggestedName, filters, path)));
    },
    onMenuCommand: (handler) => bridge.menu.onCommand(handler),
    onOpenFile(handler) {
      const stop = bridge.files.onOpenRequest(handler);
      // Main queues files passed on the command line until someone listens.
      notify(bridge.app.ready());
      return stop;
    },
    setLanguage: (language) => notify(bridge.app.setLanguage(language)),
    setDocumentState: (state) => notify(bridge.app.setDocumentState(state)),
  };
}
