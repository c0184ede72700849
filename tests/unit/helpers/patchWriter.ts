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
  const saver = createPatchedSaver(library);
  /** Run in the "worker": its error comes back through a structured clone. */
  const across = async <T>(run: () => Promise<T>) => {
    try {
      return await run();
    } catch (error) {
      throw errorFromMessage(structuredClone(errorToMessage(error)));
    }
  };
  return {
    async save(journey, base, baseRevision) {
      const request = structuredClone(patchRequest(journey, base, baseRevision));
      return { revision: await across(() => saver.save(request)), mainThreadMs: 0 };
    },
    check: (journeyId) => across(() => saver.check(journeyId)),
    dispose() {},
  };
}
