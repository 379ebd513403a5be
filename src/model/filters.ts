// Which entities and relations the current filters let through, and the counts the filter panel shows.
// Each facet holds the values the user picked; an empty pick means "no restriction on this facet".
import type { StoryGraph } from './graph';
import { sourceCount } from './graph';
import type { Claim, Entity, Relation } from './schema';

/** Stands for "no country" in the country facet. */
export const NO_COUNTRY = '';

export interface Filters {
  countries: readonly string[];
  entityTypes: readonly string[];
  relationTypes: readonly string[];
  sources: readonly string[];
  statuses: readonly string[];
  /** Relations need at least this many distinct sources. */
  minSources: number;
  /** Hide entities whose every relation is filtered out (entities with no relations at all stay). */
  hideOrphans: boolean;
}

export const NO_FILTERS: Filters = {
  countries: [],
  entityTypes: [],
  relationTypes: [],
  sources: [],
  statuses: [],
  minSources: 1,
  hideOrphans: false,
};

export type Facet = 'countries' | 'entityTypes' | 'relationTypes' | 'sources' | 'statuses';

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
}

const passes = (picked: readonly string[], value: string) => picked.length === 0 || picked.includes(value);

export function entityPasses(entity: Entity, filters: Filters): boolean {
  return passes(filters.countries, entity.country ?? NO_COUNTRY) && passes(filters.entityTypes, entity.type);
}

function claimPasses(claim: Claim, filters: Filters): boolean {
  return passes(filters.sources, claim.source) && passes(filters.statuses, claim.status);
}

export function relationPasses(relation: Relation, filters: Filters): boolean {
  return (
    passes(filters.relationTypes, relation.type) &&
    relation.claims.some((c) => claimPasses(c, filters)) &&
    sourceCount(relation) >= filters.minSources
  );
}

export function computeVisibility(graph: StoryGraph, filters: Filters): Visibility {
  const nodes = new Set<string>();
  graph.forEachNode((key, entity) => {
    if (entityPasses(entity, filters)) nodes.add(key);
  });
  const edges = new Set<string>();
  graph.forEachEdge((key, relation, source, target) => {
    if (nodes.has(source) && nodes.has(target) && relationPasses(relation, filters)) edges.add(key);
  });
  if (filters.hideOrphans) {
    for (const key of [...nodes]) {
      if (graph.degree(key) > 0 && !graph.someEdge(key, (edge) => edges.has(edge))) nodes.delete(key);
    }
  }
  return { nodes, edges };
}

export function isFiltered(filters: Filters): boolean {
  return JSON.stringify(filters) !== JSON.stringify(NO_FILTERS);
}

export function toggleValue(filters: Filters, facet: Facet, value: string): Filters {
  const current = filters[facet];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  return { ...filters, [facet]: next };
}

/** Value → number of entities (or relations) carrying it, in the whole graph, for the facet lists. */
export interface FacetCounts {
  countries: Map<string, number>;
  entityTypes: Map<string, number>;
  relationTypes: Map<string, number>;
  sources: Map<string, number>;
  statuses: Map<string, number>;
}

export function facetCounts(graph: StoryGraph): FacetCounts {
  const counts: FacetCounts = {
    countries: new Map(),
    entityTypes: new Map(),
    relationTypes: new Map(),
    sources: new Map(),
    statuses: new Map(),
  };
  const bump = (map: Map<string, number>, key: string) => map.set(key, (map.get(key) ?? 0) + 1);
  graph.forEachNode((_key, entity) => {
    bump(counts.countries, entity.country ?? NO_COUNTRY);
    bump(counts.entityTypes, entity.type);
  });
  graph.forEachEdge((_key, relation) => {
    bump(counts.relationTypes, relation.type);
    // A relation counts once per source and once per status, however many claims repeat them.
    for (const source of new Set(relation.claims.map((c) => c.source))) bump(counts.sources, source);
    for (const status of new Set(relation.claims.map((c) => c.status))) bump(counts.statuses, status);
  });
  return counts;
}
