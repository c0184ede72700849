import {
  errorFromMessage,
  libraryWriter,
  patchRequest,
  type ErrorMessage,
  type JourneyLibrary,
  type JourneyWriter,
} from '../../src/storage';
import type { SaveWorkerRequest } from './saveWorker';

type Reply = { id: number; revision?: number } | { id: number; error: ErrorMessage };
type Request = DistributiveOmit<SaveWorkerRequest, 'id'>;
type DistributiveOmit<T, K extends keyof T> = T extends unknown ? Omit<T, K> : never;

/**
 * Saves through a worker (`saveWorker.ts`): the main thread only works out what changed and posts
 * it. If the worker cannot start or fails, the saves go to the library on this thread instead.
 */
export function workerWriter(library: JourneyLibrary): JourneyWriter {
  const fallback = libraryWriter(library);
  let worker: Worker | undefined;
  try {
    worker = new Worker(new URL('./saveWorker.ts', import.meta.url), { type: 'module' });
  } catch {
    return fallback;
  }
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (revision: number | undefined) => void; reject: (error: Error) => void }
  >();
  worker.onmessage = ({ data }: MessageEvent<Reply>) => {
    const request = waiting.get(data.id);
    waiting.delete(data.id);
    if ('error' in data) request?.reject(errorFromMessage(data.error));
    else request?.resolve(data.revision);
  };
  worker.onerror = (event) => {
    // A worker that broke is not trusted again: what it had is retried on this thread.
    event.preventDefault();
    worker?.terminate();
    worker = undefined;
    for (const { reject } of waiting.values()) reject(new Error(event.message || 'the save worker stopped'));
    waiting.clear();
  };
  /** Post a request; resolves to what the worker replied (a save's revision). */
  const send = (worker: Worker, request: Request) => {
    const id = nextId++;
    worker.postMessage({ id, ...request } satisfies SaveWorkerRequest);
    return new Promise<number | undefined>((resolve, reject) => waiting.set(id, { resolve, reject }));
  };
  return {
    save(journey, base, baseRevision) {
      if (!worker) return fallback.save(journey, base, baseRevision);
      const start = performance.now();
      const reply = send(worker, { request: patchRequest(journey, base, baseRevision) });
      const mainThreadMs = performance.now() - start;
      return reply.then((revision) => ({ revision: revision!, mainThreadMs }));
    },
    async check(journeyId) {
      if (!worker) return fallback.check(journeyId);
      await send(worker, { check: journeyId });
    },
    dispose() {
      worker?.terminate();
    },
  };
}
