// Runs an open request in a fresh worker and gives back the dataset, or throws an ImportError. One worker per
// request, ended afterwards: a cancelled or runaway parse is simply terminated.
import { ImportError } from './formats';
import { answerOpenRequest, fromWire, type OpenReply, type OpenRequest, type WireReply } from './openRequest';
import type { OpenedGraph } from './openGraph';

function settle(reply: OpenReply): OpenedGraph {
  if (!reply.ok) throw new ImportError(reply.code, reply.message);
  return reply.opened;
}

export function openInWorker(request: OpenRequest): Promise<OpenedGraph> {
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => settle(answerOpenRequest(request)));
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module' });
    worker.addEventListener('message', (event: MessageEvent<WireReply>) => {
      worker.terminate();
      try {
        resolve(settle(fromWire(event.data)));
      } catch (error) {
        reject(error);
      }
    });
    worker.addEventListener('error', (event) => {
      worker.terminate();
      reject(new ImportError('malformed', `The file could not be read: ${event.message || 'the background reader stopped'}.`));
    });
    worker.postMessage(request);
  });
}
