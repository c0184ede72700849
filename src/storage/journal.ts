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

const VIEW_KEY = 'trayecto:unsaved-view';
const viewEntrySchema = z.object({ journeyId: z.string().min(1), state: z.unknown() });
export type ViewJournalEntry = z.infer<typeof viewEntrySchema>;

/** The same for a journey's view (scenario on show, view mode, filters) changed just before closing. */
export function writeViewJournal(storage: SyncStorage, entry: ViewJournalEntry): void {
  storage.setItem(VIEW_KEY, JSON.stringify(entry));
}

/** Put a journalled view into the library (it is newer than the stored one), then forget it. */
export async function recoverViewJournal(storage: SyncStorage, library: JourneyLibrary): Promise<boolean> {
  const raw = storage.getItem(VIEW_KEY);
  if (raw === null) return false;
  storage.removeItem(VIEW_KEY);
  try {
    const entry = viewEntrySchema.parse(JSON.parse(raw));
    await library.setViewState(entry.journeyId, entry.state);
    return true;
  } catch {
    // A broken or unwritable view is not worth an error: the journey opens with its stored view.
    return false;
  }
}
