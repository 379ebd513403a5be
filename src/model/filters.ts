// Which entities and relations the current filters let through. A tick list keeps items carrying any of
// the picked values (nothing picked: no restriction); a range keeps items whose number lies inside it.
// Facets combine with "and"; a relation also needs both its ends visible.
import type { StoryGraph } from './graph';
import { corroborationOf, type Corroboration, type RelationEvidence } from './evidence';
import type { Entity, Relation } from './schema';
import { FIXED_FACETS, NO_VALUE, valuesOf, type FacetId } from './facets';
import { timeView, type TimeFilter } from './timeFilter';

export interface Filters {
  picks: ReadonlyMap<FacetId, readonly string[]>;
  ranges: ReadonlyMap<FacetId, readonly [number, number]>;
  /** Relations need at least this much corroboration (0: no requirement, so claim-less imported links show). */
  minCorroboration: number;
  /** What corroboration counts: independent origins (the default) or articles. */
  corroborateBy: Corroboration;
  /** Hide entities whose every relation is filtered out (entities with no relations at all stay). */
  hideOrphans: boolean;
  /** With countries picked, show faded the entities of other countries that shown ones link to. */
  countryContext: boolean;
  /** A time window (model/timeFilter.ts); absent: time does not filter. */
  time?: TimeFilter;
}

export const NO_FILTERS: Filters = {
  picks: new Map(),
  ranges: new Map(),
  minCorroboration: 0,
  corroborateBy: 'origins',
  hideOrphans: false,
  countryContext: true,
};

export interface Visibility {
  nodes: Set<string>;
  edges: Set<string>;
  /**
   * Shown faded, for context: links from shown entities to the entities only the country filter hides, and those
   * entities ("Russia" then shows whom Russia deals with). Not counted as shown.
   */
  context?: { nodes: Set<string>; edges: Set<string> };
}

const CLAIM_FACETS: ReadonlySet<FacetId> = new Set([FIXED_FACETS.source, FIXED_FACETS.status]);
const isEntityFacet = (id: FacetId) => id.startsWith('entity:');
const asText = (v: unknown) => (v === undefined || v === null ? NO_VALUE : String(v));

function passesPicks(item: Entity | Relation, filters: Filters, entity: boolean): boolean {
  for (const [id, picked] of filters.picks) {
    if (picked.length === 0 || isEntityFacet(id) !== entity || CLAIM_FACETS.has(id)) continue;
    if (!valuesOf(id, item).some((v) => picked.includes(asText(v)))) return false;
  }
  for (const [id, [lo, hi]] of filters.ranges) {
    if (isEntityFacet(id) !== entity) continue;
    const value = valuesOf(id, item)[0];
    if (typeof value !== 'number' || value < lo || value > hi) return false;
  }
  return true;
}

export function entityPasses(entity: Entity, filters: Filters): boolean {
  return passesPicks(entity, filters, true);
}

export function relationPasses(
  relation: Relation,
  filters: Filters,
  evidence: (r: Relation) => RelationEvidence,
): boolean {
  if (!passesPicks(relation, filters, false)) return false;
  if (
    filters.minCorroboration > 0 &&
    corroborationOf(evidence(relation), filters.corroborateBy) < filters.minCorroboration
  )
    return false;
  const sources = filters.picks.get(FIXED_FACETS.source) ?? [];
  const statuses = filters.picks.get(FIXED_FACETS.status) ?? [];
  if (sources.length === 0 && statuses.length === 0) return true;
  // Source and status must hold on the same claim: "reported by A" is not "reported by B, alleged by A".
  return relation.claims.some(
    (c) =>
      (sources.length === 0 || sources.includes(c.source)) && (statuses.length === 0 || statuses.includes(c.status)),
  );
}

export function computeVisibility(graph: StoryGraph, filters: Filters): Visibility {
  // No filter: everything shows. Worth the shortcut: every opened graph starts here, and testing 150k items costs.
  if (!isFiltered(filters)) return { nodes: new Set(graph.nodes()), edges: new Set(graph.edges()) };
  const nodes = new Set<string>();
  graph.forEachNode((key, entity) => {
    if (entityPasses(entity, filters)) nodes.add(key);
  });
  const edges = new Set<string>();
  // Under a time window, relations must fall inside it and are judged by the claims known in it (cutting a
  // relation down to those is skipped when no filter looks at claims: a brush moves many times a second).
  const time = filters.time && timeView(graph, filters.time);
  const evidence = time ? time.evidence : graph.getAttribute('evidence');
  const claimsMatter = filters.minCorroboration > 0 || [...CLAIM_FACETS].some((f) => filters.picks.get(f)?.length);
  const passes: RelationTest = time
    ? (key, relation) =>
        time.shows(key) && relationPasses(claimsMatter ? time.asKnown(relation) : relation, filters, evidence)
    : (_key, relation) => relationPasses(relation, filters, evidence);
  graph.forEachEdge((key, relation, source, target) => {
    if (nodes.has(source) && nodes.has(target) && passes(key, relation)) edges.add(key);
  });
  // Under a time window an entity shows while one of its relations is in it: playback makes the cast come and go.
  if (filters.hideOrphans || filters.time) {
    for (const key of [...nodes]) {
      if (graph.degree(key) > 0 && !graph.someEdge(key, (edge) => edges.has(edge))) nodes.delete(key);
    }
  }
  const context = countryContext(graph, filters, nodes, passes);
  return context ? { nodes, edges, context } : { nodes, edges };
}

type RelationTest = (key: string, relation: Relation) => boolean;

/** What the country filter alone hides at the far end of shown entities' links, when that option is on. */
function countryContext(
  graph: StoryGraph,
  filters: Filters,
  nodes: ReadonlySet<string>,
  passes: RelationTest,
): Visibility['context'] {
  if (!filters.countryContext || (filters.picks.get(FIXED_FACETS.country) ?? []).length === 0) return undefined;
  const picks = new Map(filters.picks);
  picks.delete(FIXED_FACETS.country);
  const withoutCountry: Filters = { ...filters, picks };
  const context = { nodes: new Set<string>(), edges: new Set<string>() };
  graph.forEachEdge((key, relation, source, target) => {
    const sourceIn = nodes.has(source);
    if (sourceIn === nodes.has(target)) return;
    const far = sourceIn ? target : source;
    if (!entityPasses(graph.getNodeAttributes(far), withoutCountry) || !passes(key, relation)) return;
    context.nodes.add(far);
    context.edges.add(key);
  });
  return context;
}

export function isFiltered(filters: Filters): boolean {
  return (
    [...filters.picks.values()].some((p) => p.length > 0) ||
    filters.ranges.size > 0 ||
    filters.minCorroboration !== NO_FILTERS.minCorroboration ||
    filters.hideOrphans !== NO_FILTERS.hideOrphans ||
    filters.time !== undefined
  );
}

export function togglePick(filters: Filters, facet: FacetId, value: string): Filters {
  const current = filters.picks.get(facet) ?? [];
  const next = current.includes(value) ? current.filter((v) => v !== value) : [...current, value];
  const picks = new Map(filters.picks);
  if (next.length > 0) picks.set(facet, next);
  else picks.delete(facet);
  return { ...filters, picks };
}

/** Sets a numeric range; `null` removes it. */
export function setRange(filters: Filters, facet: FacetId, range: readonly [number, number] | null): Filters {
  const ranges = new Map(filters.ranges);
  if (range) ranges.set(facet, range);
  else ranges.delete(facet);
  return { ...filters, ranges };
}
