// The graph of a big PNG export written straight into pixels, then put on the image's canvas in one call. At
// 200,000 entities and 400,000 links the canvas took 28–35 s to rasterise drawScene's paths in the image worker
// (software rendering, 40 million pixels at 2×), and encoding from its software GPU another 8–15 s; written here
// it takes 4–5 s on that busy machine, and encoding from memory under one. The look is drawScene's: the same order (faded context, links, dispute marks,
// nodes by colour), colours, widths, dashes and opacities; each node is a stamp of its shape drawn once by the
// canvas itself (traceShape, as on screen) per shape, colour and size. Links are one pixel a step without
// anti-aliasing, as the screen's specks.ts draws a huge graph; a node sits on the nearest whole pixel. What is
// marked (a path) is drawn over it by the canvas, as on screen.
import type { DrawnScene } from '../scene';
import { CONTEXT, EDGE_DISPUTED, SHOWN } from '../edgeFlags';
import { DISPUTED_COLOR, EDGE_COLOR, CONTEXT_ALPHA, FADED_ALPHA } from '../../appearance/colours';
import { drawMarkedLayer, nodeBorders } from '../canvas/draw';
import { traceShape } from '../canvas/shapes';
import { pixelOf } from '../canvas/pixels';
import type { Highlight, Viewport } from '../types';
import { walkLine } from './linePixels';

/** A dispute mark's half size and outline (px), as drawScene draws it. */
const DISPUTE_SIZE = 4;
/** Stamps are made for radii rounded to this fraction of a pixel. */
const RADIUS_STEPS = 4;
/** Progress is told after this many links. */
const PROGRESS_EVERY = 65_536;

/** Where on the image the graph's pixels go (device pixels, whole numbers): the graph's clip, or the whole page. */
export interface PixelArea {
  left: number;
  top: number;
  width: number;
  height: number;
}

interface Buffer {
  data: Uint8ClampedArray;
  pixels: Uint32Array;
  width: number;
  height: number;
}

/** A small picture (a node's shape, a dispute mark) drawn once by the canvas, centred on pixel (half, half). */
interface Stamp {
  data: Uint8ClampedArray;
  pixels: Uint32Array;
  size: number;
  half: number;
}

/**
 * Draws the scene as drawScene would on `ctx` in `view`, inside `area`: pixels for the bulk, the canvas for what
 * is marked. `progress` goes from `from` to `to` as the links are drawn.
 */
export function drawScenePixels(
  ctx: CanvasRenderingContext2D,
  scene: DrawnScene,
  view: Viewport,
  area: PixelArea,
  highlight: Highlight | null,
  background: string | null,
  progress?: (fraction: number) => void,
): void {
  const image = new ImageData(area.width, area.height);
  const buffer: Buffer = {
    data: image.data,
    pixels: new Uint32Array(image.data.buffer),
    width: area.width,
    height: area.height,
  };
  if (background) buffer.pixels.fill(pixelOf(ctx, background));
  const local: Viewport = { ...view, panX: view.panX - area.left, panY: view.panY - area.top };
  const stamps = stampMaker();
  const steps = scene.nodeShown.includes(CONTEXT) ? 2 : 1;
  let done = 0;
  const linkDrawn = () => {
    if (++done % PROGRESS_EVERY === 0) progress?.(0.1 + (0.35 * done) / (steps * scene.source.length));
  };
  const passes: Pass[] = [];
  if (steps === 2)
    passes.push({
      buffer,
      scene,
      view: local,
      stamps,
      layer: CONTEXT,
      alpha: highlight ? FADED_ALPHA : CONTEXT_ALPHA,
      highlight: null,
    });
  passes.push({ buffer, scene, view: local, stamps, layer: SHOWN, alpha: highlight ? FADED_ALPHA : 1, highlight });
  for (const pass of passes) {
    drawLinks(pass, ctx, linkDrawn);
    drawNodes(pass);
  }
  ctx.putImageData(image, area.left, area.top);
  if (highlight) drawMarkedLayer(ctx, scene, view, highlight);
}

