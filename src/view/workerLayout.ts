// Drives the ForceAtlas2 worker for big graphs: sends the visible nodes and edges, reports progress, and hands
// back every position at once (null when the worker failed) (the caller applies them in one batch). cancel() ends the worker.
import type { EdgeCollection, NodeCollection } from 'cytoscape';
import { iterationsFor, runForceLayout, type ForceLayoutMessage, type ForceLayoutRequest } from './forceLayout';

export interface LayoutProgress {
  /** True while a layout runs; a layout that can take a while (a big graph's) can then be cancelled. */
  running: boolean;
  /** 0…1 for layouts that report progress; null for the quick ones that do not. */
  fraction: number | null;
  cancellable: boolean;
}

export interface ForceLayoutRun {
  cancel(): void;
}

export function startForceLayout(
  nodes: NodeCollection,
  edges: EdgeCollection,
  onProgress: (fraction: number) => void,
  onDone: (positions: Float64Array | null) => void,
): ForceLayoutRun {
  const index = new Map<string, number>();
  const positions = new Float64Array(2 * nodes.length);
  nodes.forEach((n, i) => {
    index.set(n.id(), i);
    const p = n.position();
    positions[2 * i] = p.x;
    positions[2 * i + 1] = p.y;
  });
  const pairs: number[] = [];
  edges.forEach((e) => {
    const s = index.get(e.source().id());
    const t = index.get(e.target().id());
    if (s !== undefined && t !== undefined && s !== t) pairs.push(s, t);
  });
  const request: ForceLayoutRequest = { positions, edges: Uint32Array.from(pairs), iterations: iterationsFor(nodes.length) };

  if (typeof Worker === 'undefined') {
    // No workers (an unusual embedding): run in place rather than not at all.
    const result = runForceLayout(request, () => undefined);
    queueMicrotask(() => onDone(result));
    return { cancel: () => undefined };
  }
  const worker = new Worker(new URL('./forceLayout.worker.ts', import.meta.url), { type: 'module' });
  worker.addEventListener('message', (event: MessageEvent<ForceLayoutMessage>) => {
    const message = event.data;
    if (message.kind === 'progress') onProgress(message.done / message.total);
    else {
      worker.terminate();
      onDone(message.positions);
    }
  });
  worker.addEventListener('error', (event) => {
    console.error('The force layout stopped:', event.message);
    worker.terminate();
    onDone(null);
  });
  worker.postMessage(request, [request.positions.buffer, request.edges.buffer]);
  return { cancel: () => worker.terminate() };
}
