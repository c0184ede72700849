import type { Journey } from '../model';

export const AUTOSAVE_DELAY_MS = 400;
/** After a failed write, the next tries wait this long (the last one repeats). */
export const RETRY_DELAYS_MS = [2_000, 5_000, 15_000, 30_000];

export interface Autosaver {
  /** Note a change; it is written after `delayMs` of quiet (the latest state only). */
  schedule(journey: Journey): void;
  /** Write a pending change now; resolves when nothing is pending or being written, or a write failed. */
  flush(): Promise<void>;
  /** True while a change waits, is being written, or failed and waits for its retry. */
  readonly pending: boolean;
  /** Forget a pending change that the caller has kept elsewhere (a conflict copy). */
  discard(): void;
  /** Stop the timers. A pending change is the caller's to keep: check `pending` first. */
  dispose(): void;
}

export interface AutosaverOptions {
  write: (journey: Journey) => Promise<void>;
  delayMs?: number;
  retryDelaysMs?: readonly number[];
  /** Called once the write is over and nothing else is being written (`pending` is false if nothing waits). */
  onSaved?: (journey: Journey) => void;
  onError?: (error: unknown, journey: Journey) => void;
}

/**
 * Debounced, never-overlapping writes of the latest journey. A failed write keeps the
 * change pending and is tried again (at the next schedule or flush, or after a growing wait).
 */
export function createAutosaver({
  write,
  delayMs = AUTOSAVE_DELAY_MS,
  retryDelaysMs = RETRY_DELAYS_MS,
  onSaved,
  onError,
}: AutosaverOptions): Autosaver {
  let latest: Journey | undefined;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let writing: Promise<void> | undefined;
  let failures = 0;
  let disposed = false;

  const clearTimer = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };
  const wait = (ms: number) => {
    clearTimer();
    if (disposed) return;
    timer = setTimeout(() => {
      timer = undefined;
      void drain();
    }, ms);
  };

  /** Write the latest change; false if the write failed (the change stays pending). */
  async function drain(): Promise<boolean> {
    while (writing) await writing;
    if (!latest) return true;
    const journey = latest;
    latest = undefined;
    let failure: { error: unknown } | undefined;
    writing = write(journey).catch((error: unknown) => {
      failure = { error };
      // Keep the failed change unless a newer one arrived meanwhile.
      latest ??= journey;
    });
    try {
      await writing;
    } finally {
      writing = undefined;
    }
    // Told after `writing` is cleared, so `pending` says whether anything is still to write.
    if (!failure) {
      failures = 0;
      onSaved?.(journey);
      return true;
    }
    failures++;
    if (timer === undefined) wait(retryDelaysMs[Math.min(failures, retryDelaysMs.length) - 1]!);
    onError?.(failure.error, journey);
    return false;
  }

  return {
    schedule(journey) {
      latest = journey;
      wait(delayMs);
    },
    async flush() {
      clearTimer();
      // A change scheduled during the write is written too; a failed one waits for its retry.
      if ((await drain()) && latest) await drain();
    },
    get pending() {
      return latest !== undefined || writing !== undefined;
    },
    discard() {
      clearTimer();
      latest = undefined;
    },
    dispose() {
      disposed = true;
      clearTimer();
    },
  };
}
