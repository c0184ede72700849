import { z } from 'zod';
import { journeySchema, type Journey } from '../model';
import { RevisionConflictError } from './errors';
import { conflictCopy, type JourneyLibrary } from './library';
import { JOURNEY_LISTS } from './validation';

/** The synchronous part of the Web Storage API (localStorage). */
export interface SyncStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
  key(index: number): string | null;
  readonly length: number;
}

const PREFIX = 'trayecto:journal:';
const SET_ASIDE_PREFIX = 'trayecto:set-aside:';
/** Web Storage holds about 5 M characters per site: an entry never takes more than a fifth of it. */
export const JOURNAL_MAX_CHARS = 1_000_000;

/** What changed since the revision the library has: changed fields, and each changed list's order plus its new items. */
const patchSchema = z.object({
  fields: z.record(z.string(), z.unknown()),
  removed: z.array(z.string()),
  lists: z.record(z.string(), z.object({ order: z.array(z.string()), changed: z.array(z.unknown()) })),
});
export type JourneyPatch = z.infer<typeof patchSchema>;

const entrySchema = z.object({
  journeyId: z.string().min(1),
  /** The window (tab) that wrote it: an entry of a window still open is that window's to clear. */
  tabId: z.string().min(1),
  title: z.string(),
  /** The revision the change was made on; 0 for a journey the library does not have yet (a conflict copy). */
  baseRevision: z.number().int().min(0),
  change: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('patch'), patch: patchSchema }),
    z.object({ kind: z.literal('whole'), journey: z.unknown() }),
  ]),
});
export type JournalEntry = z.infer<typeof entrySchema>;

export const journalKey = (journeyId: string, tabId: string) => `${PREFIX}${journeyId}:${tabId}`;

type Item = { id: string };
const listOf = (journey: Journey, key: string): Item[] =>
  (journey as unknown as Record<string, Item[] | undefined>)[key] ?? [];

/** The change from `base` to `next`, small when the edit was: unchanged items (the same objects) are named by id only. */
export function diffJourney(base: Journey, next: Journey): JourneyPatch {
  const patch: JourneyPatch = { fields: {}, removed: [], lists: {} };
  const lists = new Set<string>(JOURNEY_LISTS);
  for (const [key, value] of Object.entries(next)) {
    const before = (base as Record<string, unknown>)[key];
    if (value === before) continue;
    if (!lists.has(key)) {
      patch.fields[key] = value;
      continue;
    }
    const old = new Set(listOf(base, key));
    const items = listOf(next, key);
    patch.lists[key] = { order: items.map((i) => i.id), changed: items.filter((i) => !old.has(i)) };
  }
  for (const key of Object.keys(base)) if (!(key in next)) patch.removed.push(key);
  return patch;
}

/** `base` with the patch applied; throws if an item it names is in neither. */
export function applyPatch(base: Journey, patch: JourneyPatch): unknown {
  const result: Record<string, unknown> = { ...base, ...patch.fields };
  for (const key of patch.removed) delete result[key];
  for (const [key, { order, changed }] of Object.entries(patch.lists)) {
    const byId = new Map<string, unknown>(listOf(base, key).map((i) => [i.id, i]));
    for (const item of changed as Item[]) byId.set(item.id, item);
    result[key] = order.map((id) => {
      if (!byId.has(id)) throw new Error(`${key}: no item with id "${id}"`);
      return byId.get(id);
    });
  }
  return result;
}

/**
 * IndexedDB writes are asynchronous and may not finish when a window closes or reloads
 * mid-debounce. So when the window hides, a change still pending is also written here,
 * synchronously — one key per journey and window, bounded in size — and carried into the
 * library at the next start. Never throws (it runs while the page unloads): false if not written.
 */
export function writeJournal(storage: SyncStorage, entry: JournalEntry): boolean {
  try {
    const text = JSON.stringify(entry);
    if (text.length > JOURNAL_MAX_CHARS) return false;
    storage.setItem(journalKey(entry.journeyId, entry.tabId), text);
    return true;
  } catch {
    return false;
  }
}

export function clearJournal(storage: SyncStorage, journeyId: string, tabId: string): void {
  try {
    storage.removeItem(journalKey(journeyId, tabId));
  } catch {
    // Storage unavailable: a stale entry is harmless, recovery finds it equal to the library.
  }
}

