import { z } from 'zod';
import { MENU_COMMANDS } from './channels';

export { IPC, MENU_COMMANDS } from './channels';

/** The schema of every IPC payload: main validates each one before acting and rejects anything else. */
export const menuCommandSchema = z.enum(MENU_COMMANDS);
export type MenuCommandName = z.infer<typeof menuCommandSchema>;

const fileFilterSchema = z.object({
  name: z.string().min(1).max(100),
  extensions: z
    .array(z.string().regex(/^[a-z0-9]{1,10}$/i))
    .min(1)
    .max(10),
});
export const fileFiltersSchema = z.array(fileFilterSchema).max(10);

const fileName = z
  .string()
  .min(1)
  .max(255)
  .refine((name) => !/[\\/]/.test(name), 'a file name, not a path');

export const openFilePayload = z.tuple([fileFiltersSchema]);
export const saveFilePayload = z.tuple([
  z.instanceof(Uint8Array),
  fileName,
  fileFiltersSchema,
  z.string().min(1).max(4096).optional(),
]);
export const printToPdfPayload = z.tuple([
  z.object({ pageSize: z.enum(['A3', 'A4']), perPersona: z.boolean() }),
  fileName,
]);
export const setLanguagePayload = z.tuple([z.enum(['en', 'es'])]);
export const setDocumentStatePayload = z.tuple([
  z.object({ title: z.string().max(300), dirty: z.boolean(), path: z.string().max(4096).optional() }),
]);

export type FileFilterPayload = z.infer<typeof fileFilterSchema>;

export interface OpenedFilePayload {
  name: string;
  path: string;
  bytes: Uint8Array;
}

/** `value` is undefined when the user cancelled the dialog. */
export type FileResult<T> = { ok: true; value: T | undefined } | { ok: false; error: FileErrorPayload };

export interface FileErrorPayload {
  kind: 'permission' | 'diskFull' | 'notFound' | 'isDirectory' | 'tooLarge' | 'unknown';
  message: string;
  path: string;
}

/** What the preload exposes as `window.trayecto`. */
export interface TrayectoBridge {
  files: {
    open(filters: FileFilterPayload[]): Promise<FileResult<OpenedFilePayload>>;
    save(
      bytes: Uint8Array,
      suggestedName: string,
      filters: FileFilterPayload[],
      path?: string,
    ): Promise<FileResult<{ path: string }>>;
    onOpenRequest(handler: (file: OpenedFilePayload) => void): () => void;
  };
  pdf: {
    print(
      options: { pageSize: 'A3' | 'A4'; perPersona: boolean },
      suggestedName: string,
    ): Promise<FileResult<{ path: string }>>;
  };
  menu: {
    onCommand(handler: (command: MenuCommandName) => void): () => void;
  };
  app: {
    setLanguage(language: 'en' | 'es'): void;
    setDocumentState(state: { title: string; dirty: boolean; path?: string }): void;
    ready(): void;
  };
}

declare global {
  interface Window {
    trayecto?: TrayectoBridge;
  }
}
