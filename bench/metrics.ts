// The metrics' cost at 10k and 50k nodes: the explorer's path (what its worker runs: merged simple graphs, then the
// metric, with betweenness and closeness sampled past 2,000 nodes) beside graphology's libraries run directly on
// the graph, exact, as a page without a worker would run them on its main thread. Both in this Node process, on
// the bench's seeded synthetic graphs; the explorer's figure is work done off the page, the reference's is a
// freeze of the page for that long.
import Graph from 'graphology';
import betweennessCentrality from 'graphology-metrics/centrality/betweenness.js';
import closenessCentrality from 'graphology-metrics/centrality/closeness.js';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import louvain from 'graphology-communities-louvain';
import { connectedComponents } from 'graphology-components';
import { syntheticGraph } from './generate';
import { METRICS_WORKER_FROM_ELEMENTS } from '../src/model/thresholds';
import { computeMetric, METRIC_IDS, METRICS, type MetricId, type Structure } from '../src/model/metrics';

/** Exact betweenness and closeness are O(nodes × links): projected from a smaller size instead of run past this. */
const REFERENCE_EXACT_MAX = 10_000;

export interface MetricFigures {
  nodes: number;
  rows: { metric: string; oursMs: number; sampled?: number; referenceMs: number | null; note?: string }[];
}

function time(work: () => unknown): number {
  const t = performance.now();
  work();
  return Math.round(performance.now() - t);
}

function reference(graph: Graph, id: MetricId): (() => unknown) | null {
  switch (id) {
    case 'degree':
      return () => graph.forEachNode((n) => graph.degree(n));
    case 'inDegree':
      return () => graph.forEachNode((n) => graph.inDegree(n));
    case 'outDegree':
      return () => graph.forEachNode((n) => graph.outDegree(n));
    case 'weightedDegree':
      return () => graph.forEachNode((n) => graph.reduceEdges(n, (sum: number) => sum + 1, 0));
    case 'betweenness':
      return () => betweennessCentrality(graph, { getEdgeWeight: null });
    case 'closeness':
      return () => closenessCentrality(graph);
    case 'pagerank':
      return () => pagerank(graph, { getEdgeWeight: null });
    case 'community':
      return () => louvain(graph);
    case 'component':
      return () => connectedComponents(graph);
  }
}

export function measureMetrics(sizes: number[]): MetricFigures[] {
  // The exact references' times at 10k, to project the ones too slow to run at 50k.
  let tenK: Record<string, number> = {};
  return sizes.map((n) => {
    const file = syntheticGraph(n, 3);
    const nodes = file.elements.nodes.map((x) => x.data.id!);
    const at = new Map(nodes.map((k, i) => [k, i]));
    const edges = file.elements.edges;
    const structure: Structure = {
      nodes,
      sources: Uint32Array.from(edges, (e) => at.get(e.data.source!)!),
      targets: Uint32Array.from(edges, (e) => at.get(e.data.target!)!),
      weights: new Float64Array(edges.length).fill(1),
    };
    // The synthetic graphs have no parallel links: a simple graph, as the libraries want it.
    const directed = new Graph({ type: 'directed' });
    const undirected = new Graph({ type: 'undirected' });
    for (const key of nodes) {
      directed.addNode(key);
      undirected.addNode(key);
    }
    for (const e of edges) {
      directed.mergeEdge(e.data.source!, e.data.target!);
      undirected.mergeEdge(e.data.source!, e.data.target!);
    }
    const rows: MetricFigures['rows'] = [];
    for (const id of METRIC_IDS) {
      let result: ReturnType<typeof computeMetric> | undefined;
      const oursMs = time(() => (result = computeMetric(structure, id)));
      const graph = id === 'inDegree' || id === 'outDegree' || id === 'pagerank' ? directed : undirected;
      const slow = id === 'betweenness' || id === 'closeness';
      let referenceMs: number | null = null;
      let note: string | undefined;
      if (slow && n > REFERENCE_EXACT_MAX) {
        const at10k = tenK[id];
        // O(n × m) with m = 2n: the time grows with the square of the size.
        note = at10k
          ? `not run: ~${Math.round((at10k * (n / REFERENCE_EXACT_MAX) ** 2) / 60_000)} min projected from 10k`
          : 'not run';
      } else referenceMs = time(reference(graph, id)!);
      if (n === REFERENCE_EXACT_MAX && referenceMs !== null) tenK = { ...tenK, [id]: referenceMs };
      rows.push({ metric: METRICS[id].label, oursMs, sampled: result?.sampled, referenceMs, note });
      process.stdout.write(
        `metrics ${n / 1000}k · ${METRICS[id].label}: ours ${oursMs} ms, graphology ${referenceMs ?? '–'} ms\n`,
      );
    }
    return { nodes: n, rows };
  });
}

export function renderMetrics(figures: MetricFigures[]): string {
  const lines = [
    '## Metrics',
    '',
    `The explorer runs them in a worker from ${METRICS_WORKER_FROM_ELEMENTS.toLocaleString('en')} nodes and links (no main-thread task); the reference freezes the page for its whole time. Ours includes building the simple graph the libraries need from the link lists (a worker has only those); the reference starts from a built graph.`,
    '',
  ];
  for (const { nodes, rows } of figures) {
    lines.push(
      `### ${(nodes / 1000).toLocaleString('en')}k nodes, ${((2 * nodes) / 1000).toLocaleString('en')}k links`,
      '',
    );
    lines.push(
      '| metric | ours (ms) | graphology on the main thread, exact (ms) | ours/graphology |',
      '| --- | ---: | ---: | ---: |',
    );
    for (const r of rows) {
      const ratio = r.referenceMs ? (r.oursMs / r.referenceMs).toFixed(2) : '–';
      const ours = `${r.oursMs.toLocaleString('en')}${r.sampled ? ` (${r.sampled} samples)` : ''}`;
      lines.push(`| ${r.metric} | ${ours} | ${r.referenceMs?.toLocaleString('en') ?? r.note ?? '–'} | ${ratio} |`);
    }
    lines.push('');
  }
  return lines.join('\n');
}
