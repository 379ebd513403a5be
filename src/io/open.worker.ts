// Opens graph files off the main thread, so parsing and checking a big file never freezes the page. After its answer,
// it hashes the dataset (for saved views and links) and sends the hash on the request's port: the page would
// otherwise spend seconds of its own time on it, making garbage that pauses it, while this worker sits idle.
import { answerOpenRequest } from './openRequest';
import { packedDatasetHash, toWire, wireTransfers, withOwnBuffers } from './datasetWire';
import { answerJobs } from '../workers/answerJobs';
import type { OpenWorkerRequest } from './openInWorker';

answerJobs(({ hashPort, ...request }: OpenWorkerRequest) => {
  const reply = toWire(answerOpenRequest(request));
  // answerJobs posts the reply (handing its buffers over) before any timeout runs: the page starts on it while
  // this hashes a copy.
  if (hashPort) {
    const kept = reply.ok ? withOwnBuffers(reply.opened.dataset) : null;
    setTimeout(() => {
      hashPort.postMessage(kept ? packedDatasetHash(kept) : null);
      hashPort.close();
    });
  }
  return reply;
}, wireTransfers);
