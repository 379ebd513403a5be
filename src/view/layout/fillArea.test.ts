import { describe, expect, it } from 'vitest';
import { MAX_STRETCH, stretchToArea } from './fillArea';

const square = new Map([
  ['a', { x: 0, y: 0 }],
  ['b', { x: 100, y: 0 }],
  ['c', { x: 0, y: 100 }],
  ['d', { x: 100, y: 100 }],
]);

describe('stretchToArea', () => {
  it('widens a square layout for a wide drawing, about its centre', () => {
    const out = stretchToArea(square, 1200, 1000)!;
    // 1.2 : 1 asked for; the square becomes 120 wide, still centred on x = 50.
    expect(out.get('a')).toEqual({ x: -10, y: 0 });
    expect(out.get('d')).toEqual({ x: 110, y: 100 });
  });

  it('heightens a layout for a tall drawing', () => {
    const out = stretchToArea(square, 500, 600)!;
    expect(out.get('a')!.x).toBe(0);
    expect(out.get('d')!.y - out.get('a')!.y).toBeCloseTo(120);
  });

  it('stretches no side past the limit', () => {
    const out = stretchToArea(square, 4000, 1000)!;
    expect(out.get('b')!.x - out.get('a')!.x).toBeCloseTo(100 * MAX_STRETCH);
    expect(out.get('c')!.y - out.get('a')!.y).toBe(100);
  });

  it('never brings two nodes closer', () => {
    const points = new Map(Array.from({ length: 30 }, (_, i) => [`n${i}`, { x: (i * 37) % 101, y: (i * 53) % 89 }]));
    const out = stretchToArea(points, 1600, 700)!;
    const ids = [...points.keys()];
    for (const a of ids)
      for (const b of ids) {
        const before = Math.hypot(points.get(a)!.x - points.get(b)!.x, points.get(a)!.y - points.get(b)!.y);
        const after = Math.hypot(out.get(a)!.x - out.get(b)!.x, out.get(a)!.y - out.get(b)!.y);
        expect(after).toBeGreaterThanOrEqual(before - 1e-9);
      }
  });

  it('leaves a layout that already has the proportions, or too few nodes, alone', () => {
    expect(stretchToArea(square, 1000, 1020)).toBeNull();
    expect(stretchToArea(new Map([['a', { x: 0, y: 0 }]]), 1000, 500)).toBeNull();
  });
});
