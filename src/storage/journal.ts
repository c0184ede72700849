import { z } from 'zod';
import { journeySchema } from '../model';
import { RevisionConflictError } from './errors';
import type { JourneyLibrary } from './library';

/** The synchronous part of the Web Storage API (localStorage). */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

const KEY = 'trayecto:unsaved-journey';
const entrySchema = z.object({ journey: journeySchema, revision: z.number().int().min(1) });
export type JournalEntry = z.infer<typeof entrySchema>;

/**
 * IndexedDB writes are asynchronous and may not finish when a window closes or reloads
 * mid-debounce. So on `pagehide` a change still pending is also written here, synchronously,
 * and carried into the library at the next start.
 */
export function writeJournal(storage: SyncStorage, entry: JournalEntry): void {
  storage.setItem(KEY, JSON.stringify(entry));
}

export function clearJournal(storage: SyncStorage): void {
  storage.removeItem(KEY);
}

export type Recovery = 'none' | 'saved' | 'kept-as-copy';

/** Put a journalled change into the library: as the next revision, or as a copy if it was changed meanwhile. */
export async function recoverJournal(
  storage: SyncStorage,
  library: JourneyLibrary,
  copySuffix?: string,
): Promise<Recovery> {
  const raw = storage.getItem(KEY);
  if (raw === null) return 'none';
  let entry: JournalEntry;
  try {
    entry = entrySchema.parse(JSON.parse(raw));
  } catch {
    clearJournal(storage);
    return 'none';
  }
  let recovery: Recovery = 'saved';
  try {
    await library.save(entry.journey, entry.revision);
  } catch (error) {
    if (!(error instanceof RevisionConflictError)) throw error;
    await library.keepBothAfterConflict(entry.journey, copySuffix);
    recovery = 'kept-as-copy';
  }
  clearJournal(storage);
  return recovery;
}
