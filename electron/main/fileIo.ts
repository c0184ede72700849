import { promises as nodeFs } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { LIMITS } from '../../src/model/limits';
import type { FileErrorPayload } from '../shared/ipc';

/** The file-system calls this module makes, injectable so tests can simulate crashes and full disks. */
export interface FsOps {
  readFile(path: string): Promise<Uint8Array>;
  stat(path: string): Promise<{ size: number; isDirectory(): boolean }>;
  open(
    path: string,
    flags: string,
  ): Promise<{ write(data: Uint8Array): Promise<unknown>; sync(): Promise<void>; close(): Promise<void> }>;
  rename(from: string, to: string): Promise<void>;
  unlink(path: string): Promise<void>;
}

export const realFs: FsOps = {
  readFile: (path) => nodeFs.readFile(path),
  stat: (path) => nodeFs.stat(path),
  open: (path, flags) => nodeFs.open(path, flags),
  rename: (from, to) => nodeFs.rename(from, to),
  unlink: (path) => nodeFs.unlink(path),
};

export class FileIoError extends Error {
  constructor(readonly payload: FileErrorPayload) {
    super(payload.message);
  }
}

const MESSAGES: Record<FileErrorPayload['kind'], (name: string) => string> = {
  permission: (name) => `You do not have permission to use "${name}".`,
  diskFull: (name) =>
    `The disk is full: "${name}" could not be written. Your journey is safe in the local library.`,
  notFound: (name) => `"${name}" does not exist any more.`,
  isDirectory: (name) => `"${name}" is a folder, not a file.`,
  tooLarge: (name) => `"${name}" is larger than ${LIMITS.fileBytes / 1024 / 1024} MB and was not opened.`,
  unknown: (name) => `"${name}" could not be read or written.`,
};

export function fileError(kind: FileErrorPayload['kind'], path: string, detail?: string): FileIoError {
  const message = MESSAGES[kind](basename(path)) + (kind === 'unknown' && detail ? ` (${detail})` : '');
  return new FileIoError({ kind, message, path });
}

/** Turn a Node fs error into one the user can act on. */
export function mapFsError(error: unknown, path: string): FileIoError {
  if (error instanceof FileIoError) return error;
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
    case 'EROFS':
      return fileError('permission', path);
    case 'ENOSPC':
    case 'EDQUOT':
      return fileError('diskFull', path);
    case 'ENOENT':
      return fileError('notFound', path);
    case 'EISDIR':
      return fileError('isDirectory', path);
    default:
      return fileError('unknown', path, error instanceof Error ? error.message : String(error));
  }
}

/** Read a file the user chose, refusing anything over the size limit before reading it. */
export async function readUserFile(path: string, fs: FsOps = realFs): Promise<Uint8Array> {
  try {
    const info = await fs.stat(path);
    if (info.isDirectory()) throw fileError('isDirectory', path);
    if (info.size > LIMITS.fileBytes) throw fileError('tooLarge', path);
    return await fs.readFile(path);
  } catch (error) {
    throw mapFsError(error, path);
  }
}

/**
 * Write a file atomically: to a temp file beside it, flushed to disk, then renamed over
 * the target. A crash at any point leaves either the old file or the new one, never half.
 */
export async function writeFileAtomic(path: string, bytes: Uint8Array, fs: FsOps = realFs): Promise<void> {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  let handle: Awaited<ReturnType<FsOps['open']>> | undefined;
  try {
    handle = await fs.open(temp, 'w');
    await handle.write(bytes);
    await handle.sync();
    await handle.close();
    handle = undefined;
    await fs.rename(temp, path);
  } catch (error) {
    await handle?.close().catch(() => {});
    await fs.unlink(temp).catch(() => {});
    throw mapFsError(error, path);
  }
}
