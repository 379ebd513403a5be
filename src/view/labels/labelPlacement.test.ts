import { describe, expect, it } from 'vitest';
import {
  ADJACENT_ANCHORS,
  anchorOf,
  boxesConflict,
  labelsThatFit,
  placeLabels,
  type LabelRequest,
  type PlacedLabel,
} from './labelPlacement';
import { seededRandom } from '../../model/seededRandom';

const right = (b: PlacedLabel) => b.left + b.width;
const bottom = (b: PlacedLabel) => b.top + b.height;
const asBox = (b: PlacedLabel) => ({ left: b.left, top: b.top, right: right(b), bottom: bottom(b) });
const nodeBox = (r: LabelRequest) => ({
  left: r.x - r.radius,
  top: r.y - r.radius,
  right: r.x + r.radius,
  bottom: r.y + r.radius,
});

/** Every pair of labels, and every label against every node: the plain O(n²) check the grid must agree with. */
function overlaps(requests: readonly LabelRequest[], labels: Iterable<PlacedLabel>): string[] {
  const list = [...labels];
  const found: string[] = [];
  for (let i = 0; i < list.length; i++) {
    for (let j = i + 1; j < list.length; j++) {
      if (boxesConflict(asBox(list[i]!), asBox(list[j]!))) found.push(`${list[i]!.id} × ${list[j]!.id}`);
    }
    for (const r of requests) {
      if (boxesConflict(asBox(list[i]!), nodeBox(r))) found.push(`${list[i]!.id} × node ${r.id}`);
    }
  }
  return found;
}

function randomRequests(count: number, seed: number, spread: number): LabelRequest[] {
  const random = seededRandom(seed);
  return Array.from({ length: count }, (_, i) => ({
    id: `n${i}`,
    x: random() * spread,
    y: random() * spread,
    radius: 4 + random() * 12,
    width: 20 + random() * 100,
    height: 12,
    priority: Math.floor(random() * 10),
  }));
}

/** Nodes on a square lattice, closer together than their labels are wide. */
function crowdedLattice(side: number, spacing: number): LabelRequest[] {
  const requests: LabelRequest[] = [];
  for (let i = 0; i < side; i++) {
    for (let j = 0; j < side; j++) {
      requests.push({ id: `${i}-${j}`, x: i * spacing, y: j * spacing, radius: 8, width: 90, height: 13, priority: i });
    }
  }
  return requests;
}

