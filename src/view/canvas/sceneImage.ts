// PNG and SVG images of a canvas scene: the same drawing code as the screen (draw.ts), on an off-screen canvas or
// on svgContext.ts, for the current view or for the whole shown graph.
import type { ImageExportOptions } from '../imageExport';
import { drawScene, type Highlight, type Viewport } from './draw';
import { shownBounds, type Scene } from './scene';
import { SvgContext } from './svgContext';

/** Largest exported image: browsers refuse canvases much past 16k pixels a side or ~250M pixels. */
const MAX_EXPORT_SIDE = 12_000;
const MAX_EXPORT_PIXELS = 80_000_000;
const MARGIN = 30;

/** The viewport of the image: the screen's scaled, or the whole shown graph's at `scale` (smaller if it would not fit). */
export function exportViewport(scene: Scene, screen: Viewport, scale: number, full: boolean): Viewport | null {
  if (!full) return { zoom: screen.zoom * scale, panX: screen.panX * scale, panY: screen.panY * scale, width: screen.width * scale, height: screen.height * scale };
  const bounds = shownBounds(scene);
  if (!bounds) return null;
  const w = bounds.x2 - bounds.x1 + 2 * MARGIN;
  const h = bounds.y2 - bounds.y1 + 2 * MARGIN;
  // Very big drawings are scaled down to what a browser can hold in one image.
  const zoom = Math.min(scale, MAX_EXPORT_SIDE / w, MAX_EXPORT_SIDE / h, Math.sqrt(MAX_EXPORT_PIXELS / (w * h)));
  return { zoom, panX: (MARGIN - bounds.x1) * zoom, panY: (MARGIN - bounds.y1) * zoom, width: Math.ceil(w * zoom), height: Math.ceil(h * zoom) };
}

function targetOf(scene: Scene | null, screen: Viewport, { scale, full }: ImageExportOptions): { scene: Scene; view: Viewport } {
  const view = scene && exportViewport(scene, screen, scale, full);
  if (!scene || !view) throw new Error('There is nothing to export.');
  return { scene, view };
}

export function scenePng(current: Scene | null, screen: Viewport, highlight: Highlight | null, options: ImageExportOptions): Promise<Blob> {
  const { scene, view } = targetOf(current, screen, options);
  const image = document.createElement('canvas');
  image.width = Math.max(1, Math.round(view.width));
  image.height = Math.max(1, Math.round(view.height));
  drawScene(image.getContext('2d')!, scene, view, highlight, options.background);
  return new Promise<Blob>((resolve, reject) => {
    image.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not make the image (it may be too large).'))), 'image/png');
  });
}

export function sceneSvg(current: Scene | null, screen: Viewport, highlight: Highlight | null, options: ImageExportOptions): string {
  const { scene, view } = targetOf(current, screen, options);
  const svg = new SvgContext(view.width, view.height);
  drawScene(svg as unknown as CanvasRenderingContext2D, scene, view, highlight, options.background);
  return svg.toString();
}
