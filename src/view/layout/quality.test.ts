import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../model/seededRandom';
import { buildAdjacency } from './adjacency';
import { kthSmallest, neighbourhoodPreservation, normalisedStress, sampleDistancePairs } from './quality';

/** Edges of a path 0 – 1 – … – (n-1). */
const pathEdges = (n: number) => Uint32Array.from({ length: 2 * (n - 1) }, (_, k) => (k >> 1) + (k & 1));

describe('normalised stress', () => {
  it('is 0 for a path drawn on a line, at any scale', () => {
    const n = 30;
    const adjacency = buildAdjacency(n, pathEdges(n));
    const pairs = sampleDistancePairs(adjacency, { sources: n, perSource: n });
    expect(pairs.d.length).toBe(n * (n - 1)); // every ordered pair, as n is small
    const line = Float64Array.from({ length: 2 * n }, (_, k) => (k % 2 === 0 ? 7.5 * (k / 2) : 3));
    expect(normalisedStress(line, pairs)).toBeCloseTo(0, 12);
  });

  it('is 1 when every node sits on one spot', () => {
    const n = 10;
    const pairs = sampleDistancePairs(buildAdjacency(n, pathEdges(n)));
    expect(normalisedStress(new Float64Array(2 * n), pairs)).toBe(1);
  });

  it('scores a shuffled drawing of a grid worse than the grid itself', () => {
    const side = 20;
    const edges: number[] = [];
    for (let r = 0; r < side; r++)
      for (let c = 0; c < side; c++) {
        if (c + 1 < side) edges.push(r * side + c, r * side + c + 1);
        if (r + 1 < side) edges.push(r * side + c, (r + 1) * side + c);
      }
    const adjacency = buildAdjacency(side * side, edges);
    const pairs = sampleDistancePairs(adjacency, { sources: 50, perSource: 50 });
    const grid = Float64Array.from({ length: 2 * side * side }, (_, k) =>
      k % 2 === 0 ? (k / 2) % side : Math.floor(k / 2 / side),
    );
    const shuffled = shuffledPlaces(grid, seededRandom(3));
    expect(normalisedStress(grid, pairs)).toBeLessThan(0.1);
    expect(normalisedStress(shuffled, pairs)).toBeGreaterThan(0.3);
    expect(neighbourhoodPreservation(grid, adjacency, { hops: 1 })).toBeGreaterThan(0.5);
    expect(neighbourhoodPreservation(shuffled, adjacency, { hops: 1 })).toBeLessThan(0.05);
  });
});

describe('neighbourhood preservation', () => {
  it('is 1 for two cliques drawn as two far-apart clumps', () => {
    // Two 6-cliques joined by nothing: each node's neighbourhood is its clique, drawn around it.
    const edges: number[] = [];
    for (const base of [0, 6])
      for (let a = 0; a < 6; a++) for (let b = a + 1; b < 6; b++) edges.push(base + a, base + b);
    const adjacency = buildAdjacency(12, edges);
    const clumps = Float64Array.from({ length: 24 }, (_, k) =>
      k % 2 === 0 ? (k / 2 < 6 ? 0 : 1000) + ((k / 2) % 6) : 0,
    );
    expect(neighbourhoodPreservation(clumps, adjacency)).toBe(1);
    // Mixed up so each clump holds three of each clique, a node's nearest are half strangers.
    const mixed = Float64Array.from({ length: 24 }, (_, k) => (k % 2 === 0 ? ((k / 2) % 2) * 1000 + k : 0));
    expect(neighbourhoodPreservation(mixed, adjacency)).toBeLessThan(0.5);
  });
});

describe('kthSmallest', () => {
  it('agrees with sorting', () => {
    const random = seededRandom(5);
    const values = Float64Array.from({ length: 101 }, () => Math.floor(random() * 20));
    const sorted = [...values].sort((a, b) => a - b);
    for (const k of [0, 17, 50, 100]) expect(kthSmallest(Float64Array.from(values), k)).toBe(sorted[k]);
  });
});

function shuffledPlaces(positions: Float64Array, random: () => number): Float64Array {
  const n = positions.length / 2;
  const order = Array.from({ length: n }, (_, i) => i);
  for (let i = n - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  return Float64Array.from({ length: 2 * n }, (_, k) => positions[2 * order[k >> 1]! + (k & 1)]!);
}
