import { describe, expect, it } from 'vitest';
import { applyEgo } from './ego';
import { buildGraph } from './graph';
import { computeVisibility, isFiltered, NO_FILTERS, setRange, togglePick, type Filters } from './filters';
import { describeFacets, FIXED_FACETS, NO_VALUE, attributeFacetId, type CategoricalFacet } from './facets';
import { datasetSchema } from './schema';
import { miniDataset } from '../test/miniDataset';

const graph = buildGraph(datasetSchema.parse(miniDataset()));
const pick = (picks: Record<string, string[]>, rest: Partial<Filters> = {}): Filters => ({
  ...NO_FILTERS,
  picks: new Map(Object.entries(picks)),
  ...rest,
});
const visible = (filters: Filters) => {
  const v = computeVisibility(graph, filters);
  return { nodes: [...v.nodes].sort(), edges: [...v.edges].sort() };
};
const { country, entityType, relationType, source, status } = FIXED_FACETS;

describe('filters', () => {
  it('shows everything when nothing is picked', () => {
    expect(visible(NO_FILTERS)).toEqual({ nodes: [...graph.nodes()].sort(), edges: [...graph.edges()].sort() });
    expect(isFiltered(NO_FILTERS)).toBe(false);
  });

  it('keeps only entities of the picked countries, and relations between them', () => {
    expect(visible(pick({ [country]: ['VE'] }))).toEqual({
      nodes: ['letter', 'maduro', 'velasquez'],
      edges: ['r1', 'r2'],
    });
  });

  it('shows faded, for context, whom the picked country deals with, unless asked not to', () => {
    const venezuela = computeVisibility(graph, pick({ [country]: ['VE'] }));
    expect([...venezuela.context!.nodes].sort()).toEqual(['iran', 'putin', 'russia']);
    expect([...venezuela.context!.edges].sort()).toEqual(['r3', 'r4', 'r5']);
    // Other filters still hold: a relation type filter keeps only the requests as context.
    const requests = computeVisibility(graph, pick({ [country]: ['VE'], [relationType]: ['requested_aid'] }));
    expect([...requests.context!.edges].sort()).toEqual(['r4', 'r5']);
    expect(computeVisibility(graph, pick({ [country]: ['VE'] }, { contextFacets: [] })).context).toBeUndefined();
    expect(computeVisibility(graph, pick({ [entityType]: ['person'] })).context).toBeUndefined();
  });

  it('shows faded what another entity filter hides, once its option is on', () => {
    // Persons alone: Maduro, Velásquez and Putin; with context, the letter, Russia and Iran they link to, faded.
    const persons = pick({ [entityType]: ['person'] }, { contextFacets: [entityType] });
    const shown = computeVisibility(graph, persons);
    expect([...shown.nodes].sort()).toEqual(['maduro', 'putin', 'velasquez']);
    expect([...shown.context!.nodes].sort()).toEqual(['iran', 'letter', 'russia']);
    expect([...shown.context!.edges].sort()).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
    // With country too, only what the context filters alone hide comes back: not the Iranians a country pick hides
    // when country's option is off.
    const both = pick({ [entityType]: ['person'], [country]: ['VE'] }, { contextFacets: [entityType] });
    const context = computeVisibility(graph, both).context!;
    expect([...context.nodes].sort()).toEqual(['letter']);
  });

  it('keeps, in an ego view, the faded context of the entities in it', () => {
    const venezuela = computeVisibility(graph, pick({ [country]: ['VE'] }));
    // One step from Velásquez: the letter he carried. Its addressee Putin and Velásquez's request to Iran are the
    // context; Maduro's request to Russia is two steps out, so neither it nor Russia stays.
    const ego = applyEgo(graph, venezuela, { centre: 'velasquez', hops: 1, direction: 'both', expanded: [] });
    expect([...ego.nodes].sort()).toEqual(['letter', 'velasquez']);
    expect([...ego.context!.nodes].sort()).toEqual(['iran', 'putin']);
    expect([...ego.context!.edges].sort()).toEqual(['r3', 'r5']);
    // Centred on Russia, which the filter fades: Russia stays solid, and Maduro (shown by the filter) is not faded.
    const onRussia = applyEgo(graph, venezuela, { centre: 'russia', hops: 1, direction: 'both', expanded: [] });
    expect([...onRussia.nodes].sort()).toEqual(['russia']);
    expect(onRussia.context).toBeUndefined();
  });

  it('combines several countries as "any of"', () => {
    expect(visible(pick({ [country]: ['VE', 'IR'] })).edges).toEqual(['r1', 'r2', 'r5']);
  });

  it('treats a missing country as its own value', () => {
    expect(visible(pick({ [country]: [NO_VALUE] })).nodes).toEqual(['junk']);
  });

  it('combines facets with "and"', () => {
    expect(visible(pick({ [country]: ['VE', 'RU'], [entityType]: ['person'] }))).toEqual({
      nodes: ['maduro', 'putin', 'velasquez'],
      edges: [],
    });
  });

  it('filters relations by type, source and status on the same claim', () => {
    expect(visible(pick({ [relationType]: ['requested_aid'] })).edges).toEqual(['r4', 'r5']);
    expect(visible(pick({ [source]: ['a'] })).edges).toEqual(['r1', 'r2', 'r4']);
    // r4 has an alleged claim from a, but its claim from b is reported: both filters must hold on one claim.
    expect(visible(pick({ [source]: ['b'], [status]: ['alleged'] })).edges).toEqual([]);
    expect(visible(pick({ [status]: ['alleged'] })).edges).toEqual(['r4']);
  });

  it('keeps relations with enough independent origins, or enough articles when asked to count those', () => {
    // r2 is quoted from two articles that both go back to the same documents: one origin. r3 and r5 name no
    // chain, so they stand on all that article B cites (documents and officials): two.
    expect(visible({ ...NO_FILTERS, minCorroboration: 2 }).edges).toEqual(['r3', 'r4', 'r5']);
    expect(visible({ ...NO_FILTERS, minCorroboration: 2, corroborateBy: 'articles' }).edges).toEqual(['r2', 'r4']);
    expect(visible({ ...NO_FILTERS, minCorroboration: 1 }).edges).toEqual(['r1', 'r2', 'r3', 'r4', 'r5']);
  });

  it('can hide entities whose relations are all filtered out, but keeps never-linked ones', () => {
    const v = visible(pick({ [relationType]: ['requested_aid'] }, { hideOrphans: true }));
    expect(v.nodes).toEqual(['iran', 'junk', 'maduro', 'russia', 'velasquez']);
  });

  it('toggles a pick on and off', () => {
    const on = togglePick(NO_FILTERS, country, 'VE');
    expect(on.picks.get(country)).toEqual(['VE']);
    expect(isFiltered(on)).toBe(true);
    expect(isFiltered(togglePick(on, country, 'VE'))).toBe(false);
  });

  it('counts entities per country and relations per source once each', () => {
    const facets = describeFacets(graph);
    const counts = (id: string) => Object.fromEntries((facets.find((f) => f.id === id) as CategoricalFacet).counts);
    expect(counts(country)).toEqual({ VE: 3, RU: 2, IR: 1, [NO_VALUE]: 1 });
    expect(counts(source)).toEqual({ a: 3, b: 4 });
    expect(counts(status)).toEqual({ reported: 5, alleged: 1 });
  });
});

