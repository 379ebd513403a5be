// "Path to…" at 10k and 50k nodes, in Node on the bench's seeded synthetic graphs with evidence (pathGraph.ts):
// the explorer's search (model/paths.ts: typed arrays over the numbered links, on the main thread) beside
// graphology-shortest-path, twice: on a copy of the allowed links made at each search (how the explorer searched
// before, src/test/pathsByCopy.ts), and run the plain way on graphs built for it beforehand (the library alone, a
// floor for any search that uses it). Each figure is the median over seeded pairs of entities.
import Graph from 'graphology';
import { bidirectional, singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { bidirectional as dijkstra } from 'graphology-shortest-path/dijkstra.js';
import { DEFAULT_RULES, evidenceWeight, findPaths, passesRules, type PathOptions } from '../src/model/paths';
import { graphNumbers, rememberMask } from '../src/model/graphNumbers';
import type { StoryGraph } from '../src/model/graph';
import { findPathsByCopy } from '../src/test/pathsByCopy';
import { evidencedGraph, pathPairs } from './pathGraph';

const PAIRS = 7;

const VARIANTS: { name: string; options: PathOptions }[] = [
  { name: 'all shortest paths', options: { directed: false, rules: null, bestSupported: false } },
  { name: 'following the arrows', options: { directed: true, rules: null, bestSupported: false } },
  { name: 'over the evidence rules', options: { directed: false, rules: DEFAULT_RULES, bestSupported: false } },
  { name: 'best-supported', options: { directed: false, rules: null, bestSupported: true } },
];

export interface PathFigures {
  nodes: number;
  /** The first search on a graph numbers its links (pathIndex.ts): once per graph. */
  indexMs: number;
  rows: { variant: string; oursMs: number; oursMaxMs: number; copyMs: number; libraryMs: number; found: number }[];
}

function time(work: () => unknown): number {
  const t = performance.now();
  work();
  return performance.now() - t;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const round = (ms: number) => Math.round(ms * 10) / 10;

/** A graphology graph of the links the options allow, weighted by evidence, built before the library is timed. */
function libraryGraph(graph: StoryGraph, options: PathOptions, reverse = false): Graph {
  const library = new Graph({ type: options.directed ? 'directed' : 'undirected', multi: true });
  const evidence = graph.getAttribute('evidence');
  graph.forEachNode((node) => library.addNode(node));
  graph.forEachEdge((edge, relation, source, target) => {
    const origins = evidence(relation).origins.length;
    if (!passesRules(relation, origins, options.rules)) return;
    const [from, to] = reverse ? [target, source] : [source, target];
    library.addEdgeWithKey(edge, from, to, { weight: evidenceWeight(origins, relation) });
  });
  return library;
}

/** What the library does for each variant: the path, and for all shortest paths the lengths from both ends. */
function libraryRun(graph: StoryGraph, options: PathOptions): (from: string, to: string) => unknown {
  const forward = libraryGraph(graph, options);
  if (options.bestSupported) return (from, to) => dijkstra(forward, from, to, 'weight');
  const backward = options.directed ? libraryGraph(graph, options, true) : forward;
  return (from, to) => [
    bidirectional(forward, from, to),
    singleSourceLength(forward, from),
    singleSourceLength(backward, to),
  ];
}

export function measurePaths(sizes: number[]): PathFigures[] {
  return sizes.map((n) => {
    const graph = evidencedGraph(n);
    graphNumbers(graph);
    // Every link shown, as the filters hand them over: a set with its mask by link number.
    const shown = new Set(graph.edges());
    rememberMask(shown, graph, new Uint8Array(graph.size).fill(1));
    const pairs = pathPairs(graph, PAIRS);
    const indexMs = round(time(() => findPaths(graph, pairs[0]![0], pairs[0]![1], shown, VARIANTS[0]!.options)));
    const rows = VARIANTS.map(({ name, options }) => {
      const library = libraryRun(graph, options);
      const ours: number[] = [];
      const copy: number[] = [];
      const plain: number[] = [];
      let found = 0;
      // Each search's own time: ours for every pair first, then each reference, so that none is charged for
      // collecting another's garbage.
      for (const [from, to] of pairs) {
        // A fresh set each time, so the search is not given back its last answer.
        const fresh = new Set(shown);
        rememberMask(fresh, graph, new Uint8Array(graph.size).fill(1));
        ours.push(time(() => (found += findPaths(graph, from, to, fresh, options).found ? 1 : 0)));
      }
      for (const [from, to] of pairs) copy.push(time(() => findPathsByCopy(graph, from, to, shown, options)));
      for (const [from, to] of pairs) plain.push(time(() => library(from, to)));
      const row = {
        variant: name,
        oursMs: round(median(ours)),
        oursMaxMs: round(Math.max(...ours)),
        copyMs: round(median(copy)),
        libraryMs: round(median(plain)),
        found,
      };
      process.stdout.write(
        `paths ${n / 1000}k · ${name}: ours ${row.oursMs} ms (max ${row.oursMaxMs}), copy ${row.copyMs} ms, library ${row.libraryMs} ms\n`,
      );
      return row;
    });
    return { nodes: n, indexMs, rows };
  });
}

export function renderPaths(figures: PathFigures[]): string {
  const lines = [
    '## Path to…',
    '',
    `The explorer's search (typed arrays over numbered links, on the main thread) beside graphology-shortest-path on a copy of the allowed links made at each search (the explorer before) and run the plain way on graphs built for it beforehand (the library alone). Median over ${PAIRS} seeded pairs of entities, all links shown.`,
    '',
  ];
  for (const { nodes, indexMs, rows } of figures) {
    lines.push(
      `### ${(nodes / 1000).toLocaleString('en')}k nodes, ${((2 * nodes) / 1000).toLocaleString('en')}k links (first search, numbering the links once: ${indexMs} ms)`,
      '',
      '| search | ours (ms) | ours, slowest pair (ms) | graphology on a copy (ms) | graphology alone, graph built before (ms) | pairs linked |',
      '| --- | ---: | ---: | ---: | ---: | ---: |',
    );
    for (const r of rows)
      lines.push(
        `| ${r.variant} | ${r.oursMs} | ${r.oursMaxMs} | ${r.copyMs.toLocaleString('en')} | ${r.libraryMs} | ${r.found}/${PAIRS} |`,
      );
    lines.push('');
  }
  return lines.join('\n');
}

// `npx tsx bench/paths.ts [10000,50000]`: this part alone.
if (import.meta.url === `file://${process.argv[1]}`) {
  const sizes = (process.argv[2] ?? '10000,50000').split(',').map(Number);
  console.log(`\n${renderPaths(measurePaths(sizes))}`);
}
