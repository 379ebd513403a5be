// Room for the names that matter at first sight. Names keep one size on screen (nameScale.ts), so how crowded they
// are depends on the drawing's size in pixels, not on the layout's units: a story fitted into a laptop's drawing
// has its best-connected entities packed so tightly in the middle that their names fit on no side. This nudges the
// nodes, at the zoom the drawing will have, until the names of the highest-priority entities fit below their
// nodes (labelRoom.ts moves nodes outwards from the middle, only where crowded). Pure: positions in, positions out.
import { LABEL_FONT_SIZE, labelClashes, makeRoomForLabels, type LabelledNode } from './labelRoom';

export interface NamedNode {
  id: string;
  x: number;
  y: number;
  /** Drawn size in model units. */
  size: number;
  label: string;
  /** Higher first (labelPriority.ts): whose names get room. */
  priority: number;
}

export interface RoomOptions {
  /** How many names get room, highest priority first. */
  names: number;
  /** The names' size on screen (px). */
  namePx: number;
  /** Where names wrap onto more lines on screen (px); none: one line. */
  wrapPx?: number;
  /** Rounds of nudging and refitting (each refit shrinks the zoom a little, so names need a little more room). */
  rounds?: number;
}

type Positions = Map<string, { x: number; y: number }>;

/**
 * New positions where the chosen names clash with no other name or node at the zoom `zoomOf` gives for them; the
 * same positions when they already fit. `zoomOf` is the fit the drawing will make of the positions.
 */
export function makeRoomForNames(
  nodes: readonly NamedNode[],
  zoomOf: (positions: Positions) => number,
  { names, namePx, wrapPx, rounds = 4 }: RoomOptions,
): Positions {
  const named = new Set(
    [...nodes]
      .sort((a, b) => b.priority - a.priority)
      .slice(0, names)
      .map((n) => n.id),
  );
  let positions: Positions = new Map(nodes.map((n) => [n.id, { x: n.x, y: n.y }]));
  for (let round = 0; round < rounds; round++) {
    const zoom = zoomOf(positions);
    if (!(zoom > 0)) break;
    // labelRoom measures names at its own font size: work in units where a name has that size on screen.
    const unit = (zoom * LABEL_FONT_SIZE) / namePx;
    const scaled: LabelledNode[] = nodes.map((n) => {
      const p = positions.get(n.id)!;
      const label = named.has(n.id) ? n.label : '';
      const wrapWidth = wrapPx === undefined ? undefined : (wrapPx * LABEL_FONT_SIZE) / namePx;
      return { id: n.id, x: p.x * unit, y: p.y * unit, size: n.size * unit, label, wrapWidth };
    });
    if (labelClashes(scaled).length === 0) break;
    const moved = makeRoomForLabels(scaled, { namesOnly: true });
    positions = new Map([...moved].map(([id, p]) => [id, { x: p.x / unit, y: p.y / unit }]));
  }
  return positions;
}