type Stamps = ReturnType<typeof stampMaker>;

/** Stamps made on demand and kept for this drawing. */
function stampMaker() {
  const made = new Map<string, Stamp>();
  const make = (key: string, reach: number, draw: (c: CanvasRenderingContext2D, centre: number) => void) => {
    let stamp = made.get(key);
    if (stamp) return stamp;
    const half = Math.ceil(reach) + 1;
    const size = 2 * half + 1;
    const canvas =
      typeof OffscreenCanvas !== 'undefined'
        ? new OffscreenCanvas(size, size)
        : Object.assign(document.createElement('canvas'), { width: size, height: size });
    const c = canvas.getContext('2d', { willReadFrequently: true }) as CanvasRenderingContext2D;
    draw(c, half + 0.5);
    const data = c.getImageData(0, 0, size, size).data;
    stamp = { data, pixels: new Uint32Array(data.buffer), size, half };
    made.set(key, stamp);
    return stamp;
  };
  return {
    /** A node as drawNodes fills it, with its white border when `border`. */
    node(shape: string, colour: string, radius: number, border: boolean): Stamp {
      const r = Math.max(1, Math.round(radius * RADIUS_STEPS) / RADIUS_STEPS);
      return make(`${shape}|${colour}|${r}|${border}`, r + 1, (c, centre) => {
        c.beginPath();
        traceShape(c, shape, centre, centre, r);
        c.fillStyle = colour;
        c.fill();
        if (border) {
          c.lineWidth = 1;
          c.strokeStyle = '#ffffff';
          c.stroke();
        }
      });
    },
    /** The hollow diamond drawDisputeMarks puts on a disputed link's middle. */
    dispute(): Stamp {
      return make('dispute', DISPUTE_SIZE + 1, (c, centre) => {
        c.beginPath();
        c.moveTo(centre, centre - DISPUTE_SIZE);
        c.lineTo(centre + DISPUTE_SIZE, centre);
        c.lineTo(centre, centre + DISPUTE_SIZE);
        c.lineTo(centre - DISPUTE_SIZE, centre);
        c.closePath();
        c.fillStyle = '#ffffff';
        c.fill();
        c.lineWidth = 1.5;
        c.strokeStyle = DISPUTED_COLOR;
        c.stroke();
      });
    },
  };
}

/** Source-over of one colour (non-premultiplied, as ImageData holds it) at opacity `a` (0–1) on pixel `at`. */
export function blendPixel(data: Uint8ClampedArray, at: number, r: number, g: number, b: number, a: number): void {
  const i = at * 4;
  const keep = (data[i + 3]! / 255) * (1 - a);
  const out = a + keep;
  if (out <= 0) return;
  data[i] = (r * a + data[i]! * keep) / out;
  data[i + 1] = (g * a + data[i + 1]! * keep) / out;
  data[i + 2] = (b * a + data[i + 2]! * keep) / out;
  data[i + 3] = out * 255;
}

/** A pixel's channels (as in ImageData's bytes, whatever the platform's byte order). */
function channels(pixel: number): [number, number, number, number] {
  const bytes = new Uint8Array(new Uint32Array([pixel]).buffer);
  return [bytes[0]!, bytes[1]!, bytes[2]!, bytes[3]!];
}

/** A plotter of one colour at one opacity: an opaque one writes the pixel, any other blends it. */
function plotter(buffer: Buffer, pixel: number, alpha: number): (at: number) => void {
  const [r, g, b, a] = channels(pixel);
  const opacity = (a / 255) * alpha;
  if (opacity >= 1) return (at) => (buffer.pixels[at] = pixel);
  return (at) => blendPixel(buffer.data, at, r, g, b, opacity);
}

/** One layer of drawScene's (faded context, or the shown graph) at its opacity, less what is drawn marked. */
interface Pass {
  buffer: Buffer;
  scene: DrawnScene;
  view: Viewport;
  layer: number;
  alpha: number;
  highlight: Highlight | null;
  stamps: Stamps;
}

