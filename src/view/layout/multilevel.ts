// A multilevel force layout: the graph is coarsened step by step (coarsen.ts) down to a few dozen nodes, the
// coarsest graph is laid out with many cheap iterations, and then each finer level starts from its groups'
// places and is refined with a few iterations. The broad shape is settled where an iteration costs next to
// nothing, so the full graph needs only a short polish, where a single-level force layout from a poor start
// spends most of its time untangling it (Walshaw 2003; Hu 2005, the method of Graphviz's sfdp).
//
// The forces at every level are graphology's ForceAtlas2 (`iterate`, Barnes–Hut above 300 nodes, coarser than its
// default: BARNES_HUT_THETA), fed its node and edge matrices directly: no graphology graph is built, and a coarse
// node's mass is its members' total, which ForceAtlas2's own matrix builder (mass = 1 + degree) could not say. The
// multilevel part is hand-rolled because no library the project has does it (graphology offers single-level
// ForceAtlas2 and noverlap; sfdp is a native program the page cannot run). Pure: runs in the layout worker and in
// Node (the bench, the tests).
import iterate from 'graphology-layout-forceatlas2/iterate';
import DEFAULT_SETTINGS from 'graphology-layout-forceatlas2/defaults';
import forceAtlas2 from 'graphology-layout-forceatlas2';
import { seededRandom } from '../../model/seededRandom';
import { coarsen, type LevelGraph } from './coarsen';

export interface MultilevelSettings {
  /** ForceAtlas2 iterations on the full graph (level 0); by default finestIterationsFor(n). */
  finestIterations?: number;
  /** Iterations on the coarsest graph, where they are nearly free. */
  coarsestIterations: number;
  /** Coarsening stops at this many nodes, or when a step no longer shrinks the graph by a tenth. */
  coarsestNodes: number;
  seed: number;
}

export const MULTILEVEL_DEFAULTS: MultilevelSettings = {
  coarsestIterations: 300,
  coarsestNodes: 50,
  seed: 7,
};

/**
 * Barnes–Hut opening angle: a cell of the quadtree stands for its nodes once it looks smaller than this from the
 * node pushed. ForceAtlas2's default is 0.5; each level here starts close to its answer and needs only coarse
 * far-field pushes, and on the bench's graphs 1.5 kept the figures of 0.5 at a third to a quarter of its time.
 */
const BARNES_HUT_THETA = 1.5;

/**
 * Iterations on the full graph: 100,000 / n, from 2 to 20 (10 at 10,000 nodes, 2 at 50,000). Each costs O(n log n)
 * and the levels below have settled the shape, so big graphs get few; bench/layoutQuality.ts measured the choice.
 */
export function finestIterationsFor(nodes: number): number {
  return Math.min(20, Math.max(2, Math.round(100_000 / Math.max(1, nodes))));
}

/** ForceAtlas2's matrices: 10 numbers a node, 3 an edge (graphology-layout-forceatlas2/helpers). */
const PPN = 10;
const PPE = 3;

/**
 * Lays out nodes 0…n-1 joined by `edges` (source0, target0, …; loops ignored). `start` (x0, y0, …) only orients
 * the result: the coarsest level starts from its groups' mean start positions. `report` gets the fraction of the
 * work done (0…1). Returns new positions.
 */
export function multilevelLayout(
  start: Float64Array,
  edges: Uint32Array,
  report: (fraction: number) => void = () => undefined,
  options: Partial<MultilevelSettings> = {},
): Float64Array {
  const n = start.length / 2;
  if (n === 0) return new Float64Array(0);
  const settings = { ...MULTILEVEL_DEFAULTS, finestIterations: finestIterationsFor(n), ...options };
  const random = seededRandom(settings.seed);
  const levels = [fineLevel(n, edges)];
  const parents: Uint32Array[] = [];
  for (;;) {
    const fine = levels[levels.length - 1]!;
    if (fine.n <= settings.coarsestNodes) break;
    const { coarse, parent } = coarsen(fine, random);
    if (coarse.n > 0.9 * fine.n) break;
    levels.push(coarse);
    parents.push(parent);
  }

  const iterations = levels.map((level, l) => iterationsAt(level.n, n, l === levels.length - 1, settings));
  const work = levels.map((level, l) => level.n * iterations[l]!);
  const totalWork = work.reduce((a, b) => a + b, 0);
  let workDone = 0;

  let positions = coarsestStart(start, parents, levels[levels.length - 1]!.n, random);
  for (let l = levels.length - 1; l >= 0; l--) {
    if (l < levels.length - 1) positions = interpolate(positions, levels[l + 1]!, parents[l]!, random);
    const level = levels[l]!;
    positions = runForceAtlas2(level, positions, iterations[l]!, (done) =>
      report((workDone + level.n * done) / totalWork),
    );
    workDone += work[l]!;
  }
  report(1);
  return positions;
}

