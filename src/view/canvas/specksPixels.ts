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

/** Link codes in a link byte: a drawn link (1, 2 disputed) or a faded one (3, 4); 0 for none. */
const FADED_CODES = 2;
const isDrawnCode = (code: number) => code !== 0 && code <= FADED_CODES;

/** Where each node falls on the picture, worked out once rather than at both ends of each of its links. */
export function projectSpecks(
  arrays: Pick<SpeckArrays, 'x' | 'y'>,
  { k, ox, oy }: SpeckCamera,
  { sx, sy }: SpeckProjection,
): void {
  for (let i = 0; i < sx.length; i++) {
    sx[i] = arrays.x[i]! * k + ox;
    sy[i] = arrays.y[i]! * k + oy;
  }
}

/** What a link's line reads. */
export type LinkArrays = Pick<SpeckArrays, 'source' | 'target' | 'edgeFlags'>;

/** Whether a line from (x1, y1) to (x2, y2) misses the picture on one side: nothing of it is drawn. */
const offPicture = (x1: number, y1: number, x2: number, y2: number, width: number, height: number) =>
  (x1 < 0 && x2 < 0) || (y1 < 0 && y2 < 0) || (x1 >= width && x2 >= width) || (y1 >= height && y2 >= height);

const stepsOf = (x1: number, y1: number, x2: number, y2: number) =>
  Math.max(1, Math.ceil(Math.max(Math.abs(x2 - x1), Math.abs(y2 - y1))));

/**
 * Writes the shown links from `from` to `to` (indices) as a byte per pixel in `codes`: all faded ones in index
 * order, then all drawn ones. A faded link only marks pixels no link has marked; a drawn one marks over anything.
 * So a pixel ends with the last drawn link's code over it, else the first faded one's: the links of a range can be
 * written apart from the others and the bytes merged (colourLinks), or the ranges written one after the other into
 * the same bytes, and the picture is the one pass's.
 */
export function writeLinks(
  codes: Uint8Array,
  width: number,
  height: number,
  arrays: LinkArrays,
  edgeShown: Uint8Array,
  { sx, sy }: SpeckProjection,
  from = 0,
  to = arrays.source.length,
): void {
  const { source, target, edgeFlags } = arrays;
  // At 200k nodes the links are ~27 million pixel writes, the random long links most of them, and a byte per pixel
  // is a quarter of the memory to write to. A link with both ends on the canvas (the common case) steps in 16.16
  // fixed point with no bounds test per pixel. The loops are plain functions of numbers (no closure over the
  // buffers, a whole-number count of steps, the drawn one two pixels a turn): a third less time than before.
  for (const layer of [CONTEXT, SHOWN]) {
    const faded = layer === CONTEXT;
    for (let j = from; j < to; j++) {
      if (edgeShown[j] !== layer) continue;
      const code = (edgeFlags[j]! & EDGE_DISPUTED ? 2 : 1) + (faded ? FADED_CODES : 0);
      const x1 = sx[source[j]!]!;
      const y1 = sy[source[j]!]!;
      const x2 = sx[target[j]!]!;
      const y2 = sy[target[j]!]!;
      if (offPicture(x1, y1, x2, y2, width, height)) continue;
      const steps = stepsOf(x1, y1, x2, y2);
      const inside = Math.min(x1, x2, y1, y2) >= 0 && Math.max(x1, x2) < width && Math.max(y1, y2) < height;
      if (!inside) {
        clippedLine(codes, width, height, x1, y1, (x2 - x1) / steps, (y2 - y1) / steps, steps + 1, code, faded);
        continue;
      }
      const fx = (x1 * FIXED) | 0;
      const fy = (y1 * FIXED) | 0;
      const dx = (((x2 - x1) / steps) * FIXED) | 0;
      const dy = (((y2 - y1) / steps) * FIXED) | 0;
      if (faded) fadedLine(codes, width, fx, fy, dx, dy, steps + 1, code);
      else drawnLine(codes, width, fx, fy, dx, dy, steps + 1, code);
    }
  }
}

/** Writes `count` pixels of a line from (fx, fy) by (dx, dy), 16.16 fixed point, all on the picture. */
type LineWriter = (
  codes: Uint8Array,
  width: number,
  fx: number,
  fy: number,
  dx: number,
  dy: number,
  count: number,
  code: number,
) => void;

