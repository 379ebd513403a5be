// Describes what the current graph can be filtered on: fixed facets of the data model (country, types,
// sources, claim status) plus every attribute an imported graph brings, categorical or numeric.
import type { StoryGraph } from './graph';
import type { Entity, Relation } from './schema';

export type FacetTarget = 'entity' | 'relation';

/** "entity:country", "relation:type", "entity:attr:modularity_class"... */
export type FacetId = string;

export interface CategoricalFacet {
  kind: 'categorical';
  id: FacetId;
  target: FacetTarget;
  title: string;
  /** Value → how many entities (or relations) carry it. "" stands for "no value". */
  counts: Map<string, number>;
}

export interface RangeFacet {
  kind: 'range';
  id: FacetId;
  target: FacetTarget;
  title: string;
  min: number;
  max: number;
}

export type Facet = CategoricalFacet | RangeFacet;

export const NO_VALUE = '';
/** Attributes with more distinct values than this are not offered as tick lists. */
const MAX_CATEGORIES = 40;
/** Whole numbers with at most this many distinct values (a community id, a year) read better as ticks. */
const MAX_NUMERIC_CATEGORIES = 12;

export const FIXED_FACETS = {
  country: 'entity:country',
  entityType: 'entity:type',
  relationType: 'relation:type',
  source: 'relation:source',
  status: 'relation:status',
} as const;

export function attributeFacetId(target: FacetTarget, name: string): FacetId {
  return `${target}:attr:${name}`;
}

/** The values an entity or relation has for a facet (several for claim sources and statuses). */
export function valuesOf(facetId: FacetId, item: Entity | Relation): unknown[] {
  switch (facetId) {
    case FIXED_FACETS.country:
      return [(item as Entity).country ?? NO_VALUE];
    case FIXED_FACETS.entityType:
    case FIXED_FACETS.relationType:
      return [item.type];
    case FIXED_FACETS.source:
      return (item as Relation).claims.map((c) => c.source);
    case FIXED_FACETS.status:
      return (item as Relation).claims.map((c) => c.status);
  }
  const name = facetId.slice(facetId.indexOf(':attr:') + ':attr:'.length);
  const attrs = item.attributes;
  return [attrs && Object.hasOwn(attrs, name) ? attrs[name] : undefined];
}

export function describeFacets(graph: StoryGraph): Facet[] {
  const entities = graph.mapNodes((_k, e) => e);
  const relations = graph.mapEdges((_k, r) => r);
  const facets: Facet[] = [];
  const fixed = (id: FacetId, target: FacetTarget, title: string, items: (Entity | Relation)[]) => {
    const counts = countValues(id, items);
    if (counts.size > 0 && !(counts.size === 1 && counts.has(NO_VALUE))) facets.push({ kind: 'categorical', id, target, title, counts });
  };
  fixed(FIXED_FACETS.country, 'entity', 'Country', entities);
  fixed(FIXED_FACETS.entityType, 'entity', 'Entity type', entities);
  fixed(FIXED_FACETS.relationType, 'relation', 'Relation type', relations);
  fixed(FIXED_FACETS.source, 'relation', 'Source article', relations);
  fixed(FIXED_FACETS.status, 'relation', 'Claim status', relations);
  facets.push(...attributeFacets('entity', entities), ...attributeFacets('relation', relations));
  return facets;
}

function countValues(id: FacetId, items: (Entity | Relation)[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const item of items) {
    // An item counts once per value, however many claims repeat it.
    for (const value of new Set(valuesOf(id, item).map((v) => (v === undefined ? NO_VALUE : String(v))))) {
      counts.set(value, (counts.get(value) ?? 0) + 1);
    }
  }
  return counts;
}

function attributeFacets(target: FacetTarget, items: (Entity | Relation)[]): Facet[] {
  const names = new Set<string>();
  for (const item of items) for (const name of Object.keys(item.attributes ?? {})) names.add(name);
  const facets: Facet[] = [];
  for (const name of [...names].sort((a, b) => a.localeCompare(b))) {
    const id = attributeFacetId(target, name);
    const values = items.map((item) => valuesOf(id, item)[0]).filter((v) => v !== undefined);
    const distinct = new Set(values.map(String));
    if (distinct.size < 2) continue;
    const numbers = values.every((v) => typeof v === 'number');
    const wholeFew = numbers && distinct.size <= MAX_NUMERIC_CATEGORIES && values.every((v) => Number.isInteger(v));
    if (numbers && !wholeFew) {
      // A loop, not Math.min(...values): spreading 100k arguments can overflow the stack.
      let min = Infinity;
      let max = -Infinity;
      for (const v of values as number[]) {
        if (v < min) min = v;
        if (v > max) max = v;
      }
      facets.push({ kind: 'range', id, target, title: name, min, max });
    } else if (distinct.size <= MAX_CATEGORIES && distinct.size < values.length) {
      facets.push({ kind: 'categorical', id, target, title: name, counts: countValues(id, items) });
    }
  }
  return facets;
}
