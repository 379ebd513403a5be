// A cheap drawing of the node layer for frames in the middle of a time brush or playback, when the node set changes
// at every step: each node is written straight into a pixel buffer as a square (small nodes, as traceShape draws
// them) or a disc, without anti-aliasing, polygon shapes or borders. Rasterising 30k+ anti-aliased node paths took
// about 60 ms a frame at 50k nodes without a GPU; this takes a few. The full drawing replaces it once the window
// rests (canvasView.ts), so what stays on screen is always the real one.
import type { Scene } from '../scene';
import { SHOWN } from '../edgeFlags';
import type { Viewport } from '../types';
import { createPixelBuffer, pixelOf } from './pixels';

/** Below this drawn radius (CSS px) a node is a square, as traceShape draws it. */
const SQUARE_BELOW = 3;

export interface QuickNodes {
  /** Fills `ctx` (device pixels, transform ignored) with the shown nodes; returns the on-screen ones, for labels. */
  draw(ctx: CanvasRenderingContext2D, scene: Scene, view: Viewport): number[];
}

export function createQuickNodes(): QuickNodes {
  const cleared = createPixelBuffer();

  return {
    draw(ctx, scene, view) {
      const { width, height } = ctx.canvas;
      const { image, pixels } = cleared(width, height);
      const ratio = width / Math.max(1, view.width);
      const colours = scene.colours.map((c) => pixelOf(ctx, c));
      // Colour by colour, as drawNodes fills them, so nodes overlap in the same order.
      const buckets: number[][] = scene.colours.map(() => []);
      const onScreen: number[] = [];
      for (let i = 0; i < scene.x.length; i++) {
        if (scene.nodeShown[i] !== SHOWN) continue;
        const r = scene.radius[i]! * view.zoom;
        const x = scene.x[i]! * view.zoom + view.panX;
        const y = scene.y[i]! * view.zoom + view.panY;
        if (x + r < 0 || y + r < 0 || x - r > view.width || y - r > view.height) continue;
        buckets[scene.colour[i]!]!.push(i);
        onScreen.push(i);
      }
      buckets.forEach((nodes, colour) => {
        const pixel = colours[colour]!;
        for (const i of nodes) {
          const r = Math.max(1, scene.radius[i]! * view.zoom);
          const cx = (scene.x[i]! * view.zoom + view.panX) * ratio;
          const cy = (scene.y[i]! * view.zoom + view.panY) * ratio;
          const rd = r * ratio;
          const y0 = Math.max(0, Math.round(cy - rd));
          const y1 = Math.min(height, Math.max(Math.round(cy + rd), y0 + 1));
          for (let row = y0; row < y1; row++) {
            // A square's rows are all as wide; a disc's narrow towards its top and bottom.
            const dy = row + 0.5 - cy;
            const half = r < SQUARE_BELOW ? rd : Math.sqrt(Math.max(0, rd * rd - dy * dy));
            const x0 = Math.max(0, Math.round(cx - half));
            const x1 = Math.min(width, Math.max(Math.round(cx + half), x0 + 1));
            if (x1 > x0) pixels.fill(pixel, row * width + x0, row * width + x1);
          }
        }
      });
      ctx.putImageData(image, 0, 0);
      return onScreen;
    },
  };
}
