import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { datasetSchema, type Relation } from './schema';
import { countsWithin, describeFacets, FIXED_FACETS, NO_VALUE, valuesOf } from './facets';
import { seededRandom } from './seededRandom';
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

  it('counts what reading each held item says, one count per value however many claims repeat it', () => {
    const graph = buildGraph(datasetSchema.parse(miniDataset()));
    const facets = describeFacets(graph);
    const random = seededRandom(5);
    for (let round = 0; round < 6; round++) {
      const nodes = new Set(graph.filterNodes(() => random() < 0.5));
      const edges = new Set(graph.filterEdges(() => random() < 0.5));
      const counts = countsWithin(graph, facets, { nodes, edges });
      for (const facet of facets) {
        if (facet.kind !== 'categorical') continue;
        const items =
          facet.target === 'entity'
            ? [...nodes].map((key) => graph.getNodeAttributes(key))
            : [...edges].map((key) => graph.getEdgeAttributes(key));
        for (const value of facet.counts.keys()) {
          const holding = items.filter((item) =>
            valuesOf(facet.id, item).some((v) => (v === undefined ? NO_VALUE : String(v)) === value),
          ).length;
          expect(counts.get(facet.id)!.get(value) ?? 0, `${facet.id} ${value}`).toBe(holding);
        }
      }
    }
  });
});

describe('counts within a window, known by a day', () => {
  it('counts a claim facet from the claims out by then only', () => {
    const graph = buildGraph(datasetSchema.parse(miniDataset()));
    const facets = describeFacets(graph);
    const all = { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
    // As if only article A were out: every relation keeps A's claims alone.
    const onlyA = (r: Relation) => ({ ...r, claims: r.claims.filter((c) => c.source === 'a') });
    const counts = countsWithin(graph, facets, all, onlyA).get(FIXED_FACETS.source)!;
    const withA = graph.filterEdges((_k, r) => r.claims.some((c) => c.source === 'a')).length;
    expect(counts.get('a')).toBe(withA);
    expect(counts.has('b')).toBe(false);
    // Without it, article B counts too.
    expect(countsWithin(graph, facets, all).get(FIXED_FACETS.source)!.get('b')).toBeGreaterThan(0);
  });
});
