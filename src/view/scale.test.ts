import { describe, expect, it } from 'vitest';
import { isLarge, spiralPosition } from './scale';
import { LARGE_ELEMENTS, LARGE_NODES } from '../model/thresholds';
import { iterationsFor, runForceLayout } from './layout/forceLayout';

describe('size classes', () => {
  it('calls a graph large by nodes or by nodes and edges together', () => {
    expect(isLarge(40, 60)).toBe(false);
    expect(isLarge(LARGE_NODES, LARGE_ELEMENTS - LARGE_NODES)).toBe(false);
    expect(isLarge(LARGE_NODES + 1, 0)).toBe(true);
    expect(isLarge(LARGE_NODES / 2, LARGE_ELEMENTS)).toBe(true);
  });
});

describe('spiralPosition', () => {
  it('spreads nodes without two on the same spot', () => {
    const points = Array.from({ length: 500 }, (_, i) => spiralPosition(i));
    const keys = new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`));
    expect(keys.size).toBe(500);
  });
});

describe('runForceLayout', () => {
  it('pulls connected nodes together, reports progress and returns a finite position for every node', () => {
    // Two triangles far apart, joined by one edge; start positions on a line.
    const n = 6;
    const positions = Float64Array.from(
      Array.from({ length: 2 * n }, (_, i) => (i % 2 === 0 ? i * 100 : (i * 37) % 50)),
    );
    const edges = Uint32Array.from([0, 1, 1, 2, 2, 0, 3, 4, 4, 5, 5, 3, 2, 3]);
    const seen: number[] = [];
    const out = runForceLayout({ positions, edges, iterations: 50 }, (done) => seen.push(done), 10);
    expect(seen).toEqual([0.2, 0.4, 0.6, 0.8, 1]);
    expect(out).toHaveLength(2 * n);
    expect([...out].every(Number.isFinite)).toBe(true);
    const distance = (a: number, b: number) => Math.hypot(out[2 * a]! - out[2 * b]!, out[2 * a + 1]! - out[2 * b + 1]!);
    expect(distance(0, 1)).toBeLessThan(Math.hypot(positions[0]! - positions[2]!, positions[1]! - positions[3]!) * 2);
  });
  it('stops when its time budget is spent, and says it is done', () => {
    const positions = Float64Array.from([0, 0, 100, 0, 0, 100]);
    const edges = Uint32Array.from([0, 1, 1, 2]);
    let clock = 0;
    const seen: number[] = [];
    // Each check of the clock finds 40 ms more spent: a 100 ms budget ends the run at the third report.
    runForceLayout(
      { positions, edges, iterations: 1_000, budgetMs: 100 },
      (f) => seen.push(f),
      10,
      () => (clock += 40) - 40,
    );
    expect(seen).toHaveLength(3);
    expect(seen.at(-1)).toBe(1);
  });
  it('spends fewer iterations on bigger graphs', () => {
    expect(iterationsFor(1_000)).toBeGreaterThan(iterationsFor(10_000));
    expect(iterationsFor(10_000)).toBeGreaterThan(iterationsFor(50_000));
  });
});
