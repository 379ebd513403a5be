// A story's layout has its own proportions (the stored one is about as tall as wide); the drawing it goes into is
// usually wider than tall. Fitted as it is, it leaves bands of the drawing empty and its names small. Stretching the
// positions along the short side, up to a limit, makes it fill the drawing: distances only grow, so nodes and names
// that did not overlap still do not. Pure: the view hands in positions and its size.

export interface Point {
  x: number;
  y: number;
}

/** Never stretch one side by more than this: more would distort the layout's shape past recognition. */
export const MAX_STRETCH = 2;

/**
 * Positions stretched about their centre so that their extent takes the proportions of a width × height area (as far
 * as MAX_STRETCH allows); null when they already have them (within 5%) or there is nothing to stretch.
 */
export function stretchToArea(
  positions: ReadonlyMap<string, Point>,
  width: number,
  height: number,
): Map<string, Point> | null {
  if (positions.size < 3 || width <= 0 || height <= 0) return null;
  let minX = Infinity;
  let minY = Infinity;
  let maxX = -Infinity;
  let maxY = -Infinity;
  for (const { x, y } of positions.values()) {
    minX = Math.min(minX, x);
    maxX = Math.max(maxX, x);
    minY = Math.min(minY, y);
    maxY = Math.max(maxY, y);
  }
  const w = maxX - minX;
  const h = maxY - minY;
  if (!(w > 0) || !(h > 0)) return null;
  const ratio = width / height / (w / h);
  if (Math.abs(ratio - 1) < 0.05) return null;
  const sx = ratio > 1 ? Math.min(ratio, MAX_STRETCH) : 1;
  const sy = ratio < 1 ? Math.min(1 / ratio, MAX_STRETCH) : 1;
  const cx = (minX + maxX) / 2;
  const cy = (minY + maxY) / 2;
  const stretched = new Map<string, Point>();
  for (const [id, { x, y }] of positions) stretched.set(id, { x: cx + (x - cx) * sx, y: cy + (y - cy) * sy });
  return stretched;
}
