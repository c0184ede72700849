/// <reference lib="webworker" />
import { createPatchedSaver, errorToMessage, JourneyLibrary, type PatchRequest } from '../../src/storage';

/**
 * The open map's saves, off the main thread: each message carries only what changed; this worker
 * applies it to its copy, validates the changed items and writes the record to IndexedDB. As the map
 * opens, it checks the whole record (`check`), which the main thread opened checked in part.
 */
const saver = createPatchedSaver(new JourneyLibrary());

export type SaveWorkerRequest = { id: number } & ({ request: PatchRequest } | { check: string });

self.onmessage = async ({ data }: MessageEvent<SaveWorkerRequest>) => {
  try {
    const revision = 'check' in data ? await saver.check(data.check) : await saver.save(data.request);
    self.postMessage({ id: data.id, revision });
  } catch (error) {
    self.postMessage({ id: data.id, error: errorToMessage(error) });
  }
};
