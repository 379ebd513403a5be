// The pixels a link covers in a pixel buffer: expectations are the pixels a one-pixel pen would colour on squared
// paper (pixel column c covers c to c + 1), counted by hand.
import { describe, expect, it } from 'vitest';
import { dashPattern, walkLine } from './linePixels';

/** The (column, row) pairs plotted in a width × height buffer. */
function pixels(
  from: [number, number],
  to: [number, number],
  { width = 10, height = 10, thickness = 1, dash = [] as number[] } = {},
): [number, number][] {
  const plotted: [number, number][] = [];
  walkLine(from[0], from[1], to[0], to[1], width, height, thickness, dash, (at) =>
    plotted.push([at % width, Math.floor(at / width)]),
  );
  return plotted;
}

describe('walkLine', () => {
  it('colours each pixel a horizontal or vertical line passes through, end pixels included', () => {
    expect(pixels([2.5, 3.5], [7.5, 3.5])).toEqual([2, 3, 4, 5, 6, 7].map((c) => [c, 3]));
    expect(pixels([4.5, 8.5], [4.5, 6.5])).toEqual([
      [4, 8],
      [4, 7],
      [4, 6],
    ]);
  });

  it('a diagonal takes one pixel per column', () => {
    expect(pixels([0.5, 0.5], [4.5, 4.5])).toEqual([0, 1, 2, 3, 4].map((k) => [k, k]));
  });

  it('a wider line is as many pixels across its length', () => {
    const thick = pixels([1.5, 5.5], [3.5, 5.5], { thickness: 3 });
    expect(new Set(thick.map(([, row]) => row))).toEqual(new Set([4, 5, 6]));
    expect(thick).toHaveLength(9);
    const upright = pixels([5.5, 1.5], [5.5, 2.5], { thickness: 2 });
    expect(new Set(upright.map(([column]) => column))).toEqual(new Set([5, 6]));
  });

  it('keeps only what is inside the buffer, and walks only that part of a very long line', () => {
    expect(pixels([-50, -50], [-10, -3])).toEqual([]);
    const long = pixels([-1e7, 5.5], [1e7, 5.5]);
    expect(long.map(([column]) => column)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
    expect(long.every(([, row]) => row === 5)).toBe(true);
  });

  it('leaves the gaps of a dashed line, measured from its start', () => {
    const dashed = pixels([0.5, 0.5], [9.5, 0.5], { dash: [2, 2] });
    expect(dashed.map(([column]) => column)).toEqual([0, 1, 4, 5, 8, 9]);
  });
});

describe('dashPattern', () => {
  it('repeats an odd list twice over, as a canvas does', () => {
    const on = dashPattern([3]);
    expect([0, 2.9, 3, 5.9, 6, 8.9].map(on)).toEqual([true, true, false, false, true, true]);
  });
});
