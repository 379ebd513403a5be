// Layouts computed without a screen (for the bundled story's stored positions) place every node, apart.
import { describe, expect, it } from 'vitest';
import { buildGraph } from '../../model/graph';
import { miniDataset } from '../../test/miniDataset';
import { datasetSchema } from '../../model/schema';
import { headlessPositions } from './headlessLayout';

describe('headlessPositions', () => {
  it('gives every node a finite position of its own', () => {
    const graph = buildGraph(datasetSchema.parse(miniDataset()));
    const positions = headlessPositions(graph, 'fcose');
    expect([...positions.keys()].sort()).toEqual(graph.nodes().sort());
    const points = [...positions.values()];
    for (const p of points) expect(Number.isFinite(p.x) && Number.isFinite(p.y)).toBe(true);
    expect(new Set(points.map((p) => `${Math.round(p.x)},${Math.round(p.y)}`)).size).toBe(points.length);
  });
});
