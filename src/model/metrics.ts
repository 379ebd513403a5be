// Network metrics with graphology's standard library: degree (in, out, weighted), betweenness, closeness, PageRank,
// Louvain communities and connected components. They run on plain structure (node keys and links), so the same
// code serves the page (story-sized graphs) and a worker (big ones). Parallel links are merged, counted as weight.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import type Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import { seededRandom } from './seededRandom';

import type { MetricId } from './metricNames';

export { METRICS, METRIC_IDS, type MetricId } from './metricNames';

/** The graph's structure alone: what crosses to a worker. Links as pairs of node indexes. */
export interface Structure {
  nodes: string[];
  sources: Uint32Array;
  targets: Uint32Array;
  /** Per link, its weight (1 where the file gives none). */
  weights: Float64Array;
}

export interface MetricResult {
  id: MetricId;
  /** One value per node, in the structure's node order. */
  values: Float64Array;
  /** Set when betweenness was estimated from this many sampled sources rather than all of them. */
  sampled?: number;
}

/** Past this many nodes, betweenness is estimated from a sample of sources (exact is O(nodes × links)). */
export const EXACT_BETWEENNESS_MAX = 2000;
export const BETWEENNESS_SAMPLES = 300;

function simpleGraphs(s: Structure): { directed: DirectedGraph; undirected: UndirectedGraph } {
  const directed = new DirectedGraph();
  const undirected = new UndirectedGraph();
  for (const key of s.nodes) {
    directed.addNode(key);
    undirected.addNode(key);
  }
  for (let j = 0; j < s.sources.length; j++) {
    const a = s.nodes[s.sources[j]!]!;
    const b = s.nodes[s.targets[j]!]!;
    if (a === b) continue;
    const w = s.weights[j]!;
    for (const [g, from, to] of [
      [directed, a, b],
      [undirected, a, b],
    ] as [Graph, string, string][]) {
      const edge = g.edge(from, to);
      if (edge === undefined) g.addEdge(from, to, { weight: w, count: 1 });
      else g.updateEdgeAttributes(edge, (attrs) => ({ ...attrs, weight: attrs.weight + w, count: attrs.count + 1 }));
    }
  }
  return { directed, undirected };
}

const column = (s: Structure, value: (key: string) => number) => Float64Array.from(s.nodes, value);

/** Computes one metric; `onProgress` (0…1) is called along the way by the slow ones. */
export function computeMetric(
  s: Structure,
  id: MetricId,
  onProgress: (fraction: number) => void = () => undefined,
  limits: { exactBetweennessMax: number; samples: number } = {
    exactBetweennessMax: EXACT_BETWEENNESS_MAX,
    samples: BETWEENNESS_SAMPLES,
  },
): MetricResult {
  const { directed, undirected } = simpleGraphs(s);
  const count = (g: Graph, key: string, pick: 'in' | 'out' | 'all') => {
    let total = 0;
    const add = (_e: string, attrs: Record<string, number>) => (total += attrs.count!);
    if (pick === 'in') g.forEachInEdge(key, add);
    else if (pick === 'out') g.forEachOutEdge(key, add);
    else g.forEachEdge(key, add);
    return total;
  };
  switch (id) {
    case 'degree':
      return { id, values: column(s, (k) => count(directed, k, 'all')) };
    case 'inDegree':
      return { id, values: column(s, (k) => count(directed, k, 'in')) };
    case 'outDegree':
      return { id, values: column(s, (k) => count(directed, k, 'out')) };
    case 'weightedDegree': {
      const sums = new Map<string, number>();
      undirected.forEachEdge((_e, a: Record<string, number>, u, v) => {
        sums.set(u, (sums.get(u) ?? 0) + a.weight!);
        sums.set(v, (sums.get(v) ?? 0) + a.weight!);
      });
      return { id, values: column(s, (k) => sums.get(k) ?? 0) };
    }
    case 'betweenness': {
      if (s.nodes.length <= limits.exactBetweennessMax) {
        const exact = betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true });
        return { id, values: column(s, (k) => exact[k] ?? 0) };
      }
      const samples = Math.min(limits.samples, s.nodes.length);
      return { id, values: sampledBetweenness(undirected, s, samples, onProgress), sampled: samples };
    }
    case 'closeness': {
      const values = closenessCentrality(undirected, { wassermanFaust: true });
      return { id, values: column(s, (k) => values[k] ?? 0) };
    }
    case 'pagerank': {
      const values = pagerank(directed, { getEdgeWeight: 'weight' });
      return { id, values: column(s, (k) => values[k] ?? 0) };
    }
    case 'community': {
      // Seeded, so the same graph gives the same communities on every run; numbered largest first.
      const communities = louvain(undirected, { getEdgeWeight: 'weight', rng: seededRandom(7) });
      const sizes = new Map<number, number>();
      for (const c of Object.values(communities)) sizes.set(c, (sizes.get(c) ?? 0) + 1);
      const rank = new Map([...sizes].sort((a, b) => b[1] - a[1] || a[0] - b[0]).map(([c], i) => [c, i]));
      return { id, values: column(s, (k) => rank.get(communities[k] ?? -1) ?? 0) };
    }
    case 'component': {
      const index = new Map<string, number>();
      // Largest first, so component 0 is the main one.
      connectedComponents(undirected)
        .sort((a, b) => b.length - a.length)
        .forEach((nodes, i) => nodes.forEach((n) => index.set(n, i)));
      return { id, values: column(s, (k) => index.get(k) ?? 0) };
    }
  }
}

/**
 * Betweenness estimated from `samples` evenly spread source nodes (Brandes's accumulation from each, scaled by
 * nodes / samples), normalised as graphology-metrics normalises the exact value. The single-source searches are
 * graphology's own (createUnweightedIndexedBrandes); this only picks the sources and scales.
 */
function sampledBetweenness(
  g: UndirectedGraph,
  s: Structure,
  samples: number,
  onProgress: (fraction: number) => void,
): Float64Array {
  const brandes = createUnweightedIndexedBrandes(g);
  // The same node numbering the searches use (graphology's neighbourhood index, built in graph order).
  const index = new NeighborhoodIndex(g);
  const n = g.order;
  const k = Math.min(samples, n);
  const delta = new Float64Array(n);
  const centrality = new Float64Array(n);
  for (let sample = 0; sample < k; sample++) {
    const source = Math.floor((sample * n) / k);
    const [stack, predecessors, sigma] = brandes(source);
    // The stack holds every node reached, in the order found; emptying it visits them farthest first.
    const reached: number[] = [];
    while (stack.size > 0) reached.push(stack.pop()!);
    for (const w of reached) delta[w] = 0;
    for (const w of reached) {
      const share = (1 + delta[w]!) / sigma[w]!;
      for (const v of predecessors[w] ?? []) delta[v] = delta[v]! + sigma[v]! * share;
      if (w !== source) centrality[w] = centrality[w]! + delta[w]!;
    }
    if (sample % 10 === 0) onProgress(sample / k);
  }
  const scale = n <= 2 ? 0 : n / k / ((n - 1) * (n - 2));
  const byKey = index.collect(Array.from(centrality, (c) => c * scale)) as Record<string, number>;
  return column(s, (key) => byKey[key] ?? 0);
}
