// Which entities and relations the current filters let through. A tick list keeps items carrying any of
// the picked values (nothing picked: no restriction); a range keeps items whose number lies inside it.
// Facets combine with "and"; a relation also needs both its ends visible.
import type { StoryGraph } from './graph';
import { corroborationOf, type Corroboration, type RelationEvidence } from './evidence';
import type { Entity, Relation } from './schema';
import { CLAIM_FACETS, FIXED_FACETS, valuesOf, type FacetId } from './facets';
import { selectByTime, timeIndexOf, timeView, type TimeFilter } from './timeFilter';
import { graphNumbers, type GraphNumbers } from './graphNumbers';
import { countOnes, maskedKeys } from './maskedKeys';
import { asText, entityFacetMask } from './facetMasks';

export interface Filters {
  picks: ReadonlyMap<FacetId, readonly string[]>;
  ranges: ReadonlyMap<FacetId, readonly [number, number]>;
  /** Relations need at least this much corroboration (0: no requirement, so claim-less imported links show). */
  minCorroboration: number;
  /** What corroboration counts: independent origins (the default) or articles. */
  corroborateBy: Corroboration;
  /** Hide entities whose every relation is filtered out (entities with no relations at all stay). */
  hideOrphans: boolean;
  /**
   * Entity filters whose hidden far ends show faded: with Russia picked under country, the entities of other
   * countries that shown ones link to appear faded, with those links. Country is in by default.
   */
  contextFacets: readonly FacetId[];
  /** A time window (model/timeFilter.ts); absent: time does not filter. */
  time?: TimeFilter;
}

export const NO_FILTERS: Filters = {
  picks: new Map(),
  ranges: new Map(),
  minCorroboration: 0,
  corroborateBy: 'origins',
  hideOrphans: false,
  contextFacets: [FIXED_FACETS.country],
};

/**
 * Sets are never changed once made. Those computeVisibility makes are masks by number (maskedKeys.ts): readers that
 * go through every item read the mask (graphNumbers.ts, maskOf) rather than the keys.
 */
export interface Visibility {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
  /**
   * Shown faded, for context: links from shown entities to the entities that only the filters named in
   * `contextFacets` hide, and those entities ("Russia" then shows whom Russia deals with). Not counted as shown.
   */
  context?: { nodes: ReadonlySet<string>; edges: ReadonlySet<string> };
}

const isEntityFacet = (id: FacetId) => id.startsWith('entity:');

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

export interface VisibilityOptions {
  /**
   * false: test every relation object even when a time window is the only relation filter (the path the fast one
   * must agree with; the tests compare the two).
   */
  indexed?: boolean;
}

export function computeVisibility(graph: StoryGraph, filters: Filters, options: VisibilityOptions = {}): Visibility {
  // No filter: everything shows. Worth the shortcut: every opened graph starts here, and testing 150k items costs.
  if (!isFiltered(filters)) return everything(graph);
  const numbers = graphNumbers(graph);
  const { nodeKeys, edgeKeys, source, target } = numbers;
  const entities = entitiesPassing(graph, numbers, filters);
  // A brush step asks twice for the same window (the view, and the filter lists' counts in it): the second time
  // gets the first answer.
  const key = windowKey(filters, options.indexed ?? true);
  const last = lastWindow.get(graph);
  if (key !== null && last?.key === key && last.entities === entities) return last.visibility;
  const passes = relationTest(graph, numbers, filters, options.indexed ?? true);
  const edgeMask = new Uint8Array(edgeKeys.length);
  let edgeCount = 0;
  // Under a time window an entity shows while one of its relations is in it: playback makes the cast come and go.
  const shownDegree = filters.hideOrphans || filters.time ? new Int32Array(nodeKeys.length) : null;
  for (let j = 0; j < edgeKeys.length; j++) {
    const s = source[j]!;
    const t = target[j]!;
    if (!entities.mask[s] || !entities.mask[t] || (passes && !passes(j))) continue;
    edgeMask[j] = 1;
    edgeCount++;
    if (shownDegree) {
      shownDegree[s]!++;
      shownDegree[t]!++;
    }
  }
  // The entity set is shared by calls with the same entity filters (a brush drag): it is never changed after.
  let nodes = entities.set;
  let shown = entities.mask;
  if (shownDegree) {
    shown = new Uint8Array(nodeKeys.length);
    for (let i = 0; i < nodeKeys.length; i++)
      if (entities.mask[i] && (numbers.degree[i] === 0 || shownDegree[i]! > 0)) shown[i] = 1;
    nodes = maskedKeys(graph, nodeKeys, shown);
  }
  const edges = maskedKeys(graph, edgeKeys, edgeMask, edgeCount);
  const context = contextOf(graph, numbers, filters, shown, passes);
  const visibility = context ? { nodes, edges, context } : { nodes, edges };
  if (key !== null) lastWindow.set(graph, { key, entities, visibility });
  return visibility;
}

