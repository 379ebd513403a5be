// A huge graph seen whole: its nodes are a pixel or so across and most links a few pixels long. Rasterising
// 400,000 anti-aliased line segments and 200,000 node paths took 0.3-0.8 s a drawing at 200k nodes without a GPU
// (every filter click paid it); written straight into a pixel buffer, one pixel wide and without anti-aliasing, the
// same drawing takes tens of milliseconds. Drawn in drawScene's order: faded context links and nodes, the links,
// then the nodes (specksPixels.ts). Names are not drawn at this zoom anyway (draw.ts's LABEL_ZOOM). The page draws
// here when it has no specks worker (specksInWorker.ts).
import type { Scene } from '../scene';
import { DISPUTED_COLOR, EDGE_COLOR, CONTEXT_ALPHA } from '../../appearance/colours';
import { SPECKS_FROM_NODES } from '../../model/thresholds';
import type { Viewport } from '../types';
import { createPixelBuffer, pixelOf } from './pixels';
import { projectionFor, writeSpecks, type SpeckCamera, type SpeckPalette, type SpeckProjection } from './specksPixels';

/** Nodes drawn at most this wide (CSS px) are specks. */
const SPECK_PX = 1.5;

/** Whether every node is drawn SPECK_PX (CSS px) across or less, on a scene big enough for that to matter. */
export function nodesAreSpecks(scene: Scene, view: Viewport): boolean {
  if (scene.nodeKeys.length < SPECKS_FROM_NODES) return false;
  const limit = SPECK_PX / 2 / view.zoom;
  for (let i = 0; i < scene.radius.length; i++) if (scene.radius[i]! > limit) return false;
  return true;
}

/** The view as device pixels of a canvas `width` wide. */
export function specksCamera(view: Viewport, width: number): SpeckCamera {
  const ratio = width / Math.max(1, view.width);
  return { k: view.zoom * ratio, ox: view.panX * ratio, oy: view.panY * ratio };
}

/**
 * The scene's colours as pixels. Colours at an opacity are read once per context: reading a colour back from the
 * canvas costs more than a drawing's pixels.
 */
export function createSpecksPalette(): (ctx: CanvasRenderingContext2D, scene: Pick<Scene, 'colours'>) => SpeckPalette {
  const cache = new Map<string, number>();
  const pixelAt = (ctx: CanvasRenderingContext2D, colour: string, opacity = 255) => {
    const key = `${colour}/${opacity}`;
    let pixel = cache.get(key);
    if (pixel === undefined) cache.set(key, (pixel = pixelOf(ctx, colour, opacity)));
    return pixel;
  };
  const fadedAlpha = Math.round(CONTEXT_ALPHA * 255);
  return (ctx, scene) => ({
    links: [
      0,
      pixelAt(ctx, EDGE_COLOR),
      pixelAt(ctx, DISPUTED_COLOR),
      pixelAt(ctx, EDGE_COLOR, fadedAlpha),
      pixelAt(ctx, DISPUTED_COLOR, fadedAlpha),
    ],
    nodes: scene.colours.map((c) => pixelAt(ctx, c)),
    fadedNodes: scene.colours.map((c) => pixelAt(ctx, c, fadedAlpha)),
  });
}

export interface Specks {
  /** Clears `ctx` (device pixels, transform ignored) and draws the scene's shown links and nodes as pixels. */
  draw(ctx: CanvasRenderingContext2D, scene: Scene, view: Viewport): void;
}

export function createSpecks(): Specks {
  const cleared = createPixelBuffer();
  let codes = new Uint8Array(0);
  let projection: SpeckProjection | undefined;
  const palette = createSpecksPalette();
  return {
    draw(ctx, scene, view) {
      const { width, height } = ctx.canvas;
      const { image, pixels } = cleared(width, height);
      if (codes.length !== width * height) codes = new Uint8Array(width * height);
      else codes.fill(0);
      projection = projectionFor(scene.x.length, projection);
      writeSpecks(
        { pixels, codes, width, height },
        scene,
        scene,
        palette(ctx, scene),
        specksCamera(view, width),
        projection,
      );
      ctx.putImageData(image, 0, 0);
    },
  };
}
