// Opens graph files off the main thread, so parsing and checking a big file never freezes the page. After its answer,
// when the page asks on the request's port, it hashes the dataset (for saved views and links) and sends the hash
// back: the page would otherwise spend seconds of its own time on it, making garbage that pauses it.
import { answerOpenRequest } from './openRequest';
import { packedDatasetHash, toWire, wireTransfers, withOwnBuffers } from './datasetWire';
import { answerJobs } from '../workers/answerJobs';
import type { OpenWorkerRequest } from './openInWorker';

answerJobs(({ hashPort, ...request }: OpenWorkerRequest) => {
  const reply = toWire(answerOpenRequest(request));
  // The reply's buffers are handed over: the hash is made from a copy, once asked for.
  if (hashPort) {
    const kept = reply.ok ? withOwnBuffers(reply.opened.dataset) : null;
    const answer = () => {
      hashPort.postMessage(kept ? packedDatasetHash(kept) : null);
      hashPort.close();
    };
    if (kept) hashPort.onmessage = answer;
    else answer();
  }
  return reply;
}, wireTransfers);
