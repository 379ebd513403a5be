import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import {
  CHAR_WIDTH_FACTORS,
  LABEL_FONT_SIZE,
  estimatedLabelBox,
  labelClashes,
  wrappedLines,
  makeRoomForLabels,
  type LabelledNode,
} from './labelRoom';
import { validateDataset } from '../../io/validate';
import { buildGraph, nodeKey } from '../../model/graph';
import { DEFAULT_APPEARANCE, encodeNodes } from '../../appearance/appearance';

const moved = (nodes: LabelledNode[], room: Map<string, { x: number; y: number }>) =>
  nodes.map((n) => ({ ...n, ...room.get(n.id)! }));

describe('makeRoomForLabels', () => {
  it('parts nodes whose names overlap until no name meets another name or a node', () => {
    const crowded = Array.from({ length: 30 }, (_, i) => ({
      id: `n${i}`,
      x: (i % 6) * 20,
      y: Math.floor(i / 6) * 15,
      size: 20 + (i % 4) * 8,
      label: `Entity with a name of some length ${i}`,
    }));
    expect(labelClashes(crowded).length).toBeGreaterThan(0);
    expect(labelClashes(moved(crowded, makeRoomForLabels(crowded)))).toEqual([]);
  });

  it('parts nodes stacked on one spot', () => {
    const stacked = Array.from({ length: 12 }, (_, i) => ({ id: `s${i}`, x: 0, y: 0, size: 30, label: 'Same place' }));
    expect(labelClashes(moved(stacked, makeRoomForLabels(stacked)))).toEqual([]);
  });

  it('leaves nodes alone where there is room', () => {
    const apart = [
      { id: 'a', x: 0, y: 0, size: 30, label: 'Alpha' },
      { id: 'b', x: 500, y: 0, size: 30, label: 'Beta' },
    ];
    const room = makeRoomForLabels(apart);
    expect(room.get('a')).toEqual({ x: 0, y: 0 });
    expect(room.get('b')).toEqual({ x: 500, y: 0 });
  });

  it('sizes a name by its characters: font size × the width factor of each character, plus padding', () => {
    const { narrow, wide, capital, other } = CHAR_WIDTH_FACTORS;
    const box = estimatedLabelBox({ id: 'x', x: 0, y: 0, size: 20, label: 'Moscow' });
    expect(box.right - box.left).toBeCloseTo((2 * wide + 4 * other) * LABEL_FONT_SIZE + 2, 5);
    // A, then l i space ( and ) narrow, é like most lower case.
    const mixed = estimatedLabelBox({ id: 'y', x: 0, y: 0, size: 20, label: 'Ali (é)' });
    expect(mixed.right - mixed.left).toBeCloseTo((capital + 5 * narrow + other) * LABEL_FONT_SIZE + 2, 5);
    expect(box.top).toBeGreaterThan(10); // below the node's bottom edge
  });
});

// The stored story layout (npm run story:layout) leaves room for every full name, centred below its node as the
// stylesheet draws it: names estimated at 11 px × CHAR_WIDTH_FACTORS per character (0.42 narrow, 0.65 most
// lower case, 0.8 capitals, 1.0 m/w/M/W).
describe.each(readdirSync('graph-data').filter((f) => f.endsWith('.json')))(
  'stored layout of graph-data/%s',
  (file) => {
    it('has no name overlapping another name or a node', () => {
      const result = validateDataset(JSON.parse(readFileSync(join('graph-data', file), 'utf8')));
      if (!result.ok) throw new Error(`${file} is invalid`);
      const graph = buildGraph(result.dataset);
      const look = encodeNodes(graph, DEFAULT_APPEARANCE).look;
      const nodes = result.dataset.entities.flatMap((e) => {
        const key = nodeKey(e.id);
        return e.position ? [{ id: e.id, ...e.position, size: look(key).size, label: look(key).label }] : [];
      });
      expect(nodes).toHaveLength(result.dataset.entities.length);
      expect(labelClashes(nodes), 'run `npm run story:layout`').toEqual([]);
    });
  },
);

describe('wrappedLines', () => {
  it('wraps between words at the width, keeping a long word whole on a line of its own', () => {
    // "Ramón Celestino" is estimated at about 105 px at 11 px: it fits in 120, and the third word goes below.
    expect(wrappedLines('Ramón Celestino Velásquez', 120)).toEqual(['Ramón Celestino', 'Velásquez']);
    expect(wrappedLines('Supercalifragilistic', 20)).toEqual(['Supercalifragilistic']);
    expect(wrappedLines('Iran', 100)).toEqual(['Iran']);
  });
});

describe('makeRoomForLabels, names only', () => {
  it('moves nodes off a name but leaves two unnamed nodes as close as they were', () => {
    const nodes = [
      { id: 'named', x: 0, y: 0, size: 10, label: 'A long enough name' },
      { id: 'under', x: 0, y: 14, size: 10, label: '' },
      { id: 'a', x: 300, y: 0, size: 10, label: '' },
      { id: 'b', x: 304, y: 0, size: 10, label: '' },
    ];
    const room = makeRoomForLabels(nodes, { namesOnly: true });
    expect(labelClashes(moved(nodes, room))).toEqual([]);
    expect(room.get('a')).toEqual({ x: 300, y: 0 });
    expect(room.get('b')).toEqual({ x: 304, y: 0 });
    // Without the option, the two unnamed nodes are pushed apart too.
    const apart = makeRoomForLabels(nodes);
    expect(apart.get('a')!.x !== 300 || apart.get('b')!.x !== 304).toBe(true);
  });
});
