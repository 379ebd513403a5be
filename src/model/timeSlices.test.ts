// Work cut into slices visits every item once, in order, and lets other tasks run between slices.
import { describe, expect, it } from 'vitest';
import { forEachInSlices } from './timeSlices';
import { buildGraph, buildGraphInSlices, nodeKey } from './graph';
import { graphNumbers } from './graphNumbers';
import { datasetSchema } from './schema';
import { miniDataset } from '../test/miniDataset';
import { describeFacets, describeFacetsInSlices } from './facets';

describe('forEachInSlices', () => {
  it('visits each index once in order, and other tasks run while it pauses', async () => {
    let clock = 0;
    const seen: number[] = [];
    let otherTaskRanAt = -1;
    setTimeout(() => (otherTaskRanAt = seen.length), 0);
    // A clock that moves 100 ms per reading: every check finds the slice over.
    await forEachInSlices(
      5,
      (i) => seen.push(i),
      1,
      () => (clock += 100),
    );
    expect(seen).toEqual([0, 1, 2, 3, 4]);
    expect(otherTaskRanAt).toBeGreaterThan(0);
    expect(otherTaskRanAt).toBeLessThan(5);
  });
});

describe('buildGraphInSlices', () => {
  it('builds the graph buildGraph builds, with its numbers, hostile ids included', async () => {
    const input = miniDataset();
    input.entities.push({ id: '__proto__', type: 'person', label: 'Proto' });
    input.relations.push({ ...input.relations[0]!, id: 'r-proto', source: '__proto__', target: 'putin' });
    const dataset = datasetSchema.parse(input);
    const plain = buildGraph(dataset);
    const sliced = await buildGraphInSlices(dataset);
    expect(sliced.nodes()).toEqual(plain.nodes());
    expect(sliced.edges()).toEqual(plain.edges());
    expect(sliced.hasNode(nodeKey('__proto__'))).toBe(true);
    expect(sliced.edges().map((e) => [sliced.source(e), sliced.target(e), sliced.getEdgeAttributes(e)])).toEqual(
      plain.edges().map((e) => [plain.source(e), plain.target(e), plain.getEdgeAttributes(e)]),
    );
    // The numbers made alongside equal those counted from the graph afterwards.
    const fromSlices = graphNumbers(sliced);
    const counted = graphNumbers(buildGraph(dataset));
    expect({ ...fromSlices, entities: fromSlices.entities.map((e) => e.id) }).toEqual({
      ...counted,
      entities: counted.entities.map((e) => e.id),
    });
  });
});

describe('describeFacetsInSlices', () => {
  it('counts what describeFacets counts, attributes included', async () => {
    const input = miniDataset();
    input.entities.forEach((e, i) => (e.attributes = { rank: i % 3, score: i * 1.5, note: i % 2 ? 'odd' : 'even' }));
    const graph = buildGraph(datasetSchema.parse(input));
    const facets = describeFacets(graph);
    expect(facets.map((f) => f.id)).toContain('entity:attr:rank');
    expect(await describeFacetsInSlices(graph)).toEqual(facets);
  });
});