/** The input graph as level 0: unit weights, and ForceAtlas2's usual mass of 1 + degree. */
function fineLevel(n: number, edges: Uint32Array): LevelGraph {
  const pairs: number[] = [];
  const mass = new Float64Array(n).fill(1);
  for (let e = 0; e + 1 < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    if (s === t) continue;
    pairs.push(s, t);
    mass[s]!++;
    mass[t]!++;
  }
  return { n, edges: Uint32Array.from(pairs), weights: new Float64Array(pairs.length / 2).fill(1), mass };
}

/**
 * More iterations the coarser the level: they cost less there and settle the shape everything finer inherits.
 * The full graph gets `finestIterations`, a level of m nodes that times √(n/m), up to `coarsestIterations`.
 */
function iterationsAt(nodes: number, total: number, coarsest: boolean, settings: Required<MultilevelSettings>): number {
  if (coarsest) return settings.coarsestIterations;
  return Math.min(settings.coarsestIterations, Math.round(settings.finestIterations * Math.sqrt(total / nodes)));
}

/** Each coarsest node at the mean start position of the nodes it holds, nudged so no two coincide. */
function coarsestStart(start: Float64Array, parents: Uint32Array[], count: number, random: () => number): Float64Array {
  let positions = start;
  for (const parent of parents) {
    const sum = new Float64Array(2 * (parent.reduce((a, b) => Math.max(a, b), 0) + 1));
    const members = new Float64Array(sum.length / 2);
    parent.forEach((g, i) => {
      sum[2 * g]! += positions[2 * i]!;
      sum[2 * g + 1]! += positions[2 * i + 1]!;
      members[g]!++;
    });
    for (let g = 0; g < members.length; g++) {
      sum[2 * g]! /= members[g]!;
      sum[2 * g + 1]! /= members[g]!;
    }
    positions = sum;
  }
  const out = Float64Array.from(positions.subarray(0, 2 * count));
  const spread = Math.max(1, extent(out));
  for (let k = 0; k < out.length; k++) out[k]! += (random() - 0.5) * spread * 0.1;
  return out;
}

/** Each fine node at its group's place, a little apart from its group's other members (a tenth of a link). */
function interpolate(
  coarse: Float64Array,
  coarseLevel: LevelGraph,
  parent: Uint32Array,
  random: () => number,
): Float64Array {
  const jitter = 0.1 * Math.max(meanLinkLength(coarse, coarseLevel.edges), 1e-6);
  const fine = new Float64Array(2 * parent.length);
  parent.forEach((g, i) => {
    const angle = random() * 2 * Math.PI;
    fine[2 * i] = coarse[2 * g]! + jitter * Math.cos(angle);
    fine[2 * i + 1] = coarse[2 * g + 1]! + jitter * Math.sin(angle);
  });
  return fine;
}

function meanLinkLength(positions: Float64Array, edges: Uint32Array): number {
  let sum = 0;
  for (let e = 0; e < edges.length; e += 2) {
    const s = edges[e]!;
    const t = edges[e + 1]!;
    sum += Math.hypot(positions[2 * s]! - positions[2 * t]!, positions[2 * s + 1]! - positions[2 * t + 1]!);
  }
  return edges.length ? sum / (edges.length / 2) : 1;
}

function extent(positions: Float64Array): number {
  let min = Infinity;
  let max = -Infinity;
  for (const v of positions) [min, max] = [Math.min(min, v), Math.max(max, v)];
  return positions.length ? max - min : 0;
}

/** `iterations` of ForceAtlas2 (its settings inferred for the level's size) on one level; `progress` gets 0…1. */
function runForceAtlas2(
  level: LevelGraph,
  positions: Float64Array,
  iterations: number,
  progress: (fraction: number) => void,
): Float64Array {
  const nodes = new Float32Array(level.n * PPN);
  for (let i = 0; i < level.n; i++) {
    const j = i * PPN;
    nodes[j] = positions[2 * i]!;
    nodes[j + 1] = positions[2 * i + 1]!;
    nodes[j + 6] = level.mass[i]!;
    nodes[j + 7] = 1; // convergence
    nodes[j + 8] = 1; // size
  }
  const edgeCount = level.edges.length / 2;
  const links = new Float32Array(edgeCount * PPE);
  for (let e = 0; e < edgeCount; e++) {
    links[e * PPE] = level.edges[2 * e]! * PPN;
    links[e * PPE + 1] = level.edges[2 * e + 1]! * PPN;
    links[e * PPE + 2] = level.weights[e]!;
  }
  // Barnes–Hut from a few hundred nodes: exact repulsion is quadratic, and the coarse levels run many iterations.
  const settings = {
    ...DEFAULT_SETTINGS,
    ...forceAtlas2.inferSettings(level.n),
    barnesHutOptimize: level.n > 300,
    barnesHutTheta: BARNES_HUT_THETA,
  };
  for (let k = 0; k < iterations; k++) {
    iterate(settings, nodes, links);
    if (k % 5 === 4) progress((k + 1) / iterations);
  }
  const out = new Float64Array(2 * level.n);
  for (let i = 0; i < level.n; i++) {
    out[2 * i] = nodes[i * PPN]!;
    out[2 * i + 1] = nodes[i * PPN + 1]!;
  }
  return out;
}
