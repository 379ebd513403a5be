// The path search as it was before src/model/paths.ts searched typed arrays: graphology-shortest-path run on a copy
// of the graph holding only the allowed links. Kept as the reference the fast search is checked against
// (paths.equivalence.test.ts) and timed beside (bench/paths.ts); the app does not use it.
import Graph from 'graphology';
import { bidirectional as shortestPath, singleSourceLength } from 'graphology-shortest-path/unweighted.js';
import { bidirectional as lightestPath } from 'graphology-shortest-path/dijkstra.js';
import type { StoryGraph } from '../model/graph';
import { evidenceWeight, passesRules, type PathOptions, type PathResult } from '../model/paths';

type Sub = Graph<Record<string, never>, { weight: number }>;

/** A graph of the allowed links only (reversed on request), for the library's searches. */
function subgraph(
  graph: StoryGraph,
  allowed: (edge: string) => boolean,
  directed: boolean,
  weightOf: (edge: string) => number,
  reverse = false,
): Sub {
  const sub: Sub = new Graph({ type: directed ? 'directed' : 'undirected', multi: true, allowSelfLoops: true });
  graph.forEachEdge((edge, _r, source, target) => {
    if (!allowed(edge)) return;
    const [from, to] = reverse ? [target, source] : [source, target];
    sub.mergeNode(from);
    sub.mergeNode(to);
    sub.addEdgeWithKey(edge, from, to, { weight: weightOf(edge) });
  });
  return sub;
}

export function findPathsByCopy(
  graph: StoryGraph,
  from: string,
  to: string,
  visibleEdges: ReadonlySet<string>,
  options: PathOptions,
): PathResult {
  if (!graph.hasNode(from) || !graph.hasNode(to))
    return { found: false, reason: 'One of the two entities is not in this graph.' };
  if (from === to) return { found: false, reason: 'Pick two different entities.' };
  const evidence = graph.getAttribute('evidence');
  const originsOf = (edge: string) => evidence(graph.getEdgeAttributes(edge)).origins.length;
  const allowed = (edge: string) =>
    visibleEdges.has(edge) && passesRules(graph.getEdgeAttributes(edge), originsOf(edge), options.rules);
  const weightOf = (edge: string) => evidenceWeight(originsOf(edge), graph.getEdgeAttributes(edge));
  const sub = subgraph(graph, allowed, options.directed, weightOf);
  const noPath = (): PathResult => ({
    found: false,
    reason: `No path links them${options.directed ? ' following the arrows' : ''}${options.rules ? ' over links that pass the evidence rules' : ''} among the links shown.`,
  });
  if (!sub.hasNode(from) || !sub.hasNode(to)) return noPath();

  const nodes = options.bestSupported ? lightestPath(sub, from, to, 'weight') : shortestPath(sub, from, to);
  if (!nodes) return noPath();
  const steps = stepsAlong(sub, nodes, options, originsOf).map((edge, i) => ({
    edge,
    reversed: graph.source(edge) !== nodes[i],
  }));

  let allNodes = new Set(nodes);
  let allEdges = new Set(steps.map((s) => s.edge));
  if (!options.bestSupported) {
    // Every link on some shortest path: d(from, u) + 1 + d(v, to) equals the path's length.
    const fromStart = singleSourceLength(sub, from);
    const toEnd = singleSourceLength(options.directed ? subgraph(graph, allowed, true, weightOf, true) : sub, to);
    const length = nodes.length - 1;
    allNodes = new Set(
      sub.filterNodes(
        (n) => fromStart[n] !== undefined && toEnd[n] !== undefined && fromStart[n]! + toEnd[n]! === length,
      ),
    );
    allEdges = new Set(
      sub.filterEdges((_edge, _a, u, v) => {
        const forward =
          fromStart[u] !== undefined && toEnd[v] !== undefined && fromStart[u]! + 1 + toEnd[v]! === length;
        const backward =
          !options.directed &&
          fromStart[v] !== undefined &&
          toEnd[u] !== undefined &&
          fromStart[v]! + 1 + toEnd[u]! === length;
        return forward || backward;
      }),
    );
  }
  const weakest = steps.reduce((worst, step) => (weightOf(step.edge) > weightOf(worst.edge) ? step : worst)).edge;
  return { found: true, nodes, steps, allNodes, allEdges, weakest };
}

/** One link per step of a node path: of parallel links, the best supported. */
function stepsAlong(sub: Sub, nodes: string[], options: PathOptions, originsOf: (edge: string) => number): string[] {
  const steps: string[] = [];
  for (let i = 0; i + 1 < nodes.length; i++) {
    const candidates = options.directed ? sub.outEdges(nodes[i]!, nodes[i + 1]!) : sub.edges(nodes[i]!, nodes[i + 1]!);
    steps.push(candidates.reduce((x, y) => (originsOf(y) > originsOf(x) ? y : x)));
  }
  return steps;
}
