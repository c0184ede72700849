import { basename } from 'node:path';
import type { IpcMainEvent, IpcMainInvokeEvent, WebContents } from 'electron';
import type { z } from 'zod';
import {
  IPC,
  openFilePayload,
  printToPdfPayload,
  saveFilePayload,
  setDocumentStatePayload,
  setLanguagePayload,
  type FileFilterPayload,
  type FileResult,
  type OpenedFilePayload,
} from '../shared/ipc';
import { FileIoError, readUserFile, writeFileAtomic } from './fileIo';

export interface IpcMainLike {
  handle(channel: string, listener: (event: IpcMainInvokeEvent, ...args: unknown[]) => unknown): void;
  on(channel: string, listener: (event: IpcMainEvent, ...args: unknown[]) => void): void;
}

/** Everything the handlers need from the app, injected so they run in plain Node tests. */
export interface IpcDeps {
  /** True only for our own windows' web contents. */
  isAppSender(sender: WebContents): boolean;
  showOpenDialog(sender: WebContents, filters: FileFilterPayload[]): Promise<string | undefined>;
  showSaveDialog(
    sender: WebContents,
    suggestedName: string,
    filters: FileFilterPayload[],
  ): Promise<string | undefined>;
  printToPdf(
    sender: WebContents,
    options: { pageSize: 'A3' | 'A4'; perPersona: boolean },
  ): Promise<Uint8Array>;
  rememberRecent(path: string): Promise<void>;
  setLanguage(sender: WebContents, language: 'en' | 'es'): void;
  setDocumentState(sender: WebContents, state: { title: string; dirty: boolean; path?: string }): void;
  rendererReady(sender: WebContents): void;
  log(message: string): void;
}

export class RejectedPayloadError extends Error {
  override readonly name = 'RejectedPayloadError';
}

function parse<S extends z.ZodType>(schema: S, channel: string, args: unknown[], deps: IpcDeps): z.infer<S> {
  const parsed = schema.safeParse(args);
  if (!parsed.success) {
    const reason = parsed.error.issues.map((i) => `${i.path.join('.') || '(args)'}: ${i.message}`).join('; ');
    deps.log(`rejected ${channel} payload: ${reason}`);
    throw new RejectedPayloadError(`invalid payload for ${channel}`);
  }
  return parsed.data;
}

async function asFileResult<T>(run: () => Promise<T | undefined>): Promise<FileResult<T>> {
  try {
    return { ok: true, value: await run() };
  } catch (error) {
    if (error instanceof FileIoError) return { ok: false, error: error.payload };
    throw error;
  }
}

/** All IPC handlers in one place. Messages from anything but our own windows are dropped. */
export function registerIpcHandlers(ipcMain: IpcMainLike, deps: IpcDeps): void {
  const invoke = (channel: string, handler: (sender: WebContents, args: unknown[]) => Promise<unknown>) =>
    ipcMain.handle(channel, (event, ...args) => {
      if (!deps.isAppSender(event.sender)) {
        deps.log(`dropped ${channel} from a foreign sender`);
        throw new RejectedPayloadError('unknown sender');
      }
      return handler(event.sender, args);
    });
  const listen = (channel: string, handler: (sender: WebContents, args: unknown[]) => void) =>
    ipcMain.on(channel, (event, ...args) => {
      if (!deps.isAppSender(event.sender)) return deps.log(`dropped ${channel} from a foreign sender`);
      try {
        handler(event.sender, args);
      } catch (error) {
        if (!(error instanceof RejectedPayloadError)) throw error;
      }
    });

  invoke(IPC.openFile, async (sender, args) => {
    const [filters] = parse(openFilePayload, IPC.openFile, args, deps);
    return asFileResult<OpenedFilePayload>(async () => {
      const path = await deps.showOpenDialog(sender, filters);
      if (!path) return undefined;
      const bytes = await readUserFile(path);
      await deps.rememberRecent(path);
      return { name: basename(path), path, bytes };
    });
  });

  invoke(IPC.saveFile, async (sender, args) => {
    const [bytes, suggestedName, filters, knownPath] = parse(saveFilePayload, IPC.saveFile, args, deps);
    return asFileResult(async () => {
      const path = knownPath ?? (await deps.showSaveDialog(sender, suggestedName, filters));
      if (!path) return undefined;
      await writeFileAtomic(path, bytes);
      if (path.endsWith('.trayecto')) await deps.rememberRecent(path);
      return { path };
    });
  });

  invoke(IPC.printToPdf, async (sender, args) => {
    const [options, suggestedName] = parse(printToPdfPayload, IPC.printToPdf, args, deps);
    return asFileResult(async () => {
      const path = await deps.showSaveDialog(sender, suggestedName, [{ name: 'PDF', extensions: ['pdf'] }]);
      if (!path) return undefined;
      await writeFileAtomic(path, await deps.printToPdf(sender, options));
      return { path };
    });
  });

  listen(IPC.setLanguage, (sender, args) =>
    deps.setLanguage(sender, parse(setLanguagePayload, IPC.setLanguage, args, deps)[0]),
  );
  listen(IPC.setDocumentState, (sender, args) =>
    deps.setDocumentState(sender, parse(setDocumentStatePayload, IPC.setDocumentState, args, deps)[0]),
  );
  listen(IPC.rendererReady, (sender) => deps.rendererReady(sender));
}