function drawLinks(
  { buffer, scene, view, layer, alpha, highlight, stamps }: Pass,
  ctx: CanvasRenderingContext2D,
  linkDrawn: () => void,
): void {
  const { x, y, source, target, edgeShown, edgeStyle, edgeFlags } = scene;
  const { zoom, panX, panY } = view;
  const colours = [EDGE_COLOR, DISPUTED_COLOR].map((c) => plotter(buffer, pixelOf(ctx, c), alpha));
  const plain = (j: number) => edgeShown[j] === layer && !(highlight && highlight.edges[j] === 1);
  // drawScene's order: by look, plain links before disputed ones in each.
  scene.edgeStyles.forEach((style, styleIndex) => {
    const thickness = Math.max(1, Math.round(style.width));
    for (const disputed of [false, true]) {
      const plot = colours[disputed ? 1 : 0]!;
      for (let j = 0; j < source.length; j++) {
        if (!plain(j) || edgeStyle[j] !== styleIndex || ((edgeFlags[j]! & EDGE_DISPUTED) !== 0) !== disputed) continue;
        const s = source[j]!;
        const t = target[j]!;
        walkLine(
          x[s]! * zoom + panX,
          y[s]! * zoom + panY,
          x[t]! * zoom + panX,
          y[t]! * zoom + panY,
          buffer.width,
          buffer.height,
          thickness,
          style.dash,
          plot,
        );
        linkDrawn();
      }
    }
  });
  const mark = stamps.dispute();
  for (let j = 0; j < source.length; j++) {
    if (!plain(j) || !(edgeFlags[j]! & EDGE_DISPUTED)) continue;
    const mx = ((x[source[j]!]! + x[target[j]!]!) / 2) * zoom + panX;
    const my = ((y[source[j]!]! + y[target[j]!]!) / 2) * zoom + panY;
    put(buffer, mark, mx, my, alpha);
  }
}

function drawNodes({ buffer, scene, view, layer, alpha, highlight, stamps }: Pass): void {
  const { x, y, radius, nodeShown } = scene;
  const { zoom, panX, panY } = view;
  const byColour: number[][] = scene.colours.map(() => []);
  let drawn = 0;
  for (let i = 0; i < x.length; i++) {
    if (nodeShown[i] !== layer || (highlight && highlight.nodes[i] === 1)) continue;
    const r = radius[i]! * zoom;
    const cx = x[i]! * zoom + panX;
    const cy = y[i]! * zoom + panY;
    if (cx + r < 0 || cy + r < 0 || cx - r > buffer.width || cy - r > buffer.height) continue;
    byColour[scene.colour[i]!]!.push(i);
    drawn++;
  }
  const border = nodeBorders(zoom, drawn);
  byColour.forEach((nodes, colour) => {
    for (const i of nodes) {
      const stamp = stamps.node(scene.shapes[scene.shape[i]!]!, scene.colours[colour]!, radius[i]! * zoom, border);
      put(buffer, stamp, x[i]! * zoom + panX, y[i]! * zoom + panY, alpha);
    }
  });
}

/** Puts a stamp centred on the pixel under (cx, cy), at opacity `alpha`. */
function put(buffer: Buffer, stamp: Stamp, cx: number, cy: number, alpha: number): void {
  const left = Math.floor(cx) - stamp.half;
  const top = Math.floor(cy) - stamp.half;
  const { width, height, pixels, data } = buffer;
  for (let row = Math.max(0, -top); row < stamp.size && top + row < height; row++) {
    for (let col = Math.max(0, -left); col < stamp.size && left + col < width; col++) {
      const from = row * stamp.size + col;
      const a = stamp.data[from * 4 + 3]!;
      if (a === 0) continue;
      const at = (top + row) * width + left + col;
      if (a === 255 && alpha >= 1) pixels[at] = stamp.pixels[from]!;
      else {
        const f = from * 4;
        blendPixel(data, at, stamp.data[f]!, stamp.data[f + 1]!, stamp.data[f + 2]!, (a / 255) * alpha);
      }
    }
  }
}