describe('placeLabels', () => {
  it.each([
    ['sparse random', randomRequests(200, 1, 3000)],
    ['dense random', randomRequests(300, 2, 400)],
    ['crowded lattice', crowdedLattice(12, 30)],
    [
      'every node on one spot',
      Array.from({ length: 40 }, (_, i) => ({
        id: `s${i}`,
        x: 5,
        y: 5,
        radius: 10,
        width: 60,
        height: 12,
        priority: 0,
      })),
    ],
    ['overlapping big nodes', randomRequests(60, 3, 150).map((r) => ({ ...r, radius: 40 }))],
  ])('%s: places every label once, at its size, with no overlap', (_, requests) => {
    const placed = placeLabels(requests);
    expect(placed.map((p) => p.id)).toEqual(requests.map((r) => r.id));
    placed.forEach((p, i) => expect([p.width, p.height]).toEqual([requests[i]!.width, requests[i]!.height]));
    expect(overlaps(requests, placed)).toEqual([]);
  });

  it('keeps the gap between a label and every other box', () => {
    const requests = crowdedLattice(6, 40);
    const gap = 5;
    const placed = placeLabels(requests, { gap });
    for (const [i, a] of placed.entries()) {
      for (const b of placed.slice(i + 1)) expect(boxesConflict(asBox(a), asBox(b), gap - 1e-9)).toBe(false);
      for (const r of requests) expect(boxesConflict(asBox(a), nodeBox(r), gap - 1e-9)).toBe(false);
    }
  });

  it('puts a lone label centred below its node, touching it, without a leader', () => {
    const request = { id: 'a', x: 100, y: 50, radius: 10, width: 40, height: 12, priority: 1 };
    const [label] = placeLabels([request], { gap: 2 });
    expect(label).toEqual({ id: 'a', left: 80, top: 62, width: 40, height: 12, leader: false });
    expect(anchorOf(request, label!)).toEqual({ halign: 'center', valign: 'bottom' });
  });

  it('marks a leader exactly when the label does not touch its node', () => {
    const requests = randomRequests(400, 4, 300);
    const gap = 2;
    placeLabels(requests, { gap }).forEach((label, i) => {
      const touching = boxesConflict(asBox(label), nodeBox(requests[i]!), gap + 1e-6);
      expect(label.leader).toBe(!touching);
    });
  });

  it('gives the higher priority the default position when two labels compete for it', () => {
    // Two nodes side by side: only one label fits centred below; the other must go elsewhere.
    const low = { id: 'low', x: 0, y: 0, radius: 10, width: 80, height: 12, priority: 1 };
    const high = { id: 'high', x: 30, y: 0, radius: 10, width: 80, height: 12, priority: 5 };
    const [lowLabel, highLabel] = placeLabels([low, high]);
    expect(anchorOf(high, highLabel!)).toEqual({ halign: 'center', valign: 'bottom' });
    expect(anchorOf(low, lowLabel!)).not.toEqual({ halign: 'center', valign: 'bottom' });
  });

  it('scales to a few thousand labels without overlap', () => {
    const requests = randomRequests(3000, 5, 2500);
    const placed = placeLabels(requests);
    expect(placed).toHaveLength(requests.length);
    expect(overlaps(requests, placed)).toEqual([]);
  });

  it('names the label and the field when the input is bad', () => {
    expect(() => placeLabels([{ id: 'x', x: NaN, y: 0, radius: 1, width: 1, height: 1, priority: 0 }])).toThrow(
      'label "x": x must be a finite number',
    );
    expect(() => placeLabels([{ id: 'w', x: 0, y: 0, radius: 1, width: -3, height: 1, priority: 0 }])).toThrow(
      'label "w": width must not be negative',
    );
    const twice = { id: 'd', x: 0, y: 0, radius: 1, width: 1, height: 1, priority: 0 };
    expect(() => placeLabels([twice, twice])).toThrow('label "d" is requested twice');
    expect(() => placeLabels([], { gap: -1 })).toThrow('label gap must be a number ≥ 0');
  });
});

describe('labelsThatFit', () => {
  it.each([
    ['dense random', randomRequests(300, 6, 400)],
    ['crowded lattice', crowdedLattice(12, 30)],
  ])('%s: the fitting labels overlap nothing and touch their node', (_, requests) => {
    const gap = 2;
    const fitting = labelsThatFit(requests, { gap });
    expect(fitting.size).toBeGreaterThan(0);
    expect(fitting.size).toBeLessThan(requests.length);
    expect(overlaps(requests, fitting.values())).toEqual([]);
    for (const label of fitting.values()) expect(label.leader).toBe(false);
  });

  it('shows every label when there is room for all', () => {
    const requests = crowdedLattice(5, 200);
    expect([...labelsThatFit(requests).keys()].sort()).toEqual(requests.map((r) => r.id).sort());
  });

  it('keeps the highest priority label among nodes that compete for the same room', () => {
    // Five nodes in a tight cluster: only a few labels fit, and the top priority one is always among them.
    const requests = Array.from({ length: 5 }, (_, i) => ({
      id: `c${i}`,
      x: i * 4,
      y: 0,
      radius: 6,
      width: 70,
      height: 12,
      priority: i === 2 ? 100 : i,
    }));
    const fitting = labelsThatFit(requests);
    expect(fitting.has('c2')).toBe(true);
    expect(fitting.size).toBeLessThan(requests.length);
  });

  it('hides a label whose node is buried under other nodes', () => {
    // A small node at the centre of a ring of big ones that cover every adjacent position.
    const ring = ADJACENT_ANCHORS.map((_, i) => {
      const angle = (i * Math.PI) / 4;
      return {
        id: `big${i}`,
        x: Math.cos(angle) * 40,
        y: Math.sin(angle) * 40,
        radius: 35,
        width: 0,
        height: 0,
        priority: 9,
      };
    });
    const buried = { id: 'buried', x: 0, y: 0, radius: 3, width: 30, height: 10, priority: 10 };
    expect(labelsThatFit([buried, ...ring]).has('buried')).toBe(false);
    // The export still places it, away from the node with a leader line.
    const placed = placeLabels([buried, ...ring]);
    expect(placed[0]!.leader).toBe(true);
    expect(overlaps([buried, ...ring], placed)).toEqual([]);
  });
});
