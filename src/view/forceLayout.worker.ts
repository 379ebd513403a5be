// Runs the force layout off the main thread, so a big graph's layout never freezes the page; posts progress, then
// every position at once. The view ends the worker to cancel.
import { runForceLayout, type ForceLayoutMessage, type ForceLayoutRequest } from './forceLayout';
import { multilevelLayout } from './layout/multilevel';

self.addEventListener('message', (event: MessageEvent<ForceLayoutRequest>) => {
  const request = event.data;
  const post = (message: ForceLayoutMessage, transfer: Transferable[] = []) => self.postMessage(message, { transfer });
  // The multilevel layout reports after every few iterations of every level: pass on only whole percents.
  let shown = -1;
  const progress = (fraction: number) => {
    if (fraction - shown < 0.01 && fraction < 1) return;
    shown = fraction;
    post({ kind: 'progress', fraction });
  };
  const positions =
    request.method === 'multilevel'
      ? multilevelLayout(request.positions, request.edges, progress)
      : runForceLayout(request, progress);
  post({ kind: 'done', positions }, [positions.buffer]);
});
