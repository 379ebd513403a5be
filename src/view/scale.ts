// What changes when a graph is big: past these sizes the view trades detail for speed (see bench/README.md
// for the measurements behind each choice). Small graphs keep every detail: curved edges, arrows, edge labels.
import type { Core } from 'cytoscape';
import { LARGE_ELEMENTS, LARGE_NODES } from '../model/thresholds';

export function isLarge(nodes: number, edges: number): boolean {
  return nodes > LARGE_NODES || nodes + edges > LARGE_ELEMENTS;
}

/** The renderer's own fields behind cytoscape's init options of the same names (set once per size class). */
interface RendererFields {
  forcedPixelRatio?: number | null;
}

/**
 * Big graphs draw one device pixel per CSS pixel (a quarter of the pixels on a 2x screen). cytoscape reads this as
 * an init option only, and the view is made before any graph arrives, so it is set on the renderer when the size
 * class changes. textureOnViewport and hideEdgesOnViewport stay off on purpose: measured at 10k nodes they make
 * every pan or zoom start with a full redraw (0.5-2 s), while cytoscape's own layer cache, which they bypass,
 * pans and zooms in 30-50 ms once warm (bench/README.md).
 */
export function applyRendererOptions(cy: Core, large: boolean): void {
  const renderer = (cy as Core & { renderer?: () => RendererFields }).renderer?.();
  if (!renderer || !('forcedPixelRatio' in renderer)) return;
  const pixelRatio = large ? 1 : null;
  if (renderer.forcedPixelRatio !== pixelRatio) {
    renderer.forcedPixelRatio = pixelRatio;
    cy.resize();
  }
}

/** Golden-angle spiral: start positions for a big graph that came without any, evenly spread and instant. */
export function spiralPosition(index: number, spacing = 40): { x: number; y: number } {
  const radius = spacing * Math.sqrt(index + 0.5);
  const angle = index * 2.399963229728653;
  return { x: radius * Math.cos(angle), y: radius * Math.sin(angle) };
}

/** Screen room (px) kept around a fitted drawing: one figure for every side, or the sides apart. */
export type FitPadding = number | { x: number; top: number; bottom: number };

/**
 * The zoom and pan that fit points (with a margin for node size) into a width × height viewport. With the sides'
 * padding apart, the drawing is centred in the room left between them (more room below leaves space for names).
 */
export function fitViewport(
  points: Iterable<{ x: number; y: number }>,
  width: number,
  height: number,
  padding: FitPadding,
  limits: { minZoom: number; maxZoom: number },
  margin = 30,
): { zoom: number; pan: { x: number; y: number } } | null {
  const pad = typeof padding === 'number' ? { x: padding, top: padding, bottom: padding } : padding;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of points) {
    if (x < minX) minX = x;
    if (x > maxX) maxX = x;
    if (y < minY) minY = y;
    if (y > maxY) maxY = y;
  }
  if (!Number.isFinite(minX) || width <= 0 || height <= 0) return null;
  const w = maxX - minX + 2 * margin;
  const h = maxY - minY + 2 * margin;
  const roomX = Math.max(1, width - 2 * pad.x);
  const roomY = Math.max(1, height - pad.top - pad.bottom);
  const zoom = Math.min(limits.maxZoom, Math.max(limits.minZoom, Math.min(roomX / w, roomY / h)));
  const centreY = pad.top + roomY / 2;
  return { zoom, pan: { x: width / 2 - (zoom * (minX + maxX)) / 2, y: centreY - (zoom * (minY + maxY)) / 2 } };
}
