// Runs an open request in a fresh worker and gives back the dataset, or throws an ImportError. One worker per
// request, ended afterwards: a cancelled or runaway parse is simply terminated. prepareOpenWorker starts the next
// one early (while a file downloads or is read), so loading and compiling the reader's code is not on the wait.
import { ImportError } from './formats';
import { answerOpenRequest, fromWire, type OpenReply, type OpenRequest, type WireReply } from './openRequest';
import type { OpenedGraph } from './openGraph';

function settle(reply: OpenReply): OpenedGraph {
  if (!reply.ok) throw new ImportError(reply.code, reply.message);
  return reply.opened;
}

let spare: Worker | null = null;
const startWorker = () => new Worker(new URL('./open.worker.ts', import.meta.url), { type: 'module' });

/** Starts a reader ahead of need; the next openInWorker takes it. Does nothing if one is waiting already. */
export function prepareOpenWorker(): void {
  if (!spare && typeof Worker !== 'undefined') spare = startWorker();
}

export function openInWorker(request: OpenRequest): Promise<OpenedGraph> {
  if (typeof Worker === 'undefined') return Promise.resolve().then(() => settle(answerOpenRequest(request)));
  return new Promise((resolve, reject) => {
    const worker = spare ?? startWorker();
    spare = null;
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
