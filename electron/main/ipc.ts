import { basename, extname } from 'node:path';
import type { IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import {
  IPC,
  isTrayectoDocumentPath,
  PAYLOADS,
  TRAYECTO_FILTER,
  type AppLanguage,
  type DocumentStatePayload,
  type FileErrorPayload,
  type FileFilterPayload,
  type FileResult,
  type OpenedFilePayload,
} from '../shared/ipc';
import { FileIoError, readUserFile, realFs, writeFileAtomic, type FsOps } from './fileIo';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
}

/** Everything the handlers need from the app, injected so they run in plain Node tests. */
export interface IpcDeps {
  /** True only for our own windows' web contents. */
  isAppSender(sender: WebContents): boolean;
  showOpenDialog(filters: FileFilterPayload[]): Promise<string | undefined>;
  showSaveDialog(defaultPath: string, filters: FileFilterPayload[]): Promise<string | undefined>;
  /**
   * Paths the user picked in a dialog or opened through the OS: the only ones written without
   * asking, so a compromised renderer cannot overwrite arbitrary files.
   */
  grantedPaths: Set<string>;
  rememberRecent(path: string): Promise<void>;
  language(): AppLanguage;
  /** The native error dialog; the renderer also gets the error as a result. */
  showFileError(error: FileErrorPayload): void;
  /** Resolves once the native menu speaks the new language. */
  setLanguage(language: AppLanguage): Promise<void>;
  setDocumentState(state: DocumentStatePayload): void;
  rendererReady(): void;
  log(message: string): void;
  fs?: FsOps;
}

export class RejectedPayloadError extends Error {
  override readonly name = 'RejectedPayloadError';
}

type Payloads = typeof PAYLOADS;

/** All IPC handlers in one place: foreign senders are dropped, every payload is validated. */
export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  const fs = deps.fs ?? realFs;
  const handle = <K extends keyof Payloads>(
    name: K,
    run: (args: z.infer<Payloads[K]>, sender: WebContents) => unknown,
  ) =>
    ipcMain.handle(IPC[name], (event, ...args) => {
      if (!deps.isAppSender(event.sender)) {
        deps.log(`dropped ${IPC[name]} from a foreign sender`);
        throw new RejectedPayloadError('unknown sender');
      }
      const parsed = PAYLOADS[name].safeParse(args);
      if (!parsed.success) {
        const reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(args)'}: ${i.message}`);
        deps.log(`rejected ${IPC[name]} payload: ${reason.join('; ')}`);
        throw new RejectedPayloadError(`invalid payload for ${IPC[name]}`);
      }
      return run(parsed.data as z.infer<Payloads[K]>, event.sender);
    });

  /** A file that cannot be read or written is an answer for the renderer, not an exception. */
  const fileResult = async <T>(run: () => Promise<T | undefined>): Promise<FileResult<T>> => {
    try {
      return { ok: true, value: await run() };
    } catch (error) {
      if (!(error instanceof FileIoError)) throw error;
      const payload = error.toPayload(deps.language());
      deps.showFileError(payload);
      return { ok: false, error: payload };
    }
  };
  const orTrayecto = (filters: FileFilterPayload[]) => (filters.length ? filters : [TRAYECTO_FILTER]);
  /** The recent-files list is a convenience: failing to update it never fails an open or a save. */
  const remember = (path: string) =>
    deps
      .rememberRecent(path)
      .catch((error: unknown) => deps.log(`recent files not updated: ${String(error)}`));
  /** Where a save may go without asking: a Trayecto document the user chose or opened. */
  const savesInPlace = (path: string | undefined): path is string =>
    path !== undefined && deps.grantedPaths.has(path) && isTrayectoDocumentPath(path);
  /** The Save As dialog starts beside the file the map came from, as a .trayecto of the same name. */
  const besideAsTrayecto = (path: string) =>
    isTrayectoDocumentPath(path) ? path : `${path.slice(0, path.length - extname(path).length)}.trayecto`;

  handle('openFile', ([filters]) =>
    fileResult<OpenedFilePayload>(async () => {
      const path = await deps.showOpenDialog(orTrayecto(filters));
      if (!path) return undefined;
      deps.grantedPaths.add(path);
      const bytes = await readUserFile(path, fs);
      await remember(path);
      return { name: basename(path), path, bytes };
    }),
  );

  handle('saveFile', ([bytes, suggestedName, filters, knownPath]) =>
    fileResult(async () => {
      const path = savesInPlace(knownPath)
        ? knownPath
        : await deps.showSaveDialog(
            knownPath ? besideAsTrayecto(knownPath) : suggestedName,
            orTrayecto(filters),
          );
      if (!path) return undefined;
      deps.grantedPaths.add(path);
      await writeFileAtomic(path, bytes, fs);
      if (isTrayectoDocumentPath(path)) await remember(path);
      return { path };
    }),
  );

  handle('setLanguage', ([language]) => deps.setLanguage(language));
  handle('setDocumentState', ([state]) => deps.setDocumentState(state));
  handle('rendererReady', () => deps.rendererReady());
}
