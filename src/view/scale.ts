// Sizes and framing shared by both renderers: when a graph is big enough for the canvas renderer (see
// model/thresholds.ts and bench/README.md), start positions for graphs that came without any, and fitting.
import { LARGE_ELEMENTS, LARGE_NODES } from '../model/thresholds';

export function isLarge(nodes: number, edges: number): boolean {
  return nodes > LARGE_NODES || nodes + edges > LARGE_ELEMENTS;
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
