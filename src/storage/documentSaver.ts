import type { Journey } from '../model';
import { AUTOSAVE_DELAY_MS, createAutosaver, RETRY_DELAYS_MS } from './autosave';
import { JourneyNotFoundError, RevisionConflictError } from './errors';
import { clearJournal, diffJourney, writeJournal, type SyncStorage } from './journal';
import { libraryWriter, type JourneyWriter } from './journeyWriter';
import { conflictCopy, type JourneyLibrary, type StoredJourney } from './library';

export type SaveStatus = { kind: 'saved' } | { kind: 'saving' } | { kind: 'failed'; error: unknown };

export interface DocumentSaverEvents {
  onStatus?: (status: SaveStatus) => void;
  /**
   * Another window saved first. Its version (`theirs`) is now the one being edited, at its
   * revision; every change of ours, up to the latest, is kept as `copy` (a journey of its own).
   */
  onReplaced?: (theirs: Journey, copy: Journey) => void;
  /** The journey was deleted for good elsewhere; it was put back in the library with our changes. */
  onRestored?: (journey: Journey) => void;
}

export interface DocumentSaverOptions extends DocumentSaverEvents {
  library: JourneyLibrary;
  /** Where the pagehide journal goes (localStorage). */
  journal: SyncStorage;
  /** This window's id: the journal has one entry per journey and window. */
  tabId: string;
  /** The journey as loaded from the library. */
  stored: StoredJourney;
  /** Where saves go (a worker, in the app); the library on this thread by default. */
  writer?: JourneyWriter;
  copySuffix?: string;
  delayMs?: number;
  retryDelaysMs?: readonly number[];
}

export interface DocumentSaver {
  /** The editor's journey changed: save it (debounced). */
  edit(journey: Journey): void;
  /** The latest journey known, saved or not. */
  readonly current: Journey;
  readonly revision: number;
  readonly status: SaveStatus;
  /** True while anything (a change or a conflict copy) is not yet in the library. */
  readonly pending: boolean;
  /** Write now; true when the library has everything. */
  flush(): Promise<boolean>;
  /** The window hides or closes: journal what is pending, synchronously; never throws. */
  journalNow(): void;
  dispose(): void;
}

/**
 * Saving one open journey: autosave with retries, revision tracking, conflicts resolved without
 * loss (the library's version continues, ours becomes a copy, and later edits save normally), and
 * the pagehide journal, which holds what the library does not have yet.
 */
export function createDocumentSaver({
  library,
  journal,
  tabId,
  stored,
  writer = libraryWriter(library),
  copySuffix,
  delayMs = AUTOSAVE_DELAY_MS,
  retryDelaysMs = RETRY_DELAYS_MS,
  onStatus,
  onReplaced,
  onRestored,
}: DocumentSaverOptions): DocumentSaver {
  const journeyId = stored.journey.id;
  let revision = stored.revision;
  /** What the library has at `revision`: the base the journal's patch is made against. */
  let saved = stored.journey;
  let current = stored.journey;
  let status: SaveStatus = { kind: 'saved' };

  let disposed = false;
  let copyRetries = 0;
  let copyTimer: ReturnType<typeof setTimeout> | undefined;
  /** Conflict copies not yet in the library, by id. */
  const copies = new Map<string, Journey>();

  const setStatus = (next: SaveStatus) => {
    status = next;
    onStatus?.(next);
  };
  const settle = () => {
    if (changes.pending || copies.size) return;
    clearJournal(journal, journeyId, tabId);
    setStatus({ kind: 'saved' });
  };
  const fail = (error: unknown) => setStatus({ kind: 'failed', error });

  /** Write the waiting copies; a retry after a write that did land finds the copy there. */
  async function saveCopies(): Promise<void> {
    clearTimeout(copyTimer);
    for (const copy of [...copies.values()]) {
      try {
        await library.create(copy);
      } catch (error) {
        if (!(await library.get(copy.id).catch(() => undefined))) {
          fail(error);
          const wait = retryDelaysMs[Math.min(copyRetries++, retryDelaysMs.length - 1)];
          if (!disposed) copyTimer = setTimeout(() => void saveCopies(), wait);
          return;
        }
      }
      copies.delete(copy.id);
      clearJournal(journal, copy.id, tabId);
    }
    copyRetries = 0;
    settle();
  }

  async function write(journey: Journey): Promise<void> {
    try {
      const written = await writer.save(journey, saved, revision);
      revision = written.revision;
      saved = journey;
      // User Timing, for profilers and `npm run bench`: ends when the library has the change; its duration
      // is the main-thread time the write took. Only the latest is kept.
      performance.clearMeasures('trayecto:autosave');
      performance.measure('trayecto:autosave', { end: performance.now(), duration: written.mainThreadMs });
    } catch (error) {
      if (error instanceof JourneyNotFoundError) {
        ({ revision } = await library.create(journey));
        saved = journey;
        onRestored?.(journey);
      } else if (error instanceof RevisionConflictError) {
        // From here to the end, synchronous: no edit can slip between the copy and the switch.
        const copy = conflictCopy(current, copySuffix);
        revision = error.storedRevision;
        saved = current = error.storedJourney;
        changes.discard();
        copies.set(copy.id, copy);
        onReplaced?.(error.storedJourney, copy);
        void saveCopies();
      } else {
        throw error;
      }
    }
  }

  const changes = createAutosaver({ delayMs, retryDelaysMs, write, onSaved: settle, onError: fail });

  return {
    edit(journey) {
      if (journey === current) return;
      current = journey;
      changes.schedule(journey);
      if (status.kind !== 'failed') setStatus({ kind: 'saving' });
    },
    get current() {
      return current;
    },
    get revision() {
      return revision;
    },
    get status() {
      return status;
    },
    get pending() {
      return changes.pending || copies.size > 0;
    },
    async flush() {
      await changes.flush();
      if (copies.size) await saveCopies();
      return !changes.pending && !copies.size;
    },
    journalNow() {
      if (changes.pending && current !== saved) {
        writeJournal(journal, {
          journeyId,
          tabId,
          title: current.title,
          baseRevision: revision,
          change: { kind: 'patch', patch: diffJourney(saved, current) },
        });
      }
      for (const copy of copies.values()) {
        writeJournal(journal, {
          journeyId: copy.id,
          tabId,
          title: copy.title,
          baseRevision: 0,
          change: { kind: 'whole', journey: copy },
        });
      }
    },
    dispose() {
      disposed = true;
      changes.dispose();
      writer.dispose();
      clearTimeout(copyTimer);
    },
  };
}
