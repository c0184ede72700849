import type { ActionId } from '../../src/actions';

/**
 * The one place where the renderer meets its host. Implemented over the preload bridge in
 * Electron (electronPlatform.ts) and over downloads / file inputs in the browser
 * (browserPlatform.ts). Components never ask "am I in Electron?".
 */
export interface OpenedFile {
  /** File name with extension, e.g. "family-car.trayecto". */
  name: string;
  /** Absolute path when the host knows it (desktop), otherwise undefined. */
  path?: string;
  bytes: Uint8Array;
}

export interface SaveResult {
  /** Where the file went (desktop), or the downloaded file name (browser). */
  name: string;
  path?: string;
}

export interface FileFilter {
  name: string;
  extensions: string[];
}

export interface Platform {
  readonly kind: 'desktop' | 'browser';
  /** Ask the user for a file; undefined when they cancel. */
  openFile(filters: FileFilter[]): Promise<OpenedFile | undefined>;
  /** Save bytes: to `path` if given (desktop "Save"), else ask where ("Save As" / download). */
  saveFile(
    bytes: Uint8Array,
    suggestedName: string,
    filters: FileFilter[],
    path?: string,
  ): Promise<SaveResult | undefined>;
  /** Subscribe to the native app menu, which sends the id of the action chosen; returns the unsubscribe function. No-op in the browser. */
  onMenuCommand(handler: (action: ActionId) => void): () => void;
  /** Files the OS asked us to open (command line, file association, second instance). */
  onOpenFile(handler: (file: OpenedFile) => void): () => void;
  /** Tell the host the UI language, so native menus follow it. */
  setLanguage(language: 'en' | 'es'): void;
  /** Tell the host whether the open journey has changes not yet written to its file. */
  setDocumentState(state: { title: string; dirty: boolean; path?: string }): void;
}
