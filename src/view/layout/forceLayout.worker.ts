// Runs the force layout off the main thread, so a big graph's layout never freezes the page; posts progress, then
// every position at once. The view ends the worker to cancel.
import { runForceLayout, type ForceLayoutRequest } from './forceLayout';
import { multilevelLayout } from './multilevel';
import { answerJobs } from '../../workers/answerJobs';

answerJobs(
  (request: ForceLayoutRequest, post) => {
    // The multilevel layout reports after every few iterations of every level: pass on only whole percents.
    let shown = -1;
    const progress = (fraction: number) => {
      if (fraction - shown < 0.01 && fraction < 1) return;
      shown = fraction;
      post(fraction);
    };
    return request.method === 'multilevel'
      ? multilevelLayout(request.positions, request.edges, progress)
      : runForceLayout(request, progress);
  },
  (positions) => [positions.buffer],
);
