import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { computeVisibility, facetCounts, NO_COUNTRY, NO_FILTERS, toggleValue, type Filters } from './filters';
import { datasetSchema } from './schema';
import { miniDataset } from '../test/miniDataset';

const graph = buildGraph(datasetSchema.parse(miniDataset()));
const visible = (filters: Partial<Filters>) => {
  const v = computeVisibility(graph, { ...NO_FILTERS, ...filters });
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
};

describe('filters', () => {
  it('shows everything when nothing is picked', () => {
    expect(visible({})).toEqual({ nodes: [...graph.nodes()].sort(), edges: [...graph.edges()].sort() });
  });

  it('keeps only entities of the picked countries, and relations between them', () => {
    expect(visible({ countries: ['VE'] })).toEqual({ nodes: ['letter', 'maduro', 'velasquez'], edges: ['r1', 'r2'] });
  });

  it('combines several countries as "any of"', () => {
    expect(visible({ countries: ['VE', 'IR'] }).edges).toEqual(['r1', 'r2', 'r5']);
  });

  it('treats a missing country as its own value', () => {
    expect(visible({ countries: [NO_COUNTRY] }).nodes).toEqual(['junk']);
  });

  it('combines facets with "and"', () => {
    expect(visible({ countries: ['VE', 'RU'], entityTypes: ['person'] })).toEqual({ nodes: ['maduro', 'putin', 'velasquez'], edges: [] });
  });

  it('filters relations by type, source and status on the same claim', () => {
    expect(visible({ relationTypes: ['requested_aid'] }).edges).toEqual(['r4', 'r5']);
    expect(visible({ sources: ['a'] }).edges).toEqual(['r1', 'r2', 'r4']);
    // r4 has an alleged claim from a, but its claim from b is reported: both filters must hold on one claim.
    expect(visible({ sources: ['b'], statuses: ['alleged'] }).edges).toEqual([]);
    expect(visible({ statuses: ['disputed'] }).edges).toEqual(['r2']);
  });

  it('keeps relations backed by enough distinct sources', () => {
    expect(visible({ minSources: 2 }).edges).toEqual(['r2', 'r4']);
  });

  it('can hide entities whose relations are all filtered out, but keeps never-linked ones', () => {
    const v = visible({ relationTypes: ['requested_aid'], hideOrphans: true });
    expect(v.nodes).toEqual(['iran', 'junk', 'maduro', 'russia', 'velasquez']);
  });

  it('toggles a facet value on and off', () => {
    const on = toggleValue(NO_FILTERS, 'countries', 'VE');
    expect(on.countries).toEqual(['VE']);
    expect(toggleValue(on, 'countries', 'VE').countries).toEqual([]);
  });

  it('counts entities per country and relations per source once each', () => {
    const counts = facetCounts(graph);
    expect(Object.fromEntries(counts.countries)).toEqual({ VE: 3, RU: 2, IR: 1, [NO_COUNTRY]: 1 });
    expect(Object.fromEntries(counts.sources)).toEqual({ a: 3, b: 4 });
    expect(Object.fromEntries(counts.statuses)).toEqual({ reported: 5, disputed: 1, alleged: 1 });
  });
});
