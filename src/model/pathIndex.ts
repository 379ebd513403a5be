// What the path searches read, built once per graph: every entity's links as numbers (graphNumbers' order) in flat
// typed arrays, and each link's support. A search then walks arrays instead of asking the graph about each link,
// and needs no copy of the graph holding only the allowed links (which took most of a search's time: 1.9 s of
// 2.8 s at 50k nodes and 100k links, bench/README.md "Path to…").
import type { StoryGraph } from './graph';
import { graphNumbers, type GraphNumbers } from './graphNumbers';

export interface PathIndex {
  numbers: GraphNumbers;
  /** Node i's links are entries first[i] to first[i + 1] - 1 of the three lists below, in link order. */
  first: Int32Array;
  link: Int32Array;
  /** The node at the link's other end (the node itself for a self-loop). */
  other: Int32Array;
  /** 1 where the link leaves node i (i is its source); a self-loop is listed once leaving and once arriving. */
  leaves: Uint8Array;
  /** Each link's independent origins. */
  origins: Int32Array;
}

const byGraph = new WeakMap<StoryGraph, PathIndex>();

export function pathIndex(graph: StoryGraph): PathIndex {
  let index = byGraph.get(graph);
  if (index) return index;
  const numbers = graphNumbers(graph);
  const { nodeKeys, relations, source, target } = numbers;
  const n = nodeKeys.length;
  const m = relations.length;
  const first = new Int32Array(n + 1);
  for (let j = 0; j < m; j++) {
    first[source[j]! + 1]!++;
    first[target[j]! + 1]!++;
  }
  for (let i = 0; i < n; i++) first[i + 1]! += first[i]!;
  const link = new Int32Array(2 * m);
  const other = new Int32Array(2 * m);
  const leaves = new Uint8Array(2 * m);
  const next = first.slice(0, n);
  for (let j = 0; j < m; j++) {
    const s = source[j]!;
    const t = target[j]!;
    let k = next[s]!++;
    link[k] = j;
    other[k] = t;
    leaves[k] = 1;
    k = next[t]!++;
    link[k] = j;
    other[k] = s;
  }
  const evidence = graph.getAttribute('evidence');
  const origins = new Int32Array(m);
  for (let j = 0; j < m; j++) origins[j] = evidence(relations[j]!).origins.length;
  index = { numbers, first, link, other, leaves, origins };
  byGraph.set(graph, index);
  return index;
}
