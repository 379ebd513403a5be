// Network metrics with graphology's standard library: degree (in, out, weighted), betweenness, closeness, PageRank,
// Louvain communities and connected components. They run on plain structure (node keys and links), so the same
// code serves the page (story-sized graphs) and a worker (big ones). Parallel links are merged, counted as weight.
import { DirectedGraph, UndirectedGraph } from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { createUnweightedIndexedBrandes } from 'graphology-shortest-path/indexed-brandes.js';
import { NeighborhoodIndex } from 'graphology-indices/neighborhood.js';
import { seededRandom } from './seededRandom';

import type { MetricId } from './metricNames';
import { EXACT_METRICS_MAX_NODES } from './thresholds';

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

/** The most sources betweenness and closeness sample past EXACT_METRICS_MAX_NODES (thresholds.ts). */
export const BETWEENNESS_SAMPLES = 300;

/**
 * How many sources to sample: up to BETWEENNESS_SAMPLES, fewer on bigger graphs so that a run stays within a few
 * seconds (each sample is a search over the whole graph), but never under 50.
 */
export function samplesFor(nodes: number, links: number): number {
  return Math.max(50, Math.min(BETWEENNESS_SAMPLES, Math.floor(6_000_000 / (nodes + links))));
}

/** The links merged into a simple graph (directed or not), their count and summed weight as attributes; loops left out. */
function simpleGraph<G extends DirectedGraph | UndirectedGraph>(s: Structure, g: G): G {
  for (const key of s.nodes) g.addNode(key);
  for (let j = 0; j < s.sources.length; j++) {
    const a = s.nodes[s.sources[j]!]!;
    const b = s.nodes[s.targets[j]!]!;
    if (a === b) continue;
    const w = s.weights[j]!;
    const edge = g.edge(a, b);
    if (edge === undefined) g.addEdge(a, b, { weight: w });
    else g.updateEdgeAttribute(edge, 'weight', (old: number) => old + w);
  }
  return g;
}

/** Degrees straight from the link lists: no graph needed (loops left out, as in the other metrics). */
function degrees(s: Structure, pick: 'in' | 'out' | 'all', weighted = false): Float64Array {
  const out = new Float64Array(s.nodes.length);
  for (let j = 0; j < s.sources.length; j++) {
    const a = s.sources[j]!;
    const b = s.targets[j]!;
    if (a === b) continue;
    const w = weighted ? s.weights[j]! : 1;
    if (pick !== 'in') out[a] = out[a]! + w;
    if (pick !== 'out') out[b] = out[b]! + w;
  }
  return out;
}

const column = (s: Structure, value: (key: string) => number) => Float64Array.from(s.nodes, value);

/** Computes one metric; `onProgress` (0…1) is called along the way by the slow ones. */
export function computeMetric(
  s: Structure,
  id: MetricId,
  onProgress: (fraction: number) => void = () => undefined,
  limits: { exactBetweennessMax: number; samples: number } = {
    exactBetweennessMax: EXACT_METRICS_MAX_NODES,
    samples: samplesFor(s.nodes.length, s.sources.length),
  },
): MetricResult {
  switch (id) {
    case 'degree':
      return { id, values: degrees(s, 'all') };
    case 'inDegree':
      return { id, values: degrees(s, 'in') };
    case 'outDegree':
      return { id, values: degrees(s, 'out') };
    case 'weightedDegree':
      return { id, values: degrees(s, 'all', true) };
    case 'pagerank': {
      const values = pagerank(simpleGraph(s, new DirectedGraph()), { getEdgeWeight: 'weight' });
      return { id, values: column(s, (k) => values[k] ?? 0) };
    }
  }
  const undirected = simpleGraph(s, new UndirectedGraph());
  switch (id) {
    case 'betweenness': {
      if (s.nodes.length <= limits.exactBetweennessMax) {
        const exact = betweennessCentrality(undirected, { getEdgeWeight: null, normalized: true });
        return { id, values: column(s, (k) => exact[k] ?? 0) };
      }
      const samples = Math.min(limits.samples, s.nodes.length);
      return { id, values: sampledBetweenness(undirected, s, samples, onProgress), sampled: samples };
    }
    case 'closeness': {
      if (s.nodes.length <= limits.exactBetweennessMax) {
        const values = closenessCentrality(undirected, { wassermanFaust: true });
        return { id, values: column(s, (k) => values[k] ?? 0) };
      }
      const samples = Math.min(limits.samples, s.nodes.length);
      return { id, values: sampledCloseness(undirected, s, samples, onProgress), sampled: samples };
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

/**
 * Closeness (Wasserman–Faust, as graphology-metrics computes it exactly) estimated from breadth-first searches out
 * of `samples` evenly spread nodes over graphology's neighbourhood index: a link has no direction here, so the
 * distances from the samples to a node are the node's distances to them. For each node, the share of the other
 * samples it reaches stands for the share of the graph, and its mean distance to them for its mean distance to all.
 */
function sampledCloseness(
  g: UndirectedGraph,
  s: Structure,
  samples: number,
  onProgress: (fraction: number) => void,
): Float64Array {
  const index = new NeighborhoodIndex(g);
  const n = g.order;
  const k = Math.min(samples, n);
  const total = new Float64Array(n);
  const reached = new Uint32Array(n);
  const isSource = new Uint8Array(n);
  const distance = new Int32Array(n);
  const queue = new Uint32Array(n);
  for (let sample = 0; sample < k; sample++) {
    const source = Math.floor((sample * n) / k);
    isSource[source] = 1;
    distance.fill(-1);
    distance[source] = 0;
    queue[0] = source;
    for (let head = 0, tail = 1; head < tail; head++) {
      const v = queue[head]!;
      for (let p = index.starts[v]!, end = index.starts[v + 1]!; p < end; p++) {
        const w = index.neighborhood[p]!;
        if (distance[w] !== -1) continue;
        distance[w] = distance[v]! + 1;
        total[w] = total[w]! + distance[w]!;
        reached[w] = reached[w]! + 1;
        queue[tail++] = w;
      }
    }
    if (sample % 10 === 0) onProgress(sample / k);
  }
  const closeness = Array.from(total, (sum, i) => {
    if (reached[i] === 0) return 0;
    // A sampled node cannot count its own search: it had one sample fewer to be reached by.
    const share = reached[i]! / (k - isSource[i]!);
    return share / (sum / reached[i]!);
  });
  const byKey = index.collect(closeness) as Record<string, number>;
  return column(s, (key) => byKey[key] ?? 0);
}
