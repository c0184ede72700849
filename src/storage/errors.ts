import type { Journey } from '../model';

/** Another writer (another window) saved this journey since we loaded it. */
export class RevisionConflictError extends Error {
  override readonly name = 'RevisionConflictError';
  constructor(
    readonly journeyId: string,
    readonly expectedRevision: number,
    readonly storedRevision: number,
    readonly storedJourney: Journey,
  ) {
    super(
      `journey ${journeyId} is at revision ${storedRevision}, not ${expectedRevision}: it was changed elsewhere`,
    );
  }
}

/** The browser refused to store more (disk or quota full). Nothing was written. */
export class StorageFullError extends Error {
  override readonly name = 'StorageFullError';
  constructor() {
    super('the disk or the browser storage quota is full; free some space and try again');
  }
}

/** A journey that breaks the schema or its invariants is never written. */
export class InvalidJourneyError extends Error {
  override readonly name = 'InvalidJourneyError';
  constructor(readonly problems: { path: string; message: string }[]) {
    super(`invalid journey: ${problems.map((p) => `${p.path}: ${p.message}`).join('; ')}`);
  }
}

export class JourneyNotFoundError extends Error {
  override readonly name = 'JourneyNotFoundError';
  constructor(readonly journeyId: string) {
    super(`no journey with id "${journeyId}" in the library`);
  }
}

/** Dexie wraps the browser's QuotaExceededError; find it in the chain. */
export function isQuotaError(error: unknown): boolean {
  for (let e = error; e && typeof e === 'object'; e = (e as { inner?: unknown }).inner) {
    if ((e as { name?: string }).name === 'QuotaExceededError') return true;
  }
  return false;
}