describe('attribute facets of imported graphs', () => {
  const data = miniDataset();
  data.sources = [];
  data.relations = data.relations.map((r) => ({ ...r, claims: [] }));
  data.entities.forEach((e, i) => {
    e.attributes = { group: i % 2, score: i * 1.5, name: `n${i}`, ...(i === 0 ? { __proto__x: 'x' } : {}) };
  });
  const g = buildGraph(datasetSchema.parse(data));
  const facets = describeFacets(g);
  const byId = (id: string) => facets.find((f) => f.id === id);

  it('offers few whole numbers as ticks, other numbers as a range, and skips unique labels', () => {
    expect(byId(attributeFacetId('entity', 'group'))).toMatchObject({
      kind: 'categorical',
      counts: new Map([
        ['0', 4],
        ['1', 3],
      ]),
    });
    expect(byId(attributeFacetId('entity', 'score'))).toMatchObject({ kind: 'range', min: 0, max: 9 });
    expect(byId(attributeFacetId('entity', 'name'))).toBeUndefined();
  });

  it('leaves out attributes that only repeat the country or type the importer mapped them to', () => {
    const types = ['person', 'organization'];
    const graph = buildGraph(
      datasetSchema.parse({
        title: 'Imported',
        entities: ['FR', 'FR', 'VE', 'RU'].map((country, i) => ({
          id: `n${i}`,
          type: types[i % 2],
          label: `N${i}`,
          country,
          attributes: { country, Type: types[i % 2], region: i < 2 ? 'west' : 'east' },
        })),
        relations: [],
      }),
    );
    const ids = describeFacets(graph).map((f) => f.id);
    expect(ids).toContain(FIXED_FACETS.country);
    expect(ids).toContain(attributeFacetId('entity', 'region'));
    expect(ids).not.toContain(attributeFacetId('entity', 'country'));
    expect(ids).not.toContain(attributeFacetId('entity', 'Type'));
  });

  it('filters on a picked attribute value and on a numeric range', () => {
    const v = computeVisibility(g, togglePick(NO_FILTERS, attributeFacetId('entity', 'group'), '1'));
    expect(v.nodes.size).toBe(3);
    const r = computeVisibility(g, setRange(NO_FILTERS, attributeFacetId('entity', 'score'), [1.5, 4.5]));
    expect(r.nodes.size).toBe(3);
  });

  it('shows relations that carry no claims (imported graphs) unless a minimum of sources is asked for', () => {
    const graph = buildGraph(
      datasetSchema.parse({
        title: 'Imported',
        entities: [
          { id: 'a', type: 'person', label: 'A' },
          { id: 'b', type: 'person', label: 'B' },
        ],
        relations: [{ id: 'r', type: 'met_with', source: 'a', target: 'b' }],
      }),
    );
    expect([...computeVisibility(graph, NO_FILTERS).edges]).toEqual(['r']);
    expect([...computeVisibility(graph, { ...NO_FILTERS, minCorroboration: 1 }).edges]).toEqual([]);
  });
});
