// Computes one network metric off the main thread, so a big graph's betweenness never freezes the page; posts
// progress, then the values. The page ends the worker to cancel (metricsRunner.ts).
import { computeMetric, type Structure } from '../model/metrics';
import type { MetricId } from '../model/metricNames';
import { answerJobs } from '../workers/answerJobs';

/** What the worker is asked: the graph as typed arrays, and which metric. */
export interface MetricJob {
  structure: Structure;
  id: MetricId;
}

answerJobs(
  ({ structure, id }: MetricJob, progress) => computeMetric(structure, id, progress),
  (result) => [result.values.buffer],
);
