// Runs ForceAtlas2 off the main thread, so a big graph's layout never freezes the page; posts progress, then
// every position at once. The view ends the worker to cancel.
import { runForceLayout, type ForceLayoutMessage, type ForceLayoutRequest } from './forceLayout';

self.addEventListener('message', (event: MessageEvent<ForceLayoutRequest>) => {
  const request = event.data;
  const post = (message: ForceLayoutMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
  const positions = runForceLayout(request, (fraction) => post({ kind: 'progress', fraction }));
  post({ kind: 'done', positions }, [positions.buffer]);
});
