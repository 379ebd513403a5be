// Runs ForceAtlas2 off the main thread, so a big graph's layout never freezes the page; posts progress, then
// every position at once. The view ends the worker to cancel.
import { runForceLayout, type ForceLayoutRequest } from './forceLayout';
import { answerJobs } from '../../workers/answerJobs';

answerJobs(
  (request: ForceLayoutRequest, progress) => runForceLayout(request, progress),
  (positions) => [positions.buffer],
);
