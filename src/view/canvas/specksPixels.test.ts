import { describe, expect, it } from 'vitest';
import { seededRandom } from '../../model/seededRandom';
import { CONTEXT, EDGE_DISPUTED, SHOWN } from '../edgeFlags';
import {
  colourLinks,
  linksHalfway,
  projectSpecks,
  projectionFor,
  writeLinks,
  writeNodes,
  writeSpecks,
  type SpeckArrays,
  type SpeckCamera,
  type SpeckLayers,
  type SpeckPalette,
} from './specksPixels';

const WIDTH = 120;
const HEIGHT = 80;
const camera: SpeckCamera = { k: 1, ox: 0, oy: 0 };
// Every code and node colour its own pixel value, so that a pixel says which kind of thing won it.
const palette: SpeckPalette = { links: [0, 11, 12, 13, 14], nodes: [21, 22], fadedNodes: [31, 32] };

/**
 * Nodes spread a little beyond the picture (some links leave it, some miss it), a third of the links linked to a
 * near node and the rest anywhere, each link drawn, faded or hidden and one in five disputed: many pixels have
 * links of every kind over them.
 */
function graph(nodes: number, links: number, seed: number): { arrays: SpeckArrays; layers: SpeckLayers } {
  const random = seededRandom(seed);
  const pick = () => [SHOWN, CONTEXT, 0][Math.floor(random() * 3)]!;
  const x = Float64Array.from({ length: nodes }, () => random() * WIDTH * 1.4 - WIDTH * 0.2);
  const y = Float64Array.from({ length: nodes }, () => random() * HEIGHT * 1.4 - HEIGHT * 0.2);
  const source = Uint32Array.from({ length: links }, () => Math.floor(random() * nodes));
  const target = source.map((s) => (random() < 0.3 ? (s + 1) % nodes : Math.floor(random() * nodes)));
  return {
    arrays: {
      x,
      y,
      radius: Float64Array.from({ length: nodes }, () => random() * 1.5),
      colour: Uint16Array.from({ length: nodes }, () => (random() < 0.5 ? 0 : 1)),
      source,
      target,
      edgeFlags: Uint8Array.from({ length: links }, () => (random() < 0.2 ? EDGE_DISPUTED : 0)),
    },
    layers: {
      nodeShown: Uint8Array.from({ length: nodes }, pick),
      edgeShown: Uint8Array.from({ length: links }, pick),
    },
  };
}

function onePass({ arrays, layers }: ReturnType<typeof graph>): Uint32Array {
  const pixels = new Uint32Array(WIDTH * HEIGHT);
  const codes = new Uint8Array(WIDTH * HEIGHT);
  writeSpecks(
    { pixels, codes, width: WIDTH, height: HEIGHT },
    arrays,
    layers,
    palette,
    camera,
    projectionFor(arrays.x.length),
  );
  return pixels;
}

/** The links before `split` and from it written into bytes of their own, as two threads do, then merged. */
function inTwo({ arrays, layers }: ReturnType<typeof graph>, split: number): Uint32Array {
  const projection = projectionFor(arrays.x.length);
  projectSpecks(arrays, camera, projection);
  const first = new Uint8Array(WIDTH * HEIGHT);
  const second = new Uint8Array(WIDTH * HEIGHT);
  writeLinks(first, WIDTH, HEIGHT, arrays, layers.edgeShown, projection, 0, split);
  writeLinks(second, WIDTH, HEIGHT, arrays, layers.edgeShown, projection, split);
  const pixels = new Uint32Array(WIDTH * HEIGHT);
  colourLinks(pixels, first, palette.links, second);
  writeNodes(pixels, WIDTH, HEIGHT, arrays, layers.nodeShown, palette, camera.k, projection);
  return pixels;
}

const count = (pixels: Uint32Array, value: number) => pixels.reduce((n, p) => n + (p === value ? 1 : 0), 0);

