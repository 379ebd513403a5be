// How both renderers frame and move the camera, written once: the zoom range, the room kept around a fitted
// drawing, zooming about a point, centring on a pick, and telling the app once the camera rests.
import { whenSettled, type Settled } from './settle';
import type { Point, Viewport } from './types';

/** How far either renderer zooms out (a 500,000-node graph fits at about 0.002) and in. */
export const ZOOM_LIMITS = { minZoom: 0.001, maxZoom: 6 };
/**
 * A story's fit never zooms in past this: two or three entities would otherwise fill the screen. (The canvas, which
 * does not stretch a layout to the drawing as cytoscape/fit.ts does, fits up to ZOOM_LIMITS.)
 */
export const FIT_MAX_ZOOM = 2;
/** Room kept around a fitted story (px): the sides, and more below for the bottom nodes' names. */
export const FIT_PADDING = { x: 24, top: 20, bottom: 34 };
/**
 * Room kept around a fitted big graph (px), whose names show only once zoomed in: an even margin, wide enough that
 * a notice over the drawing's top does not cover the outermost nodes.
 */
export const FIT_PADDING_WITHOUT_NAMES = 40;
/** Centring on a pick zooms in to at least this, so the pick and its names can be read. */
export const PICK_MIN_ZOOM = 1.2;
/** The camera counts as resting this long (ms) after a pan or zoom: then the app hears of it (links, history). */
export const CAMERA_REST_MS = 250;

export function clampZoom(zoom: number): number {
  return Math.min(ZOOM_LIMITS.maxZoom, Math.max(ZOOM_LIMITS.minZoom, zoom));
}

/** The camera zoomed by `factor` about the screen point (px, py), which stays where it is on screen. */
export function zoomedAbout(view: Viewport, factor: number, px: number, py: number): Viewport {
  const zoom = clampZoom(view.zoom * factor);
  return {
    ...view,
    zoom,
    panX: px - ((px - view.panX) * zoom) / view.zoom,
    panY: py - ((py - view.panY) * zoom) / view.zoom,
  };
}

/** The camera that puts a picked point (model units) in the middle of the drawing, zoomed in enough to read it. */
export function centredOnPick(view: Viewport, point: Point): Viewport {
  const zoom = Math.max(view.zoom, PICK_MIN_ZOOM);
  return { ...view, zoom, panX: view.width / 2 - zoom * point.x, panY: view.height / 2 - zoom * point.y };
}

/** Calls `report` once the camera has rested CAMERA_REST_MS after its last move (call `moved` on every move). */
export function cameraRest(report: () => void): Settled {
  return whenSettled(report, CAMERA_REST_MS);
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