/** What shows without filters, made once per graph: all ones, so the scene applies it by number. */
const everythings = new WeakMap<StoryGraph, Visibility>();

function everything(graph: StoryGraph): Visibility {
  let all = everythings.get(graph);
  if (!all) {
    const { nodeKeys, edgeKeys } = graphNumbers(graph);
    const nodes = maskedKeys(graph, nodeKeys, new Uint8Array(nodeKeys.length).fill(1), nodeKeys.length);
    const edges = maskedKeys(graph, edgeKeys, new Uint8Array(edgeKeys.length).fill(1), edgeKeys.length);
    everythings.set(graph, (all = { nodes, edges }));
  }
  return all;
}

/** The last answer per graph under a time window alone among the relation filters. */
const lastWindow = new WeakMap<StoryGraph, { key: string; entities: EntitiesPassing; visibility: Visibility }>();

/**
 * What, besides the entity filters, decides the answer when a time window is the only relation filter (null
 * otherwise): the window and the options that act on entities.
 */
function windowKey(filters: Filters, indexed: boolean): string | null {
  const time = filters.time;
  if (!time || !indexed || relationFiltered(filters)) return null;
  return [time.mode, time.from, time.to, time.showUndated, filters.hideOrphans, filters.contextFacets.join(',')].join(
    '|',
  );
}

/** Whether relation number j passes the relation filters by itself (its ends are tested apart); null: all do. */
type RelationTest = ((j: number) => boolean) | null;

function relationTest(graph: StoryGraph, numbers: GraphNumbers, filters: Filters, indexed: boolean): RelationTest {
  const time = filters.time;
  if (!time && !relationFiltered(filters)) return null;
  // A time window alone among the relation filters: its sorted arrays answer for every relation at once, and no
  // relation object is looked at (a brush moves many times a second).
  if (time && indexed && !relationFiltered(filters)) {
    const selected = selectByTime(timeIndexOf(graph), time);
    return (j) => selected[j]! > 0;
  }
  // Under a time window, relations must fall inside it and are judged by the claims known in it (cutting a
  // relation down to those is skipped when no filter looks at claims).
  const view = time && timeView(graph, time);
  const evidence = view ? view.evidence : graph.getAttribute('evidence');
  const claimsMatter = filters.minCorroboration > 0 || [...CLAIM_FACETS].some((f) => filters.picks.get(f)?.length);
  const { edgeKeys, relations } = numbers;
  return view
    ? (j) =>
        view.shows(edgeKeys[j]!) &&
        relationPasses(claimsMatter ? view.asKnown(relations[j]!) : relations[j]!, filters, evidence)
    : (j) => relationPasses(relations[j]!, filters, evidence);
}

/** Whether any filter besides the time window tests relations. */
function relationFiltered(filters: Filters): boolean {
  if (filters.minCorroboration > 0) return true;
  for (const [id, picked] of filters.picks) if (picked.length > 0 && !isEntityFacet(id)) return true;
  for (const id of filters.ranges.keys()) if (!isEntityFacet(id)) return true;
  return false;
}

interface EntitiesPassing {
  picks: Filters['picks'];
  ranges: Filters['ranges'];
  /** 1 per node number whose entity passes. */
  mask: Uint8Array;
  set: ReadonlySet<string>;
}

/**
 * The last answer per graph: while a brush drags, the entity filters (their maps) stay the same objects. Without
 * entity filters every entity passes, whatever maps say so: that answer is kept apart.
 */
