import { describe, expect, it } from 'vitest';
import type { Scene } from '../scene';
import { CONTEXT, EDGE_DISPUTED, SHOWN } from '../edgeFlags';
import { createSpecks } from './specks';

// Node has no ImageData: a stand-in with the same shape (width, height, RGBA bytes).
(globalThis as { ImageData?: unknown }).ImageData ??= class {
  data: Uint8ClampedArray;
  constructor(
    readonly width: number,
    readonly height: number,
  ) {
    this.data = new Uint8ClampedArray(width * height * 4);
  }
};

const WIDTH = 10;
const HEIGHT = 5;

/** A context that keeps the colour last set (as a browser writes a hex colour) and the image put on it. */
function fakeContext() {
  const ctx = { canvas: { width: WIDTH, height: HEIGHT }, fillStyle: '', image: null as ImageData | null };
  return Object.assign(ctx, {
    putImageData(image: ImageData) {
      ctx.image = image;
    },
  });
}

/**
 * Shown: A (1.5, 1.5) and C (1.5, 3.5), linked; B (8.5, 1.5) and D (5.5, 3.5) faded, B linked from A (faded) and
 * D from C by a disputed link the scene marks hidden.
 */
function scene(): Scene {
  return {
    x: Float64Array.from([1.5, 8.5, 1.5, 5.5]),
    y: Float64Array.from([1.5, 1.5, 3.5, 3.5]),
    radius: Float64Array.from([0.1, 0.1, 0.1, 0.1]),
    colour: Uint16Array.from([0, 1, 0, 1]),
    colours: ['#112233', '#445566'],
    nodeShown: Uint8Array.from([SHOWN, CONTEXT, SHOWN, CONTEXT]),
    source: Uint32Array.from([0, 0, 2]),
    target: Uint32Array.from([1, 2, 3]),
    edgeShown: Uint8Array.from([CONTEXT, SHOWN, 0]),
    edgeFlags: Uint8Array.from([0, 0, EDGE_DISPUTED]),
    nodeKeys: ['a', 'b', 'c', 'd'],
  } as unknown as Scene;
}

describe('specks', () => {
  const ctx = fakeContext();
  createSpecks().draw(ctx as unknown as CanvasRenderingContext2D, scene(), {
    zoom: 1,
    panX: 0,
    panY: 0,
    width: WIDTH,
    height: HEIGHT,
  });
  const rgba = (col: number, row: number) => [
    ...ctx.image!.data.slice((row * WIDTH + col) * 4, (row * WIDTH + col) * 4 + 4),
  ];
  // Links are #94a3b8 (appearance/colours.ts); context at 30% (77 of 255).
  const link = [0x94, 0xa3, 0xb8, 255];
  const fadedLink = [0x94, 0xa3, 0xb8, 77];

  it('draws shown nodes over links, and shown links solid', () => {
    expect(rgba(1, 1)).toEqual([0x11, 0x22, 0x33, 255]);
    expect(rgba(1, 3)).toEqual([0x11, 0x22, 0x33, 255]);
    expect(rgba(1, 2)).toEqual(link);
  });

  it('draws context links and nodes faded, a faded node only where no link is', () => {
    expect(rgba(4, 1)).toEqual(fadedLink);
    expect(rgba(8, 1)).toEqual(fadedLink);
    expect(rgba(5, 3)).toEqual([0x44, 0x55, 0x66, 77]);
  });

  it('leaves the rest clear, hidden links included', () => {
    expect(rgba(3, 3)).toEqual([0, 0, 0, 0]);
    expect(rgba(9, 4)).toEqual([0, 0, 0, 0]);
  });

  it('draws a link that leaves the canvas up to its edge', () => {
    const wide = scene();
    wide.x[1] = 30;
    const clipped = fakeContext();
    createSpecks().draw(clipped as unknown as CanvasRenderingContext2D, wide, {
      zoom: 1,
      panX: 0,
      panY: 0,
      width: WIDTH,
      height: HEIGHT,
    });
    const at = (9 + 1 * WIDTH) * 4;
    expect([...clipped.image!.data.slice(at, at + 4)]).toEqual(fadedLink);
  });
});
