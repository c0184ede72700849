import type { Journey } from '../model';
import { InvalidJourneyError, JourneyNotFoundError, RevisionConflictError, StorageFullError } from './errors';
import { applyPatch, diffJourney, type JourneyPatch } from './journal';
import type { JourneyLibrary, StoredJourney } from './library';

export interface WriteResult {
  revision: number;
  /** Time the write held the main thread (what the editor pays for a save). */
  mainThreadMs: number;
}

/** Where a document saver's writes go: the library on this thread, or a worker keeping a copy. */
export interface JourneyWriter {
  /** Save `journey`, edited from `base` (what the library has at `baseRevision`). Throws the library's errors. */
  save(journey: Journey, base: Journey, baseRevision: number): Promise<WriteResult>;
  /**
   * Check the whole journey as the library has it, for one opened checked in part (`getToOpen`):
   * InvalidJourneyError if broken. A broken one is never saved either way: every save checks it whole.
   */
  check(journeyId: string): Promise<void>;
  dispose(): void;
}

/** Writes on this thread: the library validates the changed items and IndexedDB serializes the record here. */
export function libraryWriter(library: JourneyLibrary): JourneyWriter {
  return {
    async save(journey, _base, baseRevision) {
      const revision = await library.save(journey, baseRevision);
      return { revision, mainThreadMs: library.lastSaveMainThreadMs };
    },
    async check(journeyId) {
      await library.get(journeyId);
    },
    dispose() {},
  };
}

/** A save as sent to another thread: only what changed since the revision the library has. */
export interface PatchRequest {
  journeyId: string;
  patch: JourneyPatch;
  baseRevision: number;
  /** With the revision, names the base exactly (a map deleted and made again starts its revisions over). */
  baseUpdatedAt: string;
}

export function patchRequest(journey: Journey, base: Journey, baseRevision: number): PatchRequest {
  return {
    journeyId: journey.id,
    patch: diffJourney(base, journey),
    baseRevision,
    baseUpdatedAt: base.updatedAt,
  };
}

/** The writing side of a worker: see `createPatchedSaver`. */
export interface PatchedSaver {
  /** Apply a patch to the copy of its base and write the result; resolves to the new revision. */
  save(request: PatchRequest): Promise<number>;
  /** Read and check the whole journey now (it is opening), keeping it as the copy the first patch applies to. */
  check(journeyId: string): Promise<void>;
}

/**
 * The writing side of a worker: keeps a copy of each journey it saved and applies each patch to it,
 * so the library parses only the changed items and the main thread sends only those. A copy that is
 * not of the base revision is read again from the library; a base the library no longer has is a conflict.
 */
export function createPatchedSaver(library: JourneyLibrary): PatchedSaver {
  const copies = new Map<string, StoredJourney>();
  return {
    async save({ journeyId, patch, baseRevision, baseUpdatedAt }) {
      let copy = copies.get(journeyId);
      if (copy?.revision !== baseRevision || copy.journey.updatedAt !== baseUpdatedAt) {
        copies.delete(journeyId);
        const stored = await library.get(journeyId);
        if (!stored) throw new JourneyNotFoundError(journeyId);
        if (stored.revision !== baseRevision || stored.journey.updatedAt !== baseUpdatedAt) {
          throw new RevisionConflictError(journeyId, baseRevision, stored.revision, stored.journey);
        }
        copy = stored;
      }
      // Whatever the patch makes, the library checks it before writing (a broken one is refused).
      const journey = applyPatch(copy.journey, patch) as Journey;
      const revision = await library.save(journey, baseRevision);
      copies.set(journeyId, { journey, revision });
      return revision;
    },
    async check(journeyId) {
      const stored = await library.get(journeyId);
      if (stored) copies.set(journeyId, stored);
    },
  };
}

/** The library's errors, as plain data that crosses to another thread and back. */
export type ErrorMessage =
  | { name: 'RevisionConflictError'; journeyId: string; expected: number; stored: number; journey: Journey }
  | { name: 'JourneyNotFoundError'; journeyId: string }
  | { name: 'StorageFullError' }
  | { name: 'InvalidJourneyError'; problems: { path: string; message: string }[] }
  | { name: 'Error'; message: string };

export function errorToMessage(error: unknown): ErrorMessage {
  if (error instanceof RevisionConflictError) {
    const { journeyId, expectedRevision, storedRevision, storedJourney } = error;
    return {
      name: error.name,
      journeyId,
      expected: expectedRevision,
      stored: storedRevision,
      journey: storedJourney,
    };
  }
  if (error instanceof JourneyNotFoundError) return { name: error.name, journeyId: error.journeyId };
  if (error instanceof StorageFullError) return { name: error.name };
  if (error instanceof InvalidJourneyError) return { name: error.name, problems: error.problems };
  return { name: 'Error', message: error instanceof Error ? error.message : String(error) };
}

export function errorFromMessage(message: ErrorMessage): Error {
  switch (message.name) {
    case 'RevisionConflictError':
      return new RevisionConflictError(message.journeyId, message.expected, message.stored, message.journey);
    case 'JourneyNotFoundError':
      return new JourneyNotFoundError(message.journeyId);
    case 'StorageFullError':
      return new StorageFullError();
    case 'InvalidJourneyError':
      return new InvalidJourneyError(message.problems);
    case 'Error':
      return new Error(message.message);
  }
}