const lastEntities = new WeakMap<StoryGraph, EntitiesPassing>();
const allEntities = new WeakMap<StoryGraph, EntitiesPassing>();

function entitiesPassing(graph: StoryGraph, numbers: GraphNumbers, filters: Filters): EntitiesPassing {
  const filtered = entityFiltered(filters);
  const last = (filtered ? lastEntities : allEntities).get(graph);
  if (last && (!filtered || (last.picks === filters.picks && last.ranges === filters.ranges))) return last;
  const mask = entityMask(graph, numbers, filters) ?? new Uint8Array(numbers.nodeKeys.length).fill(1);
  const set = maskedKeys(graph, numbers.nodeKeys, mask);
  const answer = { picks: filters.picks, ranges: filters.ranges, mask, set };
  (filtered ? lastEntities : allEntities).set(graph, answer);
  return answer;
}

/**
 * 1 per entity that every entity filter lets through, or null when none tests entities. Each filter's own mask is
 * kept (facetMasks.ts), so ticking a second value or a second facet tests only what changed.
 */
function entityMask(graph: StoryGraph, numbers: GraphNumbers, filters: Filters): Uint8Array | null {
  const masks: Uint8Array[] = [];
  for (const [id, picked] of filters.picks)
    if (picked.length > 0 && isEntityFacet(id) && !CLAIM_FACETS.has(id))
      masks.push(entityFacetMask(graph, numbers.entities, id, { picked }));
  for (const [id, range] of filters.ranges)
    if (isEntityFacet(id)) masks.push(entityFacetMask(graph, numbers.entities, id, { range }));
  if (masks.length <= 1) return masks[0] ?? null;
  const mask = masks[0]!.slice();
  for (const other of masks.slice(1)) for (let i = 0; i < mask.length; i++) mask[i]! &= other[i]!;
  return mask;
}

/** Whether any filter tests entities. */
function entityFiltered(filters: Filters): boolean {
  for (const [id, picked] of filters.picks) if (picked.length > 0 && isEntityFacet(id)) return true;
  for (const id of filters.ranges.keys()) if (isEntityFacet(id)) return true;
  return false;
}

/** What only the context filters (`contextFacets`) hide at the far end of shown entities' links. */
function contextOf(
  graph: StoryGraph,
  numbers: GraphNumbers,
  filters: Filters,
  shown: Uint8Array,
  passes: RelationTest,
): Visibility['context'] {
  const active = filters.contextFacets.filter(
    (id) => isEntityFacet(id) && ((filters.picks.get(id) ?? []).length > 0 || filters.ranges.has(id)),
  );
  if (active.length === 0) return undefined;
  const picks = new Map(filters.picks);
  const ranges = new Map(filters.ranges);
  for (const id of active) {
    picks.delete(id);
    ranges.delete(id);
  }
  const withoutContext: Filters = { ...filters, picks, ranges };
  const { nodeKeys, edgeKeys, source, target } = numbers;
  // Which far ends the other entity filters let through, one mask for all (null: no other entity filter).
  const others = entityMask(graph, numbers, withoutContext);
  const nodeMask = new Uint8Array(nodeKeys.length);
  const edgeMask = new Uint8Array(edgeKeys.length);
  let edgeCount = 0;
  for (let j = 0; j < edgeKeys.length; j++) {
    const sourceIn = shown[source[j]!];
    if (sourceIn === shown[target[j]!]) continue;
    const far = sourceIn ? target[j]! : source[j]!;
    if ((others && !others[far]) || (passes && !passes(j))) continue;
    nodeMask[far] = 1;
    edgeMask[j] = 1;
    edgeCount++;
  }
  return {
    nodes: maskedKeys(graph, nodeKeys, nodeMask, countOnes(nodeMask)),
    edges: maskedKeys(graph, edgeKeys, edgeMask, edgeCount),
  };
}

/** The filters with the context option of `facet` on or off. */
export function setContext(filters: Filters, facet: FacetId, on: boolean): Filters {
  const others = filters.contextFacets.filter((id) => id !== facet);
  return { ...filters, contextFacets: on ? [...others, facet] : others };
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
