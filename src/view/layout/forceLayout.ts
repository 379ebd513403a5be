// The message shapes between the view and its ForceAtlas2 worker, and the pure part of the layout: building the
// graph the worker iterates, the settings and the iteration budget, and the loop itself (testable in Node).
import Graph from 'graphology';
import iterate from 'graphology-layout-forceatlas2/iterate';
import { assignLayoutChanges, graphToByteArrays } from 'graphology-layout-forceatlas2/helpers';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults';
import { FORCE_ITERATIONS_BY_SIZE, FORCE_ITERATIONS_PAST, MULTILEVEL_LAYOUT_FROM_NODES } from '../../model/thresholds';

export interface ForceLayoutRequest {
  /** x0, y0, x1, y1…: the start positions of nodes 0…n-1. */
  positions: Float64Array;
  /** source0, target0, source1…: node indexes. */
  edges: Uint32Array;
  iterations: number;
  /** Stop after this long (ms) even if iterations remain: Re-run continues from where it stopped. */
  budgetMs?: number;
  /** 'multilevel' (layout/multilevel.ts) for big graphs, where it reaches a better drawing sooner; else ForceAtlas2. */
  method?: 'forceAtlas2' | 'multilevel';
}

/** Fewer iterations as graphs grow (FORCE_ITERATIONS_BY_SIZE says why). */
export function iterationsFor(nodes: number): number {
  return FORCE_ITERATIONS_BY_SIZE.find((step) => nodes <= step.nodes)?.iterations ?? FORCE_ITERATIONS_PAST;
}

/** The method a graph of this many nodes is laid out with (MULTILEVEL_LAYOUT_FROM_NODES says why). */
export function forceMethodFor(nodes: number): 'forceAtlas2' | 'multilevel' {
  return nodes >= MULTILEVEL_LAYOUT_FROM_NODES ? 'multilevel' : 'forceAtlas2';
}

/** A big graph's layout stops after this long; the drawing so far is kept and Re-run refines it further. */
export const FORCE_LAYOUT_BUDGET_MS = 30_000;

/**
 * Runs ForceAtlas2 (Barnes-Hut above 2,000 nodes) over the request, reporting progress (0…1, by iterations or by
 * time spent against the budget, whichever is further) every `every` iterations.
 */
export function runForceLayout(
  request: ForceLayoutRequest,
  report: (fraction: number) => void,
  every = 10,
  now = () => performance.now(),
): Float64Array {
  const graph = new Graph({ type: 'undirected', multi: true, allowSelfLoops: true });
  const n = request.positions.length / 2;
  for (let i = 0; i < n; i++) graph.addNode(i, { x: request.positions[2 * i], y: request.positions[2 * i + 1] });
  for (let i = 0; i + 1 < request.edges.length; i += 2) graph.addEdge(request.edges[i], request.edges[i + 1]);
  const settings = { ...DEFAULT_SETTINGS, ...forceAtlas2.inferSettings(graph) };
  const matrices = graphToByteArrays(graph, () => 1);
  const started = now();
  const budget = request.budgetMs ?? Infinity;
  for (let done = 0; done < request.iterations;) {
    const step = Math.min(every, request.iterations - done);
    for (let k = 0; k < step; k++) iterate(settings, matrices.nodes, matrices.edges);
    done += step;
    const spent = now() - started;
    report(Math.min(1, Math.max(done / request.iterations, spent / budget)));
    if (spent >= budget) break;
  }
  assignLayoutChanges(graph, matrices.nodes, null);
  const out = new Float64Array(2 * n);
  graph.forEachNode((key, attrs) => {
    const i = Number(key);
    out[2 * i] = attrs.x as number;
    out[2 * i + 1] = attrs.y as number;
  });
  return out;
}
