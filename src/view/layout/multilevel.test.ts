import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../model/seededRandom';
import { buildAdjacency } from './adjacency';
import { multilevelLayout } from './multilevel';
import { neighbourhoodPreservation, normalisedStress, sampleDistancePairs } from './quality';

const randomStart = (n: number, seed: number) => {
  const random = seededRandom(seed);
  return Float64Array.from({ length: 2 * n }, () => random() * 1000);
};

const distance = (p: Float64Array, i: number, j: number) =>
  Math.hypot(p[2 * i]! - p[2 * j]!, p[2 * i + 1]! - p[2 * j + 1]!);

function gridEdges(side: number): Uint32Array {
  const edges: number[] = [];
  for (let r = 0; r < side; r++)
    for (let c = 0; c < side; c++) {
      if (c + 1 < side) edges.push(r * side + c, r * side + c + 1);
      if (r + 1 < side) edges.push(r * side + c, (r + 1) * side + c);
    }
  return Uint32Array.from(edges);
}

describe('multilevelLayout', () => {
  it('unfolds a grid from random places to nearly its own shape', () => {
    const side = 30;
    const n = side * side;
    const edges = gridEdges(side);
    const adjacency = buildAdjacency(n, edges);
    const pairs = sampleDistancePairs(adjacency);
    const start = randomStart(n, 1);
    const before = normalisedStress(start, pairs);
    const laid = multilevelLayout(Float64Array.from(start), edges);
    // The grid drawn as a grid scores ~0.01 (hops along rows and columns against straight lines); random places
    // ~0.5. ForceAtlas2's forces stretch a grid's rim and squeeze its middle, so its result is a little off a grid.
    expect(before).toBeGreaterThan(0.4);
    expect(normalisedStress(laid, pairs)).toBeLessThan(0.15);
  });

  it('draws two loosely joined clusters apart, each node among its own', () => {
    // Two dense random clusters of 150 nodes and a single link between them.
    const random = seededRandom(2);
    const edges: number[] = [0, 150];
    for (const base of [0, 150])
      for (let k = 0; k < 900; k++) edges.push(base + Math.floor(random() * 150), base + Math.floor(random() * 150));
    const adjacency = buildAdjacency(300, edges);
    const laid = multilevelLayout(randomStart(300, 3), Uint32Array.from(edges));
    const centre = (base: number) => {
      let [x, y] = [0, 0];
      for (let i = base; i < base + 150; i++) [x, y] = [x + laid[2 * i]! / 150, y + laid[2 * i + 1]! / 150];
      return { x, y };
    };
    const [a, b] = [centre(0), centre(150)];
    let spread = 0;
    for (let i = 0; i < 150; i++) spread += Math.hypot(laid[2 * i]! - a.x, laid[2 * i + 1]! - a.y) / 150;
    expect(Math.hypot(a.x - b.x, a.y - b.y)).toBeGreaterThan(2 * spread);
    // Each node's ten nearest drawn nodes are of its own cluster.
    let strangers = 0;
    for (let i = 0; i < 300; i++) {
      const nearest = Array.from({ length: 300 }, (_, j) => j)
        .filter((j) => j !== i)
        .sort((p, q) => distance(laid, i, p) - distance(laid, i, q))
        .slice(0, 10);
      strangers += nearest.filter((j) => j < 150 !== i < 150).length;
    }
    expect(strangers / 3000).toBeLessThan(0.02);
    // Within a cluster the nodes are random neighbours of each other, so the measure rises well above a random
    // drawing's but not near 1: two hops cover about two thirds of a cluster, not the nearest two thirds.
    const start = neighbourhoodPreservation(randomStart(300, 3), adjacency);
    expect(neighbourhoodPreservation(laid, adjacency)).toBeGreaterThan(2 * start);
  });

  it('is the same for the same input, reports progress up to 1, and copes with no links', () => {
    const edges = gridEdges(10);
    const fractions: number[] = [];
    const once = multilevelLayout(randomStart(100, 4), edges, (f) => fractions.push(f));
    expect(multilevelLayout(randomStart(100, 4), edges)).toEqual(once);
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((f, k) => k === 0 || f >= fractions[k - 1]!)).toBe(true);
    expect(multilevelLayout(new Float64Array(), new Uint32Array())).toHaveLength(0);
    const lonely = multilevelLayout(randomStart(5, 5), new Uint32Array());
    expect(lonely.length).toBe(10);
    expect(lonely.every(Number.isFinite)).toBe(true);
  });
});