describe('specks written in two ranges of links', () => {
  const drawn = graph(300, 900, 7);
  const whole = onePass(drawn);

  it('draws a picture with links of every kind on it (else the comparisons below would prove little)', () => {
    for (const link of palette.links.slice(1)) expect(count(whole, link)).toBeGreaterThan(20);
    expect(count(whole, 0)).toBeGreaterThan(20);
  });

  it('gives the one pass picture pixel for pixel, wherever the links are split', () => {
    const halfway = linksHalfway(WIDTH, HEIGHT, drawn.arrays, drawn.layers.edgeShown, projectionFor(300));
    for (const split of [0, 1, 250, 450, 899, 900, halfway]) expect(inTwo(drawn, split)).toEqual(whole);
  });

  it('gives the one pass picture on other graphs, denser and sparser', () => {
    for (const [nodes, links, seed] of [
      [50, 2000, 1],
      [1000, 300, 2],
      [200, 1200, 3],
    ] as const) {
      const other = graph(nodes, links, seed);
      expect(inTwo(other, Math.floor(links / 2))).toEqual(onePass(other));
    }
  });

  it('would not, merged by the later range alone (the rule is what makes it the same)', () => {
    const projection = projectionFor(300);
    projectSpecks(drawn.arrays, camera, projection);
    const first = new Uint8Array(WIDTH * HEIGHT);
    const second = new Uint8Array(WIDTH * HEIGHT);
    writeLinks(first, WIDTH, HEIGHT, drawn.arrays, drawn.layers.edgeShown, projection, 0, 450);
    writeLinks(second, WIDTH, HEIGHT, drawn.arrays, drawn.layers.edgeShown, projection, 450);
    const naive = second.map((b, at) => b || first[at]!);
    const merged = new Uint32Array(WIDTH * HEIGHT);
    colourLinks(merged, first, palette.links, second);
    const painted = new Uint32Array(WIDTH * HEIGHT);
    colourLinks(painted, naive, palette.links);
    expect(painted).not.toEqual(merged);
  });
});

describe('specks written one range after the other into the same bytes', () => {
  it('gives the one pass picture (what the worker does when its helper cannot draw the second range)', () => {
    const drawn = graph(300, 900, 11);
    const projection = projectionFor(300);
    projectSpecks(drawn.arrays, camera, projection);
    const codes = new Uint8Array(WIDTH * HEIGHT);
    writeLinks(codes, WIDTH, HEIGHT, drawn.arrays, drawn.layers.edgeShown, projection, 0, 400);
    writeLinks(codes, WIDTH, HEIGHT, drawn.arrays, drawn.layers.edgeShown, projection, 400);
    const pixels = new Uint32Array(WIDTH * HEIGHT);
    colourLinks(pixels, codes, palette.links);
    writeNodes(pixels, WIDTH, HEIGHT, drawn.arrays, drawn.layers.nodeShown, palette, camera.k, projection);
    expect(pixels).toEqual(onePass(drawn));
  });
});

describe('linksHalfway', () => {
  it('splits links of equal length near their middle, counting only shown links on the picture', () => {
    const links = 400;
    const x = Float64Array.from({ length: 2 * links }, (_, i) => (i % 2) * 10 + 5);
    const y = Float64Array.from({ length: 2 * links }, (_, i) => (i % HEIGHT) + 0.5);
    const arrays = {
      source: Uint32Array.from({ length: links }, (_, j) => 2 * j),
      target: Uint32Array.from({ length: links }, (_, j) => 2 * j + 1),
      edgeFlags: new Uint8Array(links),
    };
    const projection = projectionFor(2 * links);
    projectSpecks({ x, y }, camera, projection);
    const all = new Uint8Array(links).fill(SHOWN);
    // Read a link in sixteen: within one stretch of sixteen of the middle.
    expect(Math.abs(linksHalfway(WIDTH, HEIGHT, arrays, all, projection) - links / 2)).toBeLessThanOrEqual(16);
    // The first half hidden: the middle of the second half.
    const secondHalf = all.map((s, j) => (j < links / 2 ? 0 : s));
    expect(Math.abs(linksHalfway(WIDTH, HEIGHT, arrays, secondHalf, projection) - (3 * links) / 4)).toBeLessThanOrEqual(
      16,
    );
    // Nothing shown: nothing to split.
    expect(linksHalfway(WIDTH, HEIGHT, arrays, new Uint8Array(links), projection)).toBe(links);
  });
});
