import { randomUUID } from 'node:crypto';
import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { LIMITS } from '../../src/model/limits';
import type { AppLanguage, FileErrorPayload } from '../shared/ipc';

/** The file-system calls this module makes, injectable so tests can simulate crashes and full disks. */
export interface FsOps {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number; mode: number; isDirectory(): boolean }>;
  realpath(path: string): Promise<string>;
  readlink(path: string): Promise<string>;
  open(
    path: string,
    flags: string,
    mode?: number,
  ): Promise<{ write(data: Uint8Array): Promise<unknown>; sync(): Promise<void>; close(): Promise<void> }>;
  chmod(path: string, mode: number): Promise<void>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const realFs: FsOps = {
  readFile: (path) => nodeFs.readFile(path),
  stat: (path) => nodeFs.stat(path),
  realpath: (path) => nodeFs.realpath(path),
  readlink: (path) => nodeFs.readlink(path),
  open: (path, flags, mode) => nodeFs.open(path, flags, mode),
  chmod: (path, mode) => nodeFs.chmod(path, mode),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
};

export type FileErrorKind = FileErrorPayload['kind'];

const MEGABYTES = LIMITS.fileBytes / 1024 / 1024;
const MESSAGES: Record<AppLanguage, Record<FileErrorKind, (name: string) => string>> = {
  en: {
    permission: (name) => `You do not have permission to use "${name}".`,
    readOnlyFolder: (name) =>
      `"${name}" could not be saved: its folder is read-only or you may not write in it. The file on disk is unchanged and your journey is safe in the local library; use Save As to choose another folder.`,
    diskFull: (name) =>
      `The disk is full: "${name}" could not be written. Your journey is safe in the local library.`,
    notFound: (name) => `"${name}" does not exist any more.`,
    isDirectory: (name) => `"${name}" is a folder, not a file.`,
    tooLarge: (name) => `"${name}" is larger than ${MEGABYTES} MB and was not opened.`,
    unknown: (name) => `"${name}" could not be read or written.`,
  },
  es: {
    permission: (name) => `No tienes permiso para usar «${name}».`,
    readOnlyFolder: (name) =>
      `No se pudo guardar «${name}»: su carpeta es de solo lectura o no puedes escribir en ella. El archivo en disco no ha cambiado y el trayecto está a salvo en la biblioteca local; usa «Guardar como» para elegir otra carpeta.`,
    diskFull: (name) =>
      `El disco está lleno: no se pudo escribir «${name}». El trayecto está a salvo en la biblioteca local.`,
    notFound: (name) => `«${name}» ya no existe.`,
    isDirectory: (name) => `«${name}» es una carpeta, no un archivo.`,
    tooLarge: (name) => `«${name}» ocupa más de ${MEGABYTES} MB y no se abrió.`,
    unknown: (name) => `No se pudo leer ni escribir «${name}».`,
  },
};

/** A file that could not be read or written; `toPayload` says why in the user's language. */
export class FileIoError extends Error {
  constructor(
    readonly kind: FileErrorKind,
    readonly path: string,
    readonly detail?: string,
  ) {
    super(`${kind}: ${path}${detail ? ` (${detail})` : ''}`);
  }

  toPayload(language: AppLanguage): FileErrorPayload {
    const name = basename(this.path);
    const message = MESSAGES[language][this.kind](name) + (this.detail ? ` (${this.detail})` : '');
    return { kind: this.kind, message, path: this.path };
  }
}

const ERROR_KINDS = new Map<string | undefined, FileErrorKind>([
  ['EACCES', 'permission'],
  ['EPERM', 'permission'],
  ['EROFS', 'permission'],
  ['ENOSPC', 'diskFull'],
  ['EDQUOT', 'diskFull'],
  ['ENOENT', 'notFound'],
  ['EISDIR', 'isDirectory'],
]);

/** Turn a Node fs error into one the user can act on. */
export function mapFsError(error: unknown, path: string): FileIoError {
  if (error instanceof FileIoError) return error;
  const kind = ERROR_KINDS.get((error as NodeJS.ErrnoException | undefined)?.code) ?? 'unknown';
  const detail = error instanceof Error ? error.message : String(error);
  return new FileIoError(kind, path, kind === 'unknown' ? detail : undefined);
}

/** Read a file the user chose, refusing anything over the size limit before reading it. */
export async function readUserFile(path: string, fs: FsOps = realFs): Promise<Uint8Array> {
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) throw new FileIoError('isDirectory', path);
    if (info.size > LIMITS.fileBytes) throw new FileIoError('tooLarge', path);
    return await fs.readFile(path);
  } catch (error) {
    throw mapFsError(error, path);
  }
}

const missing = (error: unknown) => (error as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
const PERMISSION_CODES = new Set(['EACCES', 'EPERM', 'EROFS']);

/** The file a save really replaces: a symlink's target (so the link stays a link), else the path itself. */
async function saveTarget(path: string, fs: FsOps): Promise<{ target: string; mode?: number }> {
  try {
    const target = await fs.realpath(path);
    return { target, mode: (await fs.stat(target)).mode & 0o7777 };
  } catch (error) {
    if (!missing(error)) throw error;
    // A new file, or a link to one that is gone: the link is kept and its target written.
    const link = await fs.readlink(path).catch(() => undefined);
    return { target: link === undefined ? path : resolve(dirname(path), link) };
  }
}

/**
 * Write a file atomically: to a temp file of its own beside it (a unique name, created
 * exclusively, so concurrent saves never share one), flushed to disk, given the original's
 * mode, then renamed over the target. A crash or failure at any point leaves the old file
 * whole and no temp file behind.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, fs: FsOps = realFs): Promise<void> {
  let temp: string | undefined;
  let handle: Awaited<ReturnType<FsOps['open']>> | undefined;
  try {
    const { target, mode } = await saveTarget(path, fs);
    const candidate = join(dirname(target), `.${basename(target)}.${randomUUID()}.tmp`);
    try {
      handle = await fs.open(candidate, 'wx', mode ?? 0o666);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      if (code && PERMISSION_CODES.has(code)) throw new FileIoError('readOnlyFolder', path);
      // The file may be new; it is its folder that is missing.
      if (code === 'ENOENT') throw new FileIoError('notFound', dirname(target));
      throw error;
    }
    temp = candidate;
    await handle.write(bytes);
    // open()'s mode passes through the umask: set it exactly, so 0600 stays 0600.
    if (mode !== undefined) await fs.chmod(temp, mode);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, target);
  } catch (error) {
    await handle?.close().catch(() => {});
    if (temp) await fs.unlink(temp).catch(() => {});
    throw mapFsError(error, path);
  }
}
