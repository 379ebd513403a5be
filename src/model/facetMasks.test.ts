import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { entityFacetMask } from './facetMasks';
import { describeFacetsInSlices, FIXED_FACETS, NO_VALUE } from './facets';
import { graphNumbers } from './graphNumbers';
import { datasetSchema } from './schema';
import { miniDataset } from '../test/miniDataset';

const graph = buildGraph(datasetSchema.parse(miniDataset()));
const { entities } = graphNumbers(graph);
const ids = (mask: Uint8Array) => entities.filter((_, i) => mask[i] === 1).map((e) => e.id);
const { country, entityType } = FIXED_FACETS;

describe('entityFacetMask', () => {
  it('marks the entities carrying any picked value', () => {
    // miniDataset: Maduro, Velásquez and the letter are Venezuelan; Putin and Russia Russian; Iran Iranian.
    expect(ids(entityFacetMask(graph, entities, country, { picked: ['VE'] }))).toEqual([
      'maduro',
      'velasquez',
      'letter',
    ]);
    expect(ids(entityFacetMask(graph, entities, country, { picked: ['RU', 'IR'] }))).toEqual([
      'putin',
      'russia',
      'iran',
    ]);
    expect(ids(entityFacetMask(graph, entities, entityType, { picked: ['person'] }))).toEqual([
      'maduro',
      'velasquez',
      'putin',
    ]);
  });

  it('marks entities without the attribute under the "no value" entry', () => {
    expect(ids(entityFacetMask(graph, entities, country, { picked: [NO_VALUE] }))).toEqual(['junk']);
  });

  it('hands back the mask made before for the same values, in any order', () => {
    const first = entityFacetMask(graph, entities, country, { picked: ['IR', 'VE'] });
    expect(entityFacetMask(graph, entities, country, { picked: ['VE', 'IR'] })).toBe(first);
    expect(entityFacetMask(graph, entities, entityType, { picked: ['VE', 'IR'] })).not.toBe(first);
  });

  it('marks the same entities once the filter lists have read their values', async () => {
    // A graph of its own, whose filter lists are made first (as the page makes them before any tick).
    const listed = buildGraph(datasetSchema.parse(miniDataset()));
    const facets = await describeFacetsInSlices(listed);
    expect(facets.find((f) => f.id === country)).toMatchObject({
      counts: new Map([
        ['VE', 3],
        ['RU', 2],
        ['IR', 1],
        [NO_VALUE, 1],
      ]),
    });
    const listedEntities = graphNumbers(listed).entities;
    for (const picked of [['VE'], ['RU', 'IR'], [NO_VALUE], ['XX']])
      expect(entityFacetMask(listed, listedEntities, country, { picked })).toEqual(
        entityFacetMask(graph, entities, country, { picked }),
      );
    expect(ids(entityFacetMask(listed, listedEntities, entityType, { picked: ['person'] }))).toEqual([
      'maduro',
      'velasquez',
      'putin',
    ]);
  });
});
