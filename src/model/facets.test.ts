import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { datasetSchema } from './schema';
import { countsWithin, describeFacets, FIXED_FACETS } from './facets';
import { miniDataset } from '../test/miniDataset';

describe('counts within a part of the graph', () => {
  it('counts each value among the items held only', () => {
    const graph = buildGraph(datasetSchema.parse(miniDataset()));
    const facets = describeFacets(graph);
    const edges = new Set(graph.edges().slice(0, 2));
    const nodes = new Set(graph.nodes().slice(0, 3));
    const counts = countsWithin(graph, facets, { nodes, edges });
    const types = graph
      .edges()
      .slice(0, 2)
      .map((e) => graph.getEdgeAttribute(e, 'type'));
    for (const type of new Set(types))
      expect(counts.get(FIXED_FACETS.relationType)!.get(type)).toBe(types.filter((t) => t === type).length);
    const total = [...counts.get(FIXED_FACETS.entityType)!.values()].reduce((a, b) => a + b, 0);
    expect(total).toBe(3);
  });
});
