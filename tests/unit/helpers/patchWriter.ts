import {
  createPatchedSaver,
  errorFromMessage,
  errorToMessage,
  patchRequest,
  type JourneyLibrary,
  type JourneyWriter,
} from '../../../src/storage';

/** The app's save worker, in-process: requests and errors cross a structured clone, as they do to a worker. */
export function patchWriter(library: JourneyLibrary): JourneyWriter {
  const savePatch = createPatchedSaver(library);
  return {
    async save(journey, base, baseRevision) {
      try {
        const revision = await savePatch(structuredClone(patchRequest(journey, base, baseRevision)));
        return { revision, mainThreadMs: 0 };
      } catch (error) {
        throw errorFromMessage(structuredClone(errorToMessage(error)));
      }
    },
    dispose() {},
  };
}
