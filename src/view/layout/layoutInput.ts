import type { Point } from '../types';
// What a worker layout (ForceAtlas2, the layered hierarchy) is given, packed the same way by both renderers: the
// nodes' positions as x, y pairs in order, and the links between them as pairs of indexes into that order. Pure.

export interface LayoutInput {
  positions: Float64Array;
  edges: Uint32Array;
}

/**
 * Packs `count` nodes (`position(k)` for k = 0…count-1) and the links `forEachLink` visits, each by the indexes of
 * its ends, -1 for an end not in the list. Loops and links to nodes not in the list are left out: they give a
 * layout no force and no rank.
 */
export function packLayoutInput(
  count: number,
  position: (k: number) => Point,
  forEachLink: (visit: (s: number, t: number) => void) => void,
): LayoutInput {
  const positions = new Float64Array(2 * count);
  for (let k = 0; k < count; k++) {
    const p = position(k);
    positions[2 * k] = p.x;
    positions[2 * k + 1] = p.y;
  }
  const pairs: number[] = [];
  forEachLink((s, t) => {
    if (s >= 0 && t >= 0 && s !== t) pairs.push(s, t);
  });
  return { positions, edges: Uint32Array.from(pairs) };
}

/** The midpoint of a link between two nodes: where the camera centres a selected link. */
export function linkCentre(a: Point, b: Point): Point {
  return { x: (a.x + b.x) / 2, y: (a.y + b.y) / 2 };
}
