import { z } from 'zod';
import type { ActionId } from '../../src/actions';
import { LIMITS } from '../../src/model/limits';

export { IPC } from './channels';

const appLanguageSchema = z.enum(['en', 'es']);
export type AppLanguage = z.infer<typeof appLanguageSchema>;

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});
const fileFiltersSchema = z.array(fileFilterSchema).max(10);
export type FileFilterPayload = z.infer<typeof fileFilterSchema>;

/** Offered by the open and save dialogs when the renderer names no filter of its own. */
export const TRAYECTO_FILTER: FileFilterPayload = { name: 'Trayecto', extensions: ['trayecto'] };

/**
 * Save writes in place only to documents Trayecto owns: a `.trayecto` or `.json` file.
 * A map opened from a CSV or a PNG export is untitled for Save, which asks where.
 */
export function isTrayectoDocumentPath(path: string): boolean {
  return /\.(trayecto|json)$/i.test(path);
}

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/.test(name), 'a file name, not a path');

const documentStateSchema = z.object({
  title: z.string().max(LIMITS.shortText),
  dirty: z.boolean(),
  path: z.string().max(4096).optional(),
});
export type DocumentStatePayload = z.infer<typeof documentStateSchema>;

/**
 * The arguments of each renderer → main channel, as the tuple `ipcRenderer.invoke` sends:
 * main validates every payload against these before acting and rejects anything else.
 */
export const PAYLOADS = {
  openFile: z.tuple([fileFiltersSchema]),
  saveFile: z.tuple([
    z.instanceof(Uint8Array),
    fileName,
    fileFiltersSchema,
    z.string().min(1).max(4096).optional(),
  ]),
  setLanguage: z.tuple([appLanguageSchema]),
  setDocumentState: z.tuple([documentStateSchema]),
  rendererReady: z.tuple([]),
} as const;

export interface OpenedFilePayload {
  name: string;
  path: string;
  bytes: Uint8Array;
}

/** `value` is undefined when the user cancelled the dialog. */
export type FileResult<T> = { ok: true; value: T | undefined } | { ok: false; error: FileErrorPayload };

export interface FileErrorPayload {
  kind: 'permission' | 'readOnlyFolder' | 'diskFull' | 'notFound' | 'isDirectory' | 'tooLarge' | 'unknown';
  /** Ready for the user, in the app's language. */
  message: string;
  path: string;
}

/** What the preload exposes as `window.trayecto`: named doors only, each one IPC channel. */
export interface TrayectoBridge {
  files: {
    open(filters: FileFilterPayload[]): Promise<FileResult<OpenedFilePayload>>;
    /**
     * Writes to `path` only if the user chose or opened it this session and it is a Trayecto
     * document (`isTrayectoDocumentPath`); otherwise asks where.
     */
    save(
      bytes: Uint8Array,
      suggestedName: string,
      filters: FileFilterPayload[],
      path?: string,
    ): Promise<FileResult<{ path: string }>>;
    onOpenRequest(handler: (file: OpenedFilePayload) => void): () => void;
  };
  menu: {
    onCommand(handler: (action: ActionId) => void): () => void;
  };
  app: {
    setLanguage(language: AppLanguage): Promise<void>;
    setDocumentState(state: DocumentStatePayload): Promise<void>;
    /** The renderer listens: main may now deliver files it queued (command line, OS open). */
    ready(): Promise<void>;
  };
}

declare global {
  interface Window {
    trayecto?: TrayectoBridge;
  }
}
