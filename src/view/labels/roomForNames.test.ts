import { describe, expect, it } from 'vitest';
import { makeRoomForNames, type NamedNode } from './roomForNames';
import { estimatedLabelBox, nodeBox } from './labelRoom';
import { boxesConflict } from './labelPlacement';

/** A hub with eight neighbours packed around it, as a force layout draws a story's centre. */
const crowded: NamedNode[] = [
  { id: 'hub', x: 0, y: 0, size: 20, label: 'Nicolás Maduro', priority: 8 },
  ...Array.from({ length: 8 }, (_, i) => ({
    id: `n${i}`,
    x: Math.round(30 * Math.cos((i * Math.PI) / 4)),
    y: Math.round(30 * Math.sin((i * Math.PI) / 4)),
    size: 10,
    label: `Neighbour number ${i}`,
    priority: 1,
  })),
];

/** The clashes a name drawn `px` high on screen, at this zoom, has with other names and nodes. */
function clashes(nodes: NamedNode[], positions: Map<string, { x: number; y: number }>, zoom: number, ids: string[]) {
  // In screen pixels, at labelRoom's own font size (11 px): the test measures as the drawing would.
  const placed = nodes.map((n) => ({
    ...n,
    x: positions.get(n.id)!.x * zoom,
    y: positions.get(n.id)!.y * zoom,
    size: n.size * zoom,
  }));
  const found: string[] = [];
  for (const id of ids) {
    const a = placed.find((n) => n.id === id)!;
    const box = estimatedLabelBox(a);
    for (const b of placed) {
      if (b === a) continue;
      if (boxesConflict(box, nodeBox(b))) found.push(`${id} × node ${b.id}`);
      if (ids.includes(b.id) && boxesConflict(box, estimatedLabelBox(b))) found.push(`${id} × name ${b.id}`);
    }
  }
  return found;
}

describe('makeRoomForNames', () => {
  it('moves a crowded hub’s neighbours until its name fits below it at the drawing’s zoom', () => {
    const zoomOf = () => 1;
    const before = new Map(crowded.map((n) => [n.id, { x: n.x, y: n.y }]));
    expect(clashes(crowded, before, 1, ['hub']).length).toBeGreaterThan(0);
    const after = makeRoomForNames(crowded, zoomOf, { names: 1, namePx: 11 });
    expect(clashes(crowded, after, 1, ['hub'])).toEqual([]);
  });

  it('keeps up with a zoom that shrinks as the layout grows', () => {
    // The drawing fits the layout's width into 300 px: the more room made, the smaller the zoom.
    const zoomOf = (p: Map<string, { x: number; y: number }>) => {
      const xs = [...p.values()].map((q) => q.x);
      return 300 / (Math.max(...xs) - Math.min(...xs) + 40);
    };
    const after = makeRoomForNames(crowded, zoomOf, { names: 3, namePx: 11, rounds: 8 });
    const ids = ['hub', 'n0', 'n1'];
    expect(clashes(crowded, after, zoomOf(after), ids)).toEqual([]);
  });

  it('leaves positions alone where the names already fit', () => {
    const apart = crowded.map((n) => ({ ...n, x: n.x * 20, y: n.y * 20 }));
    const after = makeRoomForNames(apart, () => 1, { names: 9, namePx: 11 });
    for (const n of apart) expect(after.get(n.id)).toEqual({ x: n.x, y: n.y });
  });
});
