import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../model/seededRandom';
import { coarsen, type LevelGraph } from './coarsen';

const level = (n: number, edges: number[]): LevelGraph => ({
  n,
  edges: Uint32Array.from(edges),
  weights: new Float64Array(edges.length / 2).fill(1),
  mass: new Float64Array(n).fill(1),
});

describe('coarsen', () => {
  it('halves a graph of disjoint pairs, one group per pair', () => {
    const edges = Array.from({ length: 40 }, (_, k) => k); // 0–1, 2–3, …
    const { coarse, parent } = coarsen(level(40, edges), seededRandom(1));
    expect(coarse.n).toBe(20);
    for (let k = 0; k < 40; k += 2) expect(parent[k]).toBe(parent[k + 1]);
    expect(coarse.edges.length).toBe(0);
    expect([...coarse.mass]).toEqual(new Array(20).fill(2));
  });

  it('at least halves a path, keeping it one chain', () => {
    const n = 101;
    const edges = Array.from({ length: 2 * (n - 1) }, (_, k) => (k >> 1) + (k & 1));
    const { coarse } = coarsen(level(n, edges), seededRandom(2));
    expect(coarse.n).toBeLessThanOrEqual(Math.ceil(n / 2));
    expect(coarse.edges.length / 2).toBe(coarse.n - 1); // a chain of groups has one link fewer than groups
    expect(coarse.mass.reduce((a, b) => a + b, 0)).toBe(n);
  });

  it('folds a star into one node, weighing every leaf', () => {
    const edges = Array.from({ length: 2 * 30 }, (_, k) => (k % 2 === 0 ? 0 : (k + 1) / 2));
    const { coarse } = coarsen(level(31, edges), seededRandom(3));
    expect(coarse.n).toBe(1);
    expect(coarse.mass[0]).toBe(31);
  });

  it('sums the links a coarse link replaces', () => {
    // Two pairs (0–1, 2–3) joined by three links: the coarse graph is one link of weight 3.
    const { coarse } = coarsen(level(4, [0, 1, 2, 3, 0, 2, 1, 3, 0, 3]), seededRandom(4));
    expect(coarse.n).toBe(2);
    expect([...coarse.weights]).toEqual([3]);
  });

  it('leaves a node with no links alone', () => {
    const { coarse, parent } = coarsen(level(3, [0, 1]), seededRandom(5));
    expect(coarse.n).toBe(2);
    expect(parent[2]).not.toBe(parent[0]);
  });
});
