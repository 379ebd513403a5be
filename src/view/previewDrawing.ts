// Shows a huge graph's preview (wirePreview.ts) on a canvas of its own, over the graph's place, until the model's
// drawing is ready: drawn by the specks worker (canvas/specksInWorker.ts) as the canvas view draws the graph whole,
// fitted as the canvas view fits it, so that the model's picture replaces it without moving.
import { mark } from './marks';
import { shownBounds } from './scene';
import { FIT_PADDING_WITHOUT_NAMES, fitViewport, ZOOM_LIMITS } from './framing';
import { createSpecksPalette } from './canvas/specks';
import { canDrawSpecksInWorker, createSpecksInWorker } from './canvas/specksInWorker';
import { ONE_PIXEL_RATIO_PAST_NODES } from '../model/thresholds';
import type { GraphPreview } from './wirePreview';
import type { Viewport } from './types';

export const canShowPreview = canDrawSpecksInWorker;

/**
 * Draws the preview on a canvas added to `container`, fitted to its size (again whenever it is resized); `drawn` is
 * called once the first picture is on it. Returns a function that takes the canvas away.
 */
export function showPreview(container: HTMLElement, preview: GraphPreview, drawn: () => void): () => void {
  const canvas = document.createElement('canvas');
  canvas.className = 'graph-preview';
  canvas.id = 'graph-preview';
  canvas.setAttribute('role', 'img');
  canvas.setAttribute('aria-label', 'The whole graph, drawn while its filters and search are prepared');
  container.appendChild(canvas);
  // The canvas view's rule: one device pixel per CSS pixel on big graphs.
  const ratio = preview.x.length > ONE_PIXEL_RATIO_PAST_NODES ? 1 : Math.min(window.devicePixelRatio || 1, 2);
  const ctx = canvas.getContext('2d', { alpha: true })!;
  const bounds = shownBounds(preview);
  const palette = createSpecksPalette()(ctx, preview);
  let shown = true;
  let marked = false;
  const worker = createSpecksInWorker(
    ({ bitmap, width, height }) => {
      // A picture drawn for another size than the canvas has now is not shown: the one asked since will come.
      if (shown && width === canvas.width && height === canvas.height) {
        // Marked once the first picture is on the canvas; `drawnAt` says when it was put there (the frame that
        // shows it started then: bench/measure.ts).
        const drawnAt = performance.now();
        ctx.clearRect(0, 0, canvas.width, canvas.height);
        ctx.drawImage(bitmap, 0, 0);
        if (!marked) {
          marked = true;
          mark('graphview:preview-drawn', { nodes: preview.x.length, edges: preview.source.length, drawnAt });
          drawn();
        }
      }
      bitmap.close();
    },
    // No preview then: the model's drawing comes as it would have.
    () => undefined,
  );
  /** Sizes the canvas to the container and asks for the picture fitted to it, as the canvas view fits a graph. */
  const drawAtContainerSize = () => {
    const width = container.clientWidth;
    const height = container.clientHeight;
    canvas.width = Math.max(1, Math.round(width * ratio));
    canvas.height = Math.max(1, Math.round(height * ratio));
    canvas.style.width = `${width}px`;
    canvas.style.height = `${height}px`;
    const view: Viewport = { zoom: 1, panX: 0, panY: 0, width, height };
    const fitted =
      bounds &&
      fitViewport(
        [
          { x: bounds.x1, y: bounds.y1 },
          { x: bounds.x2, y: bounds.y2 },
        ],
        width,
        height,
        FIT_PADDING_WITHOUT_NAMES,
        ZOOM_LIMITS,
        0,
      );
    if (fitted) Object.assign(view, { zoom: fitted.zoom, panX: fitted.pan.x, panY: fitted.pan.y });
    worker.request(preview, view, canvas.width, canvas.height, palette);
  };
  drawAtContainerSize();
  // The window resized while the model is made: the picture is fitted again, as the model's drawing would be.
  let size = `${container.clientWidth}x${container.clientHeight}`;
  const resized = new ResizeObserver(() => {
    const now = `${container.clientWidth}x${container.clientHeight}`;
    if (now === size || !shown) return;
    size = now;
    drawAtContainerSize();
  });
  resized.observe(container);
  return () => {
    shown = false;
    resized.disconnect();
    worker.drop();
    canvas.remove();
  };
}
