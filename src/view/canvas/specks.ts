// A huge graph seen whole: its nodes are a pixel or so across and most links a few pixels long. Rasterising
// 400,000 anti-aliased line segments and 200,000 node paths took 0.3-0.8 s a drawing at 200k nodes without a GPU
// (every filter click paid it); written straight into a pixel buffer, one pixel wide and without anti-aliasing, the
// same drawing takes tens of milliseconds. Drawn in drawScene's order: faded context links and nodes, the links,
// then the nodes. Names are not drawn at this zoom anyway (draw.ts's LABEL_ZOOM).
import type { Scene } from '../scene';
import { CONTEXT, EDGE_DISPUTED, SHOWN } from '../edgeFlags';
import { DISPUTED_COLOR, EDGE_COLOR, CONTEXT_ALPHA } from '../../appearance/colours';
import { SPECKS_FROM_NODES } from '../../model/thresholds';
import type { Viewport } from '../types';
import { createPixelBuffer, pixelOf } from './pixels';

/** 16.16 fixed point: a line's steps in whole numbers. */
const FIXED = 65536;

/** Nodes drawn at most this wide (CSS px) are specks. */
const SPECK_PX = 1.5;
/** How strongly context is drawn, as draw.ts draws it. */

/** Whether every node is drawn SPECK_PX (CSS px) across or less, on a scene big enough for that to matter. */
export function nodesAreSpecks(scene: Scene, view: Viewport): boolean {
  if (scene.nodeKeys.length < SPECKS_FROM_NODES) return false;
  const limit = SPECK_PX / 2 / view.zoom;
  for (let i = 0; i < scene.radius.length; i++) if (scene.radius[i]! > limit) return false;
  return true;
}

export interface Specks {
  /** Clears `ctx` (device pixels, transform ignored) and draws the scene's shown links and nodes as pixels. */
  draw(ctx: CanvasRenderingContext2D, scene: Scene, view: Viewport): void;
}

export function createSpecks(): Specks {
  const cleared = createPixelBuffer();
  let lineCodes = new Uint8Array(0);
  const linesCleared = (length: number) => {
    if (lineCodes.length !== length) lineCodes = new Uint8Array(length);
    else lineCodes.fill(0);
    return lineCodes;
  };
  // Colours at an opacity, made once: reading a colour back from the canvas costs more than a drawing's pixels.
  const cache = new Map<string, number>();
  const pixelAt = (ctx: CanvasRenderingContext2D, colour: string, opacity = 255) => {
    const key = `${colour}/${opacity}`;
    let pixel = cache.get(key);
    if (pixel === undefined) cache.set(key, (pixel = pixelOf(ctx, colour, opacity)));
    return pixel;
  };

  return {
    draw(ctx, scene, view) {
      const { width, height } = ctx.canvas;
      const { image, pixels } = cleared(width, height);
      const ratio = width / Math.max(1, view.width);
      const k = view.zoom * ratio;
      const ox = view.panX * ratio;
      const oy = view.panY * ratio;
      const { source, target } = scene;
      // Where each node falls, in device pixels, worked out once rather than at both ends of each of its links.
      const { sx, sy } = projected(scene, k, ox, oy);
      // A faded pixel never covers a drawn one: context goes underneath.
      const put = (at: number, pixel: number, faded: boolean) => {
        if (!faded || pixels[at] === 0) pixels[at] = pixel;
      };
      // Links are drawn as a byte per pixel (which kind of link is there), then coloured in one pass: at 200k nodes
      // they are ~27 million pixel writes, the random long links most of them, and a quarter of the memory to
      // write to is most of the saving.
      const codes = linesCleared(width * height);

      // A link with both ends on the canvas (the common case) steps in 16.16 fixed point with no bounds test per
      // pixel. A faded link only marks pixels no link has marked; a drawn one marks over anything.
      const line = (j: number, code: number, faded: boolean) => {
        const x1 = sx[source[j]!]!;
        const y1 = sy[source[j]!]!;
        const x2 = sx[target[j]!]!;
        const y2 = sy[target[j]!]!;
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

      const speck = (i: number, pixel: number, faded: boolean) => {
        const cx = sx[i]!;
        const cy = sy[i]!;
        const half = Math.max(0.5, scene.radius[i]! * k);
        const x0 = Math.max(0, Math.round(cx - half));
        const x1 = Math.min(width, Math.max(Math.round(cx + half), x0 + 1));
        const y0 = Math.max(0, Math.round(cy - half));
        const y1 = Math.min(height, Math.max(Math.round(cy + half), y0 + 1));
        for (let row = y0; row < y1; row++) for (let col = x0; col < x1; col++) put(row * width + col, pixel, faded);
      };

      const fadedAlpha = Math.round(CONTEXT_ALPHA * 255);
      // By code: nothing, a drawn link, a drawn disputed one, a faded link, a faded disputed one.
      const linePixels = [
        0,
        pixelAt(ctx, EDGE_COLOR),
        pixelAt(ctx, DISPUTED_COLOR),
        pixelAt(ctx, EDGE_COLOR, fadedAlpha),
        pixelAt(ctx, DISPUTED_COLOR, fadedAlpha),
      ];
      const codeOf = (j: number, layer: number) =>
        (scene.edgeFlags[j]! & EDGE_DISPUTED ? 2 : 1) + (layer === CONTEXT ? 2 : 0);
      // drawScene's order: faded links, faded nodes, links, nodes. A faded node goes only where no link is, faded
      // or not (the links drawn after it would cover it), so nodes of both kinds can follow all the links.
      for (const layer of [CONTEXT, SHOWN])
        for (let j = 0; j < source.length; j++)
          if (scene.edgeShown[j] === layer) line(j, codeOf(j, layer), layer === CONTEXT);
      for (let at = 0; at < codes.length; at++) if (codes[at] !== 0) pixels[at] = linePixels[codes[at]!]!;
      for (const layer of [CONTEXT, SHOWN]) {
        const colours = scene.colours.map((c) => pixelAt(ctx, c, layer === CONTEXT ? fadedAlpha : 255));
        for (let i = 0; i < sx.length; i++)
          if (scene.nodeShown[i] === layer) speck(i, colours[scene.colour[i]!]!, layer === CONTEXT);
      }
      ctx.putImageData(image, 0, 0);
    },
  };
}

/** Node positions on the canvas (device pixels), in buffers kept per scene and reused while its size holds. */
const projections = new WeakMap<Scene, { sx: Float64Array; sy: Float64Array }>();

function projected(scene: Scene, k: number, ox: number, oy: number): { sx: Float64Array; sy: Float64Array } {
  const { x, y } = scene;
  let buffers = projections.get(scene);
  if (!buffers || buffers.sx.length !== x.length) {
    buffers = { sx: new Float64Array(x.length), sy: new Float64Array(x.length) };
    projections.set(scene, buffers);
  }
  const { sx, sy } = buffers;
  for (let i = 0; i < x.length; i++) {
    sx[i] = x[i]! * k + ox;
    sy[i] = y[i]! * k + oy;
  }
  return buffers;
}
