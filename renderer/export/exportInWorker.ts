import type { Deliverable, DeliverableJob } from './deliverables';

/** Make a deliverable in a worker of its own; `signal` cancels it (the worker is stopped). */
export function makeInWorker(job: DeliverableJob, signal?: AbortSignal): Promise<Deliverable> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./exportWorker.ts', import.meta.url), { type: 'module' });
    const stop = () => {
      worker.terminate();
      reject(new DOMException('The export was cancelled', 'AbortError'));
    };
    if (signal?.aborted) return stop();
    signal?.addEventListener('abort', stop, { once: true });
    worker.onmessage = (event: MessageEvent<Partial<Deliverable> & { error?: string }>) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      const { bytes, pixelRatio, error } = event.data;
      if (bytes) resolve({ bytes, pixelRatio });
      else reject(new Error(error));
    };
    worker.onerror = (event) => {
      signal?.removeEventListener('abort', stop);
      worker.terminate();
      reject(new Error(event.message || 'the export worker failed'));
    };
    worker.postMessage(job);
  });
}
