/// <reference lib="webworker" />
import { makeDeliverable, type DeliverableJob } from './deliverables';

// Drawing, PNG, PDF and workbook off the main thread: seconds of work on a large map, and the window stays live.
self.onmessage = async (event: MessageEvent<DeliverableJob>) => {
  try {
    const made = await makeDeliverable(event.data);
    (self as unknown as DedicatedWorkerGlobalScope).postMessage(made, [made.bytes.buffer]);
  } catch (error) {
    self.postMessage({ error: error instanceof Error ? error.message : String(error) });
  }
};
