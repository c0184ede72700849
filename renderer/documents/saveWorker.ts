/// <reference lib="webworker" />
import { createPatchedSaver, errorToMessage, JourneyLibrary, type PatchRequest } from '../../src/storage';

/**
 * The open map's saves, off the main thread: each message carries only what changed; this worker
 * applies it to its copy, validates the changed items and writes the record to IndexedDB.
 */
const savePatch = createPatchedSaver(new JourneyLibrary());

self.onmessage = async ({ data }: MessageEvent<{ id: number; request: PatchRequest }>) => {
  try {
    self.postMessage({ id: data.id, revision: await savePatch(data.request) });
  } catch (error) {
    self.postMessage({ id: data.id, error: errorToMessage(error) });
  }
};
