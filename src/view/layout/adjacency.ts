// Neighbour lists in compressed form (CSR) for a graph given as a flat list of edge ends, and breadth-first
// distances over them: what the layout quality figures and the multilevel layout walk. Pure, typed arrays only, so
// 50,000 nodes cost a few milliseconds and no garbage per node.

export interface Adjacency {
  /** Node i's neighbours are neighbours[offsets[i]] … neighbours[offsets[i + 1] - 1]. */
  offsets: Uint32Array;
  neighbours: Uint32Array;
  /** The weight of each entry of `neighbours` (1 where the caller gave none). */
  weights: Float64Array;
}

/**
 * Neighbour lists of nodes 0…n-1 from `edges` (source0, target0, source1…), each edge listed at both ends.
 * Loops are left out; parallel edges stay (a walk does not care, and the coarsening sums them).
 */
export function buildAdjacency(n: number, edges: ArrayLike<number>, edgeWeights?: ArrayLike<number>): Adjacency {
  const offsets = new Uint32Array(n + 1);
  for (let e = 0; e + 1 < edges.length; e += 2) {
    if (edges[e] === edges[e + 1]) continue;
    offsets[edges[e]! + 1]!++;
    offsets[edges[e + 1]! + 1]!++;
  }
  for (let i = 0; i < n; i++) offsets[i + 1]! += offsets[i]!;
  const fill = offsets.slice(0, n);
  const neighbours = new Uint32Array(offsets[n]!);
  const weights = new Float64Array(offsets[n]!);
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    if (s === t) continue;
    const w = edgeWeights ? edgeWeights[e / 2]! : 1;
    neighbours[fill[s]!] = t;
    weights[fill[s]!++] = w;
    neighbours[fill[t]!] = s;
    weights[fill[t]!++] = w;
  }
  return { offsets, neighbours, weights };
}

/**
 * Hop counts from `source` to every node (-1 where unreachable, or further than `maxHops`), written into
 * `distances` (length n), which the caller may reuse between calls. `queue` is scratch space of length n.
 * Returns how many nodes were reached (source included): they are queue[0…count-1], nearest first.
 */
export function bfsDistances(
  adjacency: Adjacency,
  source: number,
  distances: Int32Array,
  queue = new Uint32Array(distances.length),
  maxHops = Infinity,
): number {
  const { offsets, neighbours } = adjacency;
  distances.fill(-1);
  distances[source] = 0;
  queue[0] = source;
  let tail = 1;
  for (let head = 0; head < tail; head++) {
    const u = queue[head]!;
    const next = distances[u]! + 1;
    if (next > maxHops) break;
    for (let k = offsets[u]!; k < offsets[u + 1]!; k++) {
      const v = neighbours[k]!;
      if (distances[v] === -1) {
        distances[v] = next;
        queue[tail++] = v;
      }
    }
  }
  return tail;
}
