// While only the links change (a time brush sliding over 50k nodes), the nodes and their names are drawn once into
// a canvas of their own and copied over the links at each frame: without a GPU, rasterising 50k node shapes again
// took more of a brush frame than the links did. Draws what drawScene draws, in two layers (draw.ts).
import type { Scene } from '../scene';
import { drawLinkLayer, drawNodeLabels, drawNodeLayer } from './draw';
import { createQuickNodes } from './quickNodes';
import type { Viewport } from '../types';

export interface NodeLayer {
  /**
   * Clears and draws the scene: the links, then the node layer over them. `reuse` keeps the node layer last drawn
   * when it was drawn for this scene, viewport and canvas size; the caller says no whenever nodes may have changed.
   * `quick` draws a new node layer the cheap way (quickNodes.ts), for a frame in the middle of a brush; a quick
   * layer is never reused for a full-quality paint.
   */
  paint(ctx: CanvasRenderingContext2D, scene: Scene, view: Viewport, reuse: boolean, quick?: boolean): void;
}

export function createNodeLayer(): NodeLayer {
  const layer = document.createElement('canvas');
  const layerCtx = layer.getContext('2d')!;
  const quickNodes = createQuickNodes();
  let drawnFor: { scene: Scene; view: Viewport; quick: boolean } | null = null;

  const sameView = (a: Viewport, b: Viewport) =>
    a.zoom === b.zoom && a.panX === b.panX && a.panY === b.panY && a.width === b.width && a.height === b.height;

  return {
    paint(ctx, scene, view, reuse, quick = false) {
      const { width, height } = ctx.canvas;
      const fresh =
        reuse &&
        drawnFor !== null &&
        drawnFor.scene === scene &&
        (quick || !drawnFor.quick) &&
        sameView(drawnFor.view, view) &&
        layer.width === width &&
        layer.height === height;
      if (!fresh) {
        if (layer.width !== width || layer.height !== height) {
          layer.width = width;
          layer.height = height;
        }
        layerCtx.setTransform(1, 0, 0, 1, 0, 0);
        layerCtx.clearRect(0, 0, width, height);
        layerCtx.setTransform(ctx.getTransform());
        if (quick) drawNodeLabels(layerCtx, scene, view, quickNodes.draw(layerCtx, scene, view));
        else drawNodeLayer(layerCtx, scene, view);
        drawnFor = { scene, view: { ...view }, quick };
      }
      ctx.save();
      ctx.clearRect(0, 0, view.width, view.height);
      drawLinkLayer(ctx, scene, view);
      ctx.setTransform(1, 0, 0, 1, 0, 0);
      ctx.drawImage(layer, 0, 0);
      ctx.restore();
    },
  };
}
