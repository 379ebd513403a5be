// One coarsening step of a multilevel layout: nodes are paired along their links (a matching), nodes left over
// join a neighbouring pair, and each group becomes one node of a graph about half the size. A group's mass is the
// sum of its members' and links between two groups become one link weighing as many as it replaces, so the coarse
// graph pulls and pushes like the fine one seen from afar (Walshaw 2003; Hu, "Efficient, high-quality
// force-directed graph drawing", 2005). Pure.
import { buildAdjacency, type Adjacency } from './adjacency';

/** A graph at one level: links (source0, target0, …) listed once each, their weights, and each node's mass. */
export interface LevelGraph {
  n: number;
  edges: Uint32Array;
  weights: Float64Array;
  mass: Float64Array;
}

export interface Coarsening {
  coarse: LevelGraph;
  /** The coarse node each fine node went into. */
  parent: Uint32Array;
}

/**
 * Groups `graph`'s nodes. Nodes are visited in a random order (lowest degree first, so leaves and chains pair up
 * before hubs take their partners); each unpaired node pairs with the unpaired neighbour it is most strongly linked
 * to for that neighbour's mass. A node whose neighbours are all taken joins the lightest group it links to; a node
 * with no links stays alone.
 */
export function coarsen(graph: LevelGraph, random: () => number): Coarsening {
  const { n, mass } = graph;
  const adjacency = buildAdjacency(n, graph.edges, graph.weights);
  const { offsets, neighbours, weights } = adjacency;
  const order = visitOrder(offsets, random);
  const group = new Int32Array(n).fill(-1);
  const groupMass: number[] = [];
  for (const u of order) {
    if (group[u] !== -1) continue;
    let best = -1;
    let bestScore = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = neighbours[k]!;
      if (group[v] !== -1 || v === u) continue;
      const score = weights[k]! / mass[v]!;
      if (score > bestScore) [best, bestScore] = [v, score];
    }
    if (best === -1) continue;
    group[u] = group[best] = groupMass.length;
    groupMass.push(mass[u]! + mass[best]!);
  }
  for (const u of order) {
    if (group[u] !== -1) continue;
    let best = -1;
    let bestScore = 0;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const g = group[neighbours[k]!]!;
      if (g === -1) continue;
      const score = weights[k]! / groupMass[g]!;
      if (score > bestScore) [best, bestScore] = [g, score];
    }
    if (best === -1) {
      group[u] = groupMass.length;
      groupMass.push(mass[u]!);
    } else {
      group[u] = best;
      groupMass[best]! += mass[u]!;
    }
  }
  const parent = Uint32Array.from(group);
  return { coarse: coarseGraph(graph, adjacency, parent, Float64Array.from(groupMass)), parent };
}

/** Nodes by degree, lowest first, in random order among equals. */
function visitOrder(offsets: Uint32Array, random: () => number): Uint32Array {
  const n = offsets.length - 1;
  const order = Uint32Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const degree = (i: number) => offsets[i + 1]! - offsets[i]!;
  // Array.prototype.sort is stable, so equal degrees keep the shuffled order.
  return Uint32Array.from([...order].sort((a, b) => degree(a) - degree(b)));
}

/** The graph between groups: one link per linked pair of groups, weighing the sum of the links it replaces. */
function coarseGraph(graph: LevelGraph, adjacency: Adjacency, parent: Uint32Array, mass: Float64Array): LevelGraph {
  const count = mass.length;
  const { offsets, neighbours, weights } = adjacency;
  // Members of each group, by counting sort.
  const start = new Uint32Array(count + 1);
  for (let i = 0; i < graph.n; i++) start[parent[i]! + 1]!++;
  for (let g = 0; g < count; g++) start[g + 1]! += start[g]!;
  const members = new Uint32Array(graph.n);
  const fill = start.slice(0, count);
  for (let i = 0; i < graph.n; i++) members[fill[parent[i]!]!++] = i;

  const slot = new Int32Array(count).fill(-1);
  const touched: number[] = [];
  const pairs: number[] = [];
  const summed: number[] = [];
  for (let g = 0; g < count; g++) {
    for (let m = start[g]!; m < start[g + 1]!; m++) {
      const u = members[m]!;
      for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
        const h = parent[neighbours[k]!]!;
        // Each link between groups is met from both ends: keep it from the lower-numbered group only.
        if (h <= g) continue;
        if (slot[h] === -1) {
          slot[h] = summed.length;
          touched.push(h);
          pairs.push(g, h);
          summed.push(0);
        }
        summed[slot[h]!]! += weights[k]!;
      }
    }
    for (const h of touched) slot[h] = -1;
    touched.length = 0;
  }
  return { n: count, edges: Uint32Array.from(pairs), weights: Float64Array.from(summed), mass };
}
