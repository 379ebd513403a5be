// Where an entity added by an edit is first drawn: beside the entities it links to, else near the middle of the
// drawing, a little apart from any other newcomer. Everyone else stays exactly where they were.
import type { StoryGraph } from '../../model/graph';

type Point = { x: number; y: number };

/** The old positions of the nodes still in `graph`, plus a position for each node that had none. */
export function placeNewNodes(graph: StoryGraph, before: ReadonlyMap<string, Point>): Map<string, Point> {
  const placed = new Map<string, Point>();
  let sumX = 0;
  let sumY = 0;
  graph.forEachNode((key) => {
    const at = before.get(key);
    if (!at) return;
    placed.set(key, at);
    sumX += at.x;
    sumY += at.y;
  });
  const middle = placed.size > 0 ? { x: sumX / placed.size, y: sumY / placed.size } : { x: 0, y: 0 };
  let newcomers = 0;
  graph.forEachNode((key) => {
    if (placed.has(key)) return;
    const anchors = graph.neighbors(key).flatMap((n) => placed.get(n) ?? []);
    const around = anchors.length > 0 ? mean(anchors) : middle;
    // A step around a circle per newcomer, so two added at once do not land on each other.
    const angle = newcomers * 2.4;
    const step = 60 + 12 * newcomers++;
    placed.set(key, { x: around.x + step * Math.cos(angle), y: around.y + step * Math.sin(angle) });
  });
  return placed;
}

function mean(points: readonly Point[]): Point {
  const x = points.reduce((s, p) => s + p.x, 0) / points.length;
  const y = points.reduce((s, p) => s + p.y, 0) / points.length;
  return { x, y };
}