/** Marked whatever is there. */
const drawnLine: LineWriter = (codes, width, fx, fy, dx, dy, count, code) => {
  let left = count | 0;
  for (; left >= 2; left -= 2) {
    codes[(fy >> 16) * width + (fx >> 16)] = code;
    fx += dx;
    fy += dy;
    codes[(fy >> 16) * width + (fx >> 16)] = code;
    fx += dx;
    fy += dy;
  }
  if (left > 0) codes[(fy >> 16) * width + (fx >> 16)] = code;
};

/** Only pixels no link has marked. */
const fadedLine: LineWriter = (codes, width, fx, fy, dx, dy, count, code) => {
  for (let left = count | 0; left > 0; left--, fx += dx, fy += dy) {
    const at = (fy >> 16) * width + (fx >> 16);
    if (codes[at] === 0) codes[at] = code;
  }
};

/** A line that leaves the picture: `count` points from (px, py) by (dx, dy), those on it marked. */
function clippedLine(
  codes: Uint8Array,
  width: number,
  height: number,
  px: number,
  py: number,
  dx: number,
  dy: number,
  count: number,
  code: number,
  faded: boolean,
) {
  for (let left = count; left > 0; left--, px += dx, py += dy) {
    const cx = px | 0;
    const cy = py | 0;
    if (px < 0 || py < 0 || cx >= width || cy >= height) continue;
    const at = cy * width + cx;
    if (!faded || codes[at] === 0) codes[at] = code;
  }
}

/** Every this many links is read for linksHalfway: a few per cent off the middle at most, in a sixteenth the time. */
const HALFWAY_SAMPLE = 16;

/**
 * The link index that splits the shown links into two ranges of about as many pixel steps each, for writing them
 * on two threads (specks.worker.ts): the links' order in a file can put the long ones together.
 */
export function linksHalfway(
  width: number,
  height: number,
  arrays: LinkArrays,
  edgeShown: Uint8Array,
  { sx, sy }: SpeckProjection,
): number {
  const { source, target } = arrays;
  const stepsAt = (j: number) => {
    if (edgeShown[j] === 0) return 0;
    const x1 = sx[source[j]!]!;
    const y1 = sy[source[j]!]!;
    const x2 = sx[target[j]!]!;
    const y2 = sy[target[j]!]!;
    return offPicture(x1, y1, x2, y2, width, height) ? 0 : stepsOf(x1, y1, x2, y2);
  };
  let total = 0;
  for (let j = 0; j < source.length; j += HALFWAY_SAMPLE) total += stepsAt(j);
  let sum = 0;
  for (let j = 0; j < source.length; j += HALFWAY_SAMPLE)
    if ((sum += stepsAt(j)) * 2 >= total && total > 0) return j + 1;
  return source.length;
}

/**
 * Colours the pixels links are over. With `later`, the bytes of the links after those of `codes` (written apart,
 * on another thread): a pixel takes the later links' drawn one, else the earlier links' drawn or faded one, else
 * the later links' faded one, as one pass over both ranges would have left it (writeLinks).
 */
export function colourLinks(
  pixels: Uint32Array,
  codes: Uint8Array,
  links: readonly number[],
  later?: Uint8Array,
): void {
  if (!later) {
    for (let at = 0; at < codes.length; at++) if (codes[at] !== 0) pixels[at] = links[codes[at]!]!;
    return;
  }
  for (let at = 0; at < codes.length; at++) {
    const after = later[at]!;
    const code = isDrawnCode(after) ? after : codes[at]! || after;
    if (code !== 0) pixels[at] = links[code]!;
  }
}

/** Writes the shown nodes over the links: faded ones only on pixels nothing is on, then the drawn ones. */
export function writeNodes(
  pixels: Uint32Array,
  width: number,
  height: number,
  arrays: Pick<SpeckArrays, 'radius' | 'colour'>,
  nodeShown: Uint8Array,
  palette: SpeckPalette,
  k: number,
  { sx, sy }: SpeckProjection,
): void {
  const { radius, colour } = arrays;
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
    const colours = faded ? palette.fadedNodes : palette.nodes;
    for (let i = 0; i < sx.length; i++) if (nodeShown[i] === layer) speck(i, colours[colour[i]!]!, faded);
  }
}

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
  projectSpecks(arrays, camera, projection);
  writeLinks(codes, width, height, arrays, layers.edgeShown, projection);
  colourLinks(pixels, codes, palette.links);
  writeNodes(pixels, width, height, arrays, layers.nodeShown, palette, camera.k, projection);
}
