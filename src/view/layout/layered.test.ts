// The layered layout: ranks follow the links left to right, cycles do not break it, nothing overlaps, and a big
// graph with long chains neither overflows the stack nor takes dagre's quadratic time.
import { describe, expect, it } from 'vitest';
import { layeredLayout } from './layered';

const OPTIONS = { nodeSep: 20, rankSep: 100 };

function point(positions: Float64Array, v: number): { x: number; y: number } {
  return { x: positions[2 * v]!, y: positions[2 * v + 1]! };
}

describe('layeredLayout', () => {
  it('puts every link from left to right, one rank per step of a chain', () => {
    // 0 → 1 → 2, 0 → 3 → 2
    const p = layeredLayout(4, Uint32Array.from([0, 1, 1, 2, 0, 3, 3, 2]), OPTIONS);
    expect(point(p, 0).x).toBe(0);
    expect(point(p, 1).x).toBe(100);
    expect(point(p, 3).x).toBe(100);
    expect(point(p, 2).x).toBe(200);
    // The two middle nodes share a rank, one above the other, centred on the line of the others.
    expect(Math.abs(point(p, 1).y - point(p, 3).y)).toBe(20);
    expect(point(p, 1).y + point(p, 3).y).toBe(0);
  });

  it('breaks cycles instead of looping, and ignores self-links', () => {
    const p = layeredLayout(3, Uint32Array.from([0, 1, 1, 2, 2, 0, 1, 1]), OPTIONS);
    const xs = [0, 1, 2].map((v) => point(p, v).x).sort((a, b) => a - b);
    expect(xs).toEqual([0, 100, 200]);
  });

  it('keeps nodes of a rank apart by their size', () => {
    const p = layeredLayout(3, Uint32Array.from([0, 1, 0, 2]), OPTIONS, Float32Array.from([10, 50, 30]));
    expect(Math.abs(point(p, 1).y - point(p, 2).y)).toBe(20 + 50);
    expect(point(p, 1).x).toBe(100 + 50);
  });

  it('orders a rank after the ranks it links to, so links cross less', () => {
    // Sources a(0), b(1); targets linked crosswise: 2 from b, 3 from a. Ordered by barycentre, 3 comes before 2.
    const p = layeredLayout(4, Uint32Array.from([0, 3, 1, 2]), OPTIONS);
    expect(Math.sign(point(p, 3).y - point(p, 2).y)).toBe(Math.sign(point(p, 0).y - point(p, 1).y));
  });

  it('lays out a 20,000-node chain with shortcuts and cycles without overflowing the stack', () => {
    const n = 20_000;
    const edges: number[] = [];
    for (let v = 0; v + 1 < n; v++) edges.push(v, v + 1);
    for (let v = 0; v + 50 < n; v += 97) edges.push(v + 50, v); // back links: cycles
    const p = layeredLayout(n, Uint32Array.from(edges), OPTIONS);
    expect(p.every(Number.isFinite)).toBe(true);
    expect(point(p, n - 1).x).toBe((n - 1) * 100);
  });
});