/** What happened to one journal entry at start-up. */
export type Recovery =
  | { kind: 'saved'; title: string }
  | { kind: 'already-saved' }
  | { kind: 'kept-as-copy'; title: string; copyId: string }
  | { kind: 'set-aside'; title: string; reason: string };

function sameJson(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const kb = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return (
    ka.length === kb.length &&
    ka.every((k) => sameJson((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]))
  );
}

async function recoverEntry(
  entry: JournalEntry,
  library: JourneyLibrary,
  copySuffix: string | undefined,
): Promise<Recovery> {
  const stored = await library.get(entry.journeyId);
  let mine: Journey;
  if (entry.change.kind === 'whole') {
    mine = journeySchema.parse(entry.change.journey);
  } else {
    if (!stored) throw new Error('the journey is no longer in the library');
    // On a newer revision than the change was made on, the changed items go onto that one (kept as a copy).
    mine = journeySchema.parse(applyPatch(stored.journey, entry.change.patch));
  }
  if (stored && sameJson(mine, stored.journey)) return { kind: 'already-saved' };
  if (entry.baseRevision === 0 && !stored) {
    await library.create(mine); // a conflict copy that had not reached the library yet
    return { kind: 'saved', title: mine.title };
  }
  if (stored && stored.revision === entry.baseRevision) {
    try {
      await library.save(mine, entry.baseRevision);
      return { kind: 'saved', title: mine.title };
    } catch (error) {
      if (!(error instanceof RevisionConflictError)) throw error;
    }
  }
  const copy = await library.create(conflictCopy(mine, copySuffix));
  return { kind: 'kept-as-copy', title: copy.journey.title, copyId: copy.journey.id };
}

/** Move an entry out of the way (kept under another key, never lost quietly). */
function setAside(storage: SyncStorage, key: string, raw: string): void {
  try {
    storage.setItem(SET_ASIDE_PREFIX + key.slice(PREFIX.length), raw);
    storage.removeItem(key);
  } catch {
    // No room to move it: it stays where it is and is reported again at the next start.
  }
}

export interface RecoverOptions {
  /** Whether the window that wrote an entry is still open (then it is not ours to recover). */
  isTabAlive?: (tabId: string) => boolean;
  copySuffix?: string;
}

/**
 * Put every journalled change of a closed window into the library: as the next revision, or as a
 * copy if the journey was changed meanwhile. An entry that cannot be applied is set aside and
 * reported; one step failing never stops the others (start-up must always reach the library).
 */
export async function recoverJournals(
  storage: SyncStorage,
  library: JourneyLibrary,
  { isTabAlive = () => false, copySuffix }: RecoverOptions = {},
): Promise<Recovery[]> {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key?.startsWith(PREFIX)) keys.push(key);
  }
  const recoveries: Recovery[] = [];
  for (const key of keys) {
    const raw = storage.getItem(key);
    if (raw === null) continue;
    let entry: JournalEntry | undefined;
    try {
      entry = entrySchema.parse(JSON.parse(raw));
      if (isTabAlive(entry.tabId)) continue;
      const recovery = await recoverEntry(entry, library, copySuffix);
      storage.removeItem(key);
      if (recovery.kind !== 'already-saved') recoveries.push(recovery);
    } catch (error) {
      setAside(storage, key, raw);
      recoveries.push({
        kind: 'set-aside',
        title: entry?.title ?? '',
        reason: error instanceof Error ? error.message : String(error),
      });
    }
  }
  return recoveries;
}

const VIEW_KEY = 'trayecto:unsaved-view';
const viewEntrySchema = z.object({ journeyId: z.string().min(1), state: z.unknown() });
export type ViewJournalEntry = z.infer<typeof viewEntrySchema>;

/** The same for a journey's view (scenario on show, view mode, filters) changed just before closing. */
export function writeViewJournal(storage: SyncStorage, entry: ViewJournalEntry): void {
  try {
    storage.setItem(VIEW_KEY, JSON.stringify(entry));
  } catch {
    // A view is not worth failing the unload for: the journey opens with its stored view.
  }
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
