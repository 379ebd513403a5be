// Two figures of how well a drawing shows its graph, both independent of the drawing's scale, rotation and offset:
//
// - normalised stress: over sampled pairs of connected nodes (i, j) at graph distance d (hops, by breadth-first
//   search) and drawn distance L, with the classic weight 1/d², after the best uniform scale s of the drawing:
//   min over s of Σ (s·L − d)² / d², divided by the number of pairs. 0 when drawn distances are proportional to
//   hop counts (a path on a line); 1 when the drawing tells nothing (all nodes on one spot, s = 0). Lower is better.
// - neighbourhood preservation: for sampled nodes i, G = the nodes within `hops` hops of i (2 by default), k = |G|,
//   D = the k nodes drawn nearest to i; the Jaccard index |G ∩ D| / |G ∪ D|, averaged. 1 when every node's graph
//   neighbourhood is exactly what is drawn around it. Higher is better. (As in Kruiger et al., "Graph layouts by
//   t-SNE", 2017, whose r-hop neighbourhoods this follows.)
//
// Both sample with a seed, so two drawings of one graph are scored on the same pairs and nodes.
import { seededRandom } from '../../model/seededRandom';
import { bfsDistances, type Adjacency } from './adjacency';

/** Pairs of nodes (i[k], j[k]) at graph distance d[k] ≥ 1. */
export interface DistancePairs {
  i: Uint32Array;
  j: Uint32Array;
  d: Float64Array;
}

export interface PairSampling {
  /** Breadth-first searches (from distinct random nodes; every node when n is smaller). */
  sources?: number;
  /** Random reachable targets per source; every reachable node when at least n - 1. */
  perSource?: number;
  seed?: number;
}

/** Seeded sample of connected pairs with their hop counts: `sources` searches, `perSource` targets each. */
export function sampleDistancePairs(adjacency: Adjacency, options: PairSampling = {}): DistancePairs {
  const { sources = 100, perSource = 200, seed = 1 } = options;
  const n = adjacency.offsets.length - 1;
  const random = seededRandom(seed);
  const distances = new Int32Array(n);
  const queue = new Uint32Array(n);
  const is: number[] = [];
  const js: number[] = [];
  const ds: number[] = [];
  for (const source of pickNodes(n, sources, random)) {
    const reached = bfsDistances(adjacency, source, distances, queue);
    if (reached < 2) continue;
    const take = (target: number) => {
      is.push(source);
      js.push(target);
      ds.push(distances[target]!);
    };
    if (perSource >= n - 1) for (let r = 1; r < reached; r++) take(queue[r]!);
    // queue[1…reached-1] holds exactly the reachable nodes other than the source: draw from it.
    else for (let r = 0; r < perSource; r++) take(queue[1 + Math.floor(random() * (reached - 1))]!);
  }
  return { i: Uint32Array.from(is), j: Uint32Array.from(js), d: Float64Array.from(ds) };
}

/** Normalised stress of `positions` (x0, y0, x1…) on `pairs`, at the best scale; 0 is perfect, 1 is no information. */
export function normalisedStress(positions: ArrayLike<number>, pairs: DistancePairs): number {
  // With r = L/d per pair, the stress at scale s is Σ (s·r − 1)², least at s = Σr / Σr², where it is
  // P − (Σr)² / Σr². Dividing by P (the stress at s = 0) gives a figure in [0, 1].
  let sum = 0;
  let sumSquares = 0;
  const count = pairs.d.length;
  for (let k = 0; k < count; k++) {
    const a = pairs.i[k]!;
    const b = pairs.j[k]!;
    const r =
      Math.hypot(positions[2 * a]! - positions[2 * b]!, positions[2 * a + 1]! - positions[2 * b + 1]!) / pairs.d[k]!;
    sum += r;
    sumSquares += r * r;
  }
  if (count === 0) return 0;
  if (sumSquares === 0) return 1;
  return Math.max(0, 1 - (sum * sum) / (sumSquares * count));
}

export interface NeighbourhoodSampling {
  /** Nodes scored (every node when n is smaller). */
  samples?: number;
  /** A node's graph neighbourhood: the nodes within this many hops. */
  hops?: number;
  seed?: number;
}

/** Mean Jaccard index between each sampled node's `hops`-hop neighbourhood and as many nodes drawn nearest to it. */
export function neighbourhoodPreservation(
  positions: ArrayLike<number>,
  adjacency: Adjacency,
  options: NeighbourhoodSampling = {},
): number {
  const { samples = 300, hops = 2, seed = 2 } = options;
  const n = adjacency.offsets.length - 1;
  const random = seededRandom(seed);
  const distances = new Int32Array(n);
  const queue = new Uint32Array(n);
  const drawn = new Float64Array(n);
  const scratch = new Float64Array(n);
  let total = 0;
  let scored = 0;
  for (const i of pickNodes(n, samples, random)) {
    const reached = bfsDistances(adjacency, i, distances, queue, hops);
    const k = reached - 1;
    if (k === 0) continue;
    const x = positions[2 * i]!;
    const y = positions[2 * i + 1]!;
    for (let j = 0; j < n; j++) drawn[j] = (positions[2 * j]! - x) ** 2 + (positions[2 * j + 1]! - y) ** 2;
    drawn[i] = Infinity;
    // The k-th smallest drawn distance: the graph neighbours drawn within it are the ones among the k nearest.
    scratch.set(drawn);
    const radius = kthSmallest(scratch, k - 1);
    let shared = 0;
    for (let r = 1; r < reached; r++) if (drawn[queue[r]!]! <= radius) shared++;
    shared = Math.min(shared, k);
    total += shared / (2 * k - shared);
    scored++;
  }
  return scored === 0 ? 1 : total / scored;
}

/** Up to `count` distinct nodes of 0…n-1, at random (all of them, in order, when count ≥ n). */
function pickNodes(n: number, count: number, random: () => number): number[] {
  if (count >= n) return Array.from({ length: n }, (_, i) => i);
  const chosen = new Set<number>();
  while (chosen.size < count) chosen.add(Math.floor(random() * n));
  return [...chosen];
}

/** The value that would sit at `index` were `values` sorted (Hoare's quickselect; reorders `values`). */
export function kthSmallest(values: Float64Array, index: number): number {
  let lo = 0;
  let hi = values.length - 1;
  while (lo < hi) {
    const pivot = values[(lo + hi) >>> 1]!;
    let a = lo;
    let b = hi;
    while (a <= b) {
      while (values[a]! < pivot) a++;
      while (values[b]! > pivot) b--;
      if (a <= b) {
        const t = values[a]!;
        values[a++] = values[b]!;
        values[b--] = t;
      }
    }
    if (index <= b) hi = b;
    else if (index >= a) lo = a;
    else return values[index]!;
  }
  return values[index]!;
}
