// Opens graph files off the main thread, so parsing and checking a big file never freezes the page.
import { answerOpenRequest, type OpenRequest } from './openRequest';
import { toWire, type WireReply } from './datasetWire';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<OpenRequest>) => void): void;
  postMessage(reply: WireReply): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => scope.postMessage(toWire(answerOpenRequest(event.data))));
