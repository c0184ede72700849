/// <reference lib="webworker" />
import { makeDeliverable, type DeliverableJob } from './deliverables';

// Drawing, PDF and workbook off the main thread: seconds of work on a large map, and the window stays live.
self.onmessage = async (event: MessageEvent<DeliverableJob>) => {
  try {
    const bytes = await makeDeliverable(event.data);
    (self as unknown as DedicatedWorkerGlobalScope).postMessage({ bytes }, [bytes.buffer]);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
