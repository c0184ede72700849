import type { Journey } from '../model';
import { RevisionConflictError } from './errors';
import type { JourneyLibrary } from './library';

export const AUTOSAVE_DELAY_MS = 400;

export interface Autosaver {
  /** Note a change; it is written after `delayMs` of quiet (the latest state only). */
  schedule(journey: Journey): void;
  /** Write a pending change now; resolves when nothing is pending or being written. */
  flush(): Promise<void>;
  /** True while a change waits or is being written. */
  readonly pending: boolean;
  dispose(): void;
}

export interface AutosaverOptions {
  write: (journey: Journey) => Promise<void>;
  delayMs?: number;
  onSaved?: (journey: Journey) => void;
  onError?: (error: unknown, journey: Journey) => void;
}

/**
 * Debounced, never-overlapping writes of the latest journey. A failed write keeps the
 * change pending, so the next schedule or flush tries again: nothing is dropped.
 */
export function createAutosaver({
  write,
  delayMs = AUTOSAVE_DELAY_MS,
  onSaved,
  onError,
}: AutosaverOptions): Autosaver {
  let latest: Journey | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  /** Write the latest change; false if the write failed (the change stays pending). */
  async function drain(): Promise<boolean> {
    while (writing) await writing;
    if (!latest) return true;
    let ok = true;
    const journey = latest;
    latest = undefined;
    writing = write(journey).then(
      () => onSaved?.(journey),
      (error: unknown) => {
        ok = false;
        // Keep the failed change unless a newer one arrived meanwhile.
        latest ??= journey;
        onError?.(error, journey);
      },
    );
    try {
      await writing;
    } finally {
      writing = undefined;
    }
    return ok;
  }

  return {
    schedule(journey) {
      latest = journey;
      clearTimer();
      timer = setTimeout(() => {
        timer = undefined;
        void drain();
      }, delayMs);
    },
    async flush() {
      clearTimer();
      // A change scheduled during the write is written too; a failed one waits for the next try.
      if ((await drain()) && latest) await drain();
    },
    get pending() {
      return latest !== undefined || writing !== undefined;
    },
    dispose() {
      clearTimer();
      latest = undefined;
    },
  };
}

export interface JourneyAutosaverCallbacks {
  onSaved?: (revision: number) => void;
  onConflict?: (error: RevisionConflictError, mine: Journey) => void;
  onError?: (error: unknown) => void;
}

/**
 * Autosave of one open journey into the library, tracking its revision across saves. On a
 * conflict (another window saved first) the change is handed to `onConflict` and dropped
 * from the queue, so the caller decides (reload, or keep both) and nothing is overwritten.
 */
export function createJourneyAutosaver(
  library: JourneyLibrary,
  initialRevision: number,
  callbacks: JourneyAutosaverCallbacks = {},
  delayMs = AUTOSAVE_DELAY_MS,
): Autosaver & { readonly revision: number } {
  let revision = initialRevision;
  let conflict = false;
  const saver = createAutosaver({
    delayMs,
    async write(journey) {
      if (conflict) return;
      try {
        const start = performance.now();
        revision = await library.save(journey, revision);
        // User Timing, for profilers and `npm run bench`: the write itself (validation + IndexedDB transaction).
        performance.clearMeasures('trayecto:autosave'); // only the latest: one per edit would pile up over a session
        performance.measure('trayecto:autosave', { start });
        callbacks.onSaved?.(revision);
      } catch (error) {
        if (!(error instanceof RevisionConflictError)) throw error;
        conflict = true;
        callbacks.onConflict?.(error, journey);
      }
    },
    onError: (error) => callbacks.onError?.(error),
  });
  return {
    schedule: (journey) => saver.schedule(journey),
    flush: () => saver.flush(),
    dispose: () => saver.dispose(),
    get pending() {
      return saver.pending;
    },
    get revision() {
      return revision;
    },
  };
}
