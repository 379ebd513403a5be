// Drives the force layout worker (ForceAtlas2, or the multilevel layout from MULTILEVEL_LAYOUT_FROM_NODES) for big
// graphs: sends the visible nodes and edges, reports progress, and hands back every position at once (null when the
// worker failed) (the caller applies them in one batch). cancel() ends the worker.
import { multilevelLayout } from './multilevel';
import {
  FORCE_LAYOUT_BUDGET_MS,
  forceMethodFor,
  iterationsFor,
  runForceLayout,
  type ForceLayoutRequest,
} from './forceLayout';
import { workerKind } from '../../workers/workerJobs';

const forceWorker = workerKind<ForceLayoutRequest, Float64Array>(
  () => new Worker(new URL('./forceLayout.worker.ts', import.meta.url), { type: 'module' }),
  { name: 'force layout' },
);

export interface LayoutProgress {
  /** True while a layout runs; a layout that can take a while (a big graph's) can then be cancelled. */
  running: boolean;
  /** 0…1 for layouts that report progress; null for the quick ones that do not. */
  fraction: number | null;
  cancellable: boolean;
  /** Set when a layout ended without a result: what the user is told (the drawing stays as it was). */
  failed?: string;
}

export interface ForceLayoutRun {
  cancel(): void;
}

/**
 * Lays out nodes 0…n-1 starting from `positions` (x0, y0, x1…) with `edges` (source0, target0, … as node indexes;
 * loops are ignored). Both arrays are handed over to the worker: the caller must not use them afterwards.
 */
export function startForceLayout(
  positions: Float64Array,
  edges: Uint32Array,
  onProgress: (fraction: number) => void,
  onDone: (positions: Float64Array | null) => void,
): ForceLayoutRun {
  const request: ForceLayoutRequest = {
    positions,
    edges,
    iterations: iterationsFor(positions.length / 2),
    budgetMs: FORCE_LAYOUT_BUDGET_MS,
    method: forceMethodFor(positions.length / 2),
  };

  if (typeof Worker === 'undefined') {
    // No workers (an unusual embedding): run in place rather than not at all.
    const result =
      request.method === 'multilevel'
        ? multilevelLayout(request.positions, request.edges)
        : runForceLayout(request, () => undefined);
    queueMicrotask(() => onDone(result));
    return { cancel: () => undefined };
  }
  const job = forceWorker.run(request, {
    transfer: [request.positions.buffer, request.edges.buffer],
    onProgress,
  });
  job.done.then(
    // null: cancelled, and a cancelled layout reports nothing.
    (result) => result && onDone(result),
    (error: Error) => {
      console.error('The force layout stopped:', error.message);
      onDone(null);
    },
  );
  return { cancel: job.cancel };
}
