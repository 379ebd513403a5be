// Opens graph files off the main thread, so parsing and checking a big file never freezes the page.
import { answerOpenRequest, type OpenReply, type OpenRequest } from './openRequest';

interface WorkerScope {
  addEventListener(type: 'message', listener: (event: MessageEvent<OpenRequest>) => void): void;
  postMessage(reply: OpenReply): void;
}

const scope = self as unknown as WorkerScope;
scope.addEventListener('message', (event) => scope.postMessage(answerOpenRequest(event.data)));
