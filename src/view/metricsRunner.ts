// Runs a network metric for the page: story-sized graphs right here (a worker would cost more than the work),
// big ones in a worker with progress and cancel, so no main-thread task comes near 200 ms.
import type { StoryGraph } from '../model/graph';
import type { MetricId } from '../model/metricNames';
import type { Structure } from '../model/metrics';
import { METRICS_WORKER_FROM_ELEMENTS } from '../model/thresholds';
import { workerKind } from '../workers/workerJobs';
import type { MetricJob } from './metrics.worker';

const metricsWorker = workerKind<MetricJob, { values: Float64Array; sampled?: number }>(
  () => new Worker(new URL('./metrics.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'metrics worker' },
);

export interface MetricOutcome {
  values: Map<string, number>;
  sampled?: number;
}

export interface MetricRun {
  done: Promise<MetricOutcome | null>;
  cancel(): void;
}

/** Whether this graph's metrics run in a worker (and so are not all computed unasked for an entity's details). */
export function runsInWorker(graph: StoryGraph): boolean {
  return graph.order + graph.size >= METRICS_WORKER_FROM_ELEMENTS && typeof Worker !== 'undefined';
}

export function structureOf(graph: StoryGraph): Structure {
  const nodes = graph.nodes();
  const index = new Map(nodes.map((key, i) => [key, i]));
  const sources = new Uint32Array(graph.size);
  const targets = new Uint32Array(graph.size);
  const weights = new Float64Array(graph.size);
  let j = 0;
  graph.forEachEdge((_key, relation, source, target) => {
    sources[j] = index.get(source)!;
    targets[j] = index.get(target)!;
    weights[j] = relation.weight !== undefined && relation.weight > 0 ? relation.weight : 1;
    j++;
  });
  return { nodes, sources, targets, weights };
}

function byKey(nodes: readonly string[], values: Float64Array): Map<string, number> {
  return new Map(nodes.map((key, i) => [key, values[i]!]));
}

/** Starts the metric; `done` resolves with its values by node key, or null when cancelled. */
export function runMetric(graph: StoryGraph, id: MetricId, onProgress: (fraction: number) => void): MetricRun {
  const structure = structureOf(graph);
  if (!runsInWorker(graph)) {
    let cancelled = false;
    // graphology's metric libraries load when a metric is first asked for, not with the page.
    const done = import('../model/metrics').then(({ computeMetric }) => {
      if (cancelled) return null;
      const result = computeMetric(structure, id, onProgress);
      return { values: byKey(structure.nodes, result.values), sampled: result.sampled };
    });
    return { done, cancel: () => (cancelled = true) };
  }
  const job = metricsWorker.run(
    { structure, id },
    {
      transfer: [structure.sources.buffer, structure.targets.buffer, structure.weights.buffer],
      onProgress,
    },
  );
  const done = job.done.then((result) =>
    result ? { values: byKey(structure.nodes, result.values), sampled: result.sampled } : null,
  );
  return { done, cancel: job.cancel };
}
