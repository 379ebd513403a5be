// The specks picture (specks.ts) written into a pixel buffer: pure, so that the page and the specks worker
// (specks.worker.ts) write the same picture from the same arrays. No canvas here: colours come in as pixels.
import { CONTEXT, EDGE_DISPUTED, SHOWN } from '../edgeFlags';

/** 16.16 fixed point: a line's steps in whole numbers. */
const FIXED = 65536;

/** What the picture reads of a scene that only changes with the graph, its look or its positions. */
export interface SpeckArrays {
  x: Float64Array;
  y: Float64Array;
  /** Half the drawn size, model units. */
  radius: Float64Array;
  /** Index into the palette's node colours. */
  colour: Uint16Array;
  source: Uint32Array;
  target: Uint32Array;
  edgeFlags: Uint8Array;
}

/** What changes with each filter: SHOWN, CONTEXT or 0 per node and per edge (scene.ts). */
export interface SpeckLayers {
  nodeShown: Uint8Array;
  edgeShown: Uint8Array;
}

/** The picture's colours as 32-bit pixels (pixels.ts's pixelOf). */
export interface SpeckPalette {
  /** By code: nothing, a drawn link, a drawn disputed one, a faded link, a faded disputed one. */
  links: readonly number[];
  /** By node colour index, drawn and faded. */
  nodes: readonly number[];
  fadedNodes: readonly number[];
}

/** From model units to device pixels: x * k + ox. */
export interface SpeckCamera {
  k: number;
  ox: number;
  oy: number;
}

/** The buffers written: RGBA pixels and a byte per pixel for the links, both width × height, both cleared. */
export interface SpeckTarget {
  pixels: Uint32Array;
  codes: Uint8Array;
  width: number;
  height: number;
}

/** Node positions on the picture, device pixels; kept by the caller so that a drawing allocates nothing. */
export interface SpeckProjection {
  sx: Float64Array;
  sy: Float64Array;
}

export const projectionFor = (nodes: number, kept?: SpeckProjection): SpeckProjection =>
  kept && kept.sx.length === nodes ? kept : { sx: new Float64Array(nodes), sy: new Float64Array(nodes) };

/**
 * Writes shown links and nodes in drawScene's order: faded links, faded nodes, links, nodes. A faded node goes only
 * where no link is, faded or not (the links drawn after it would cover it), so nodes of both kinds follow all links.
 */
export function writeSpecks(
  target: SpeckTarget,
  arrays: SpeckArrays,
  layers: SpeckLayers,
  palette: SpeckPalette,
  camera: SpeckCamera,
  projection: SpeckProjection,
): void {
  const { pixels, codes, width, height } = target;
  const { source, target: ends, edgeFlags, radius, colour } = arrays;
  const { nodeShown, edgeShown } = layers;
  const { k, ox, oy } = camera;
  // Where each node falls, worked out once rather than at both ends of each of its links.
  const { sx, sy } = projection;
  for (let i = 0; i < sx.length; i++) {
    sx[i] = arrays.x[i]! * k + ox;
    sy[i] = arrays.y[i]! * k + oy;
  }

  // Links are drawn as a byte per pixel (which kind of link is there), then coloured in one pass: at 200k nodes
  // they are ~27 million pixel writes, the random long links most of them, and a quarter of the memory to write to
  // is most of the saving. A link with both ends on the canvas (the common case) steps in 16.16 fixed point with
  // no bounds test per pixel. A faded link only marks pixels no link has marked; a drawn one marks over anything.
  const line = (j: number, code: number, faded: boolean) => {
    const x1 = sx[source[j]!]!;
    const y1 = sy[source[j]!]!;
    const x2 = sx[ends[j]!]!;
    const y2 = sy[ends[j]!]!;
    if ((x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 >= width && x2 >= width) || (y1 >= height && y2 >= height))
      return;
    const steps = Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1))));
    const inside = Math.min(x1, x2, y1, y2) >= 0 && Math.max(x1, x2) < width && Math.max(y1, y2) < height;
    if (inside) {
      let fx = (x1 * FIXED) | 0;
      let fy = (y1 * FIXED) | 0;
      const dx = (((x2 - x1) / steps) * FIXED) | 0;
      const dy = (((y2 - y1) / steps) * FIXED) | 0;
      if (faded)
        for (let s = 0; s <= steps; s++, fx += dx, fy += dy) {
          const at = (fy >> 16) * width + (fx >> 16);
          if (codes[at] === 0) codes[at] = code;
        }
      else for (let s = 0; s <= steps; s++, fx += dx, fy += dy) codes[(fy >> 16) * width + (fx >> 16)] = code;
      return;
    }
    const dx = (x2 - x1) / steps;
    const dy = (y2 - y1) / steps;
    let px = x1;
    let py = y1;
    for (let s = 0; s <= steps; s++, px += dx, py += dy) {
      const cx = px | 0;
      const cy = py | 0;
      if (px < 0 || py < 0 || cx >= width || cy >= height) continue;
      const at = cy * width + cx;
      if (!faded || codes[at] === 0) codes[at] = code;
    }
  };

  // A faded pixel never covers a drawn one: context goes underneath.
  const speck = (i: number, pixel: number, faded: boolean) => {
    const cx = sx[i]!;
    const cy = sy[i]!;
    const half = Math.max(0.5, radius[i]! * k);
    const x0 = Math.max(0, Math.round(cx - half));
    const x1 = Math.min(width, Math.max(Math.round(cx + half), x0 + 1));
    const y0 = Math.max(0, Math.round(cy - half));
    const y1 = Math.min(height, Math.max(Math.round(cy + half), y0 + 1));
    for (let row = y0; row < y1; row++)
      for (let col = x0; col < x1; col++) {
        const at = row * width + col;
        if (!faded || pixels[at] === 0) pixels[at] = pixel;
      }
  };

  for (const layer of [CONTEXT, SHOWN]) {
    const faded = layer === CONTEXT;
    for (let j = 0; j < source.length; j++)
      if (edgeShown[j] === layer) line(j, (edgeFlags[j]! & EDGE_DISPUTED ? 2 : 1) + (faded ? 2 : 0), faded);
  }
  const { links } = palette;
  for (let at = 0; at < codes.length; at++) if (codes[at] !== 0) pixels[at] = links[codes[at]!]!;
  for (const layer of [CONTEXT, SHOWN]) {
    const faded = layer === CONTEXT;
    const colours = faded ? palette.fadedNodes : palette.nodes;
    for (let i = 0; i < sx.length; i++) if (nodeShown[i] === layer) speck(i, colours[colour[i]!]!, faded);
  }
}
