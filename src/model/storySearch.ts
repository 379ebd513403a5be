// One search over a story: entities by name or alias, sources by outlet, author and title, and relations by how
// they read ("Nicolás Maduro asked for aid from Russia"), each kind ranked on its own so the list can group them.
import type { StoryGraph } from './graph';
import type { Entity, Source } from './schema';
import {
  fold,
  hasSearchIndex,
  indexedName,
  joinedNamesInSlices,
  keepPackedIndex,
  rank,
  searchIndexInSlices,
  searchIndexOf,
  type EntityIndex,
  type Indexed,
  type Ranked,
  type SearchList,
} from './search';
import {
  packedEntityNames,
  packedRelationNames,
  searchJobInSlices,
  type SearchJob,
  type SearchJobReply,
} from './searchJob';
import { forEachInSlices } from './timeSlices';

export interface StoryMatches {
  entities: Ranked<Entity>;
  sources: Ranked<Source>;
  /** Relations by edge key. */
  relations: Ranked<string>;
}

/** How many of each kind a search keeps: the list shows these and says how many more there are. */
export interface SearchLimits {
  entities: number;
  sources: number;
  relations: number;
}

export const DEFAULT_LIMITS: SearchLimits = { entities: 8, sources: 5, relations: 5 };

/**
 * Relations are searched from this many letters on: a reading names two entities and a type, so one or two letters
 * match nearly every relation, which tells nothing and is the costliest scan of a big graph.
 */
export const RELATION_QUERY_MIN = 3;

const sourceIndexes = new WeakMap<readonly Source[], Indexed<Source>[]>();
const relationIndexes = new WeakMap<StoryGraph, SearchList<string>>();

/** Sources in the story's order (its author's), so among equal matches the first listed ranks first. */
function sourceIndexOf(sources: readonly Source[]): Indexed<Source>[] {
  let index = sourceIndexes.get(sources);
  if (!index) {
    index = sources.map((source) => ({
      item: source,
      names: [source.outlet, source.author, source.title].filter((n): n is string => !!n).map((n) => indexedName(n)),
    }));
    sourceIndexes.set(sources, index);
  }
  return index;
}

/**
 * Each relation's reading, folded. Built on the first search that needs it and kept with the graph. The readings
 * are put together from the entity labels the entity index has already folded (a node's attributes are its dataset
 * record, the same object) and each type label folded once, so 100k relations cost 100k string joins, not 100k
 * foldings. Only the folded form is kept; the list reads the few it shows afresh.
 */
function relationIndexOf(graph: StoryGraph, entities: EntityIndex): SearchList<string> {
  let index = relationIndexes.get(graph);
  if (!index) {
    const readings = relationReadings(graph, entities);
    const built: Indexed<string>[] = [];
    graph.forEachEdge((edge) =>
      built.push({ item: edge, names: [{ original: '', folded: readings(edge), isAlias: false }] }),
    );
    relationIndexes.set(graph, (index = built));
  }
  return index;
}

/** A relation's reading, folded, by edge key: "<source label> <type label> <target label>". */
function relationReadings(graph: StoryGraph, entities: EntityIndex): (edge: string) => string {
  const labels = new Map<Entity, string>();
  // A packed index (the worker's) comes with the relations' own: its labels are not read here.
  if (Array.isArray(entities.items)) for (const { item, names } of entities.items) labels.set(item, names[0]!.folded);
  const labelOf = (entity: Entity) => labels.get(entity) ?? fold(entity.label);
  const styles = graph.getAttribute('styles');
  const typeLabels = new Map<string, string>();
  const typeLabel = (type: string) => {
    let label = typeLabels.get(type);
    if (label === undefined) typeLabels.set(type, (label = fold(styles.relation(type).label)));
    return label;
  };
  return (edge) => {
    const from = graph.getSourceAttributes(edge);
    const to = graph.getTargetAttributes(edge);
    return `${labelOf(from)} ${typeLabel(graph.getEdgeAttribute(edge, 'type'))} ${labelOf(to)}`;
  };
}

/** How many relation readings between two looks at the clock: 1,024 of them took 90 ms under the tracer. */
const READINGS_CHECK_EVERY = 128;

/**
 * Makes a big story's search indexes in slices (timeSlices.ts) ahead of its first search, which would otherwise
 * hold the page for over a second at 200,000 entities and 400,000 relations.
 */
export async function prepareSearchInSlices(graph: StoryGraph, entities: readonly Entity[]): Promise<void> {
  const entityIndex = hasSearchIndex(entities) ? searchIndexOf(entities) : await searchIndexInSlices(entities);
  if (relationIndexes.has(graph)) return;
  const edges = graph.edges();
  const readings = relationReadings(graph, entityIndex);
  const built = new Array<Indexed<string>>(edges.length);
  // A reading costs a few graph look-ups and a folding: the clock is read more often than the default.
  await forEachInSlices(
    edges.length,
    (j) => {
      const edge = edges[j]!;
      built[j] = { item: edge, names: [{ original: '', folded: readings(edge), isAlias: false }] };
    },
    READINGS_CHECK_EVERY,
  );
  if (!relationIndexes.has(graph)) relationIndexes.set(graph, built);
  // The texts each query scans (search.ts, joinedNames), not made by the first query.
  if (Array.isArray(entityIndex.items)) await joinedNamesInSlices(entityIndex.items);
  const relationIndex = relationIndexes.get(graph)!;
  if (Array.isArray(relationIndex)) await joinedNamesInSlices(relationIndex);
}

/** Makes a job's indexes elsewhere (a worker): the reply, or null when it could not. */
export type SearchIndexer = (job: SearchJob) => Promise<SearchJobReply | null>;

/**
 * Makes a big story's search indexes ahead of its first search: through `indexer` (a worker) when given, else, or
 * when it fails, in slices on the page. A search made meanwhile makes its own indexes at once, as before the
 * worker; those are kept, and the worker's answer is then left unused.
 */
export async function prepareSearch(
  graph: StoryGraph,
  entities: readonly Entity[],
  indexer?: SearchIndexer | null,
): Promise<void> {
  if (hasSearchIndex(entities) && relationIndexes.has(graph)) return;
  if (indexer) {
    const job = await searchJobInSlices(graph, entities);
    const reply = job && (await indexer(job).catch(() => null));
    if (reply) return keepSearchReply(graph, entities, reply);
  }
  await prepareSearchInSlices(graph, entities);
}

/** Keeps the worker's indexes, each unless a search made one meanwhile. */
export function keepSearchReply(graph: StoryGraph, entities: readonly Entity[], reply: SearchJobReply): void {
  keepPackedIndex(entities, { items: packedEntityNames(entities, reply) });
  if (!relationIndexes.has(graph)) relationIndexes.set(graph, packedRelationNames(graph, reply));
}

/**
 * Finds `query` among a story's entities, sources and relations. `entities` is the dataset's list, whose index the
 * "Path to…" search shares. Each index is built on the first query that needs it, not when the graph opens.
 */
export function searchStory(
  graph: StoryGraph,
  entities: readonly Entity[],
  query: string,
  limits: SearchLimits = DEFAULT_LIMITS,
): StoryMatches {
  const none = { matches: [], total: 0 };
  const length = fold(query).length;
  if (length === 0) return { entities: none, sources: none, relations: none };
  const entityIndex = searchIndexOf(entities);
  return {
    entities: rank(entityIndex.items, query, limits.entities),
    sources: rank(sourceIndexOf(graph.getAttribute('sources')), query, limits.sources),
    relations: length < RELATION_QUERY_MIN ? none : rank(relationIndexOf(graph, entityIndex), query, limits.relations),
  };
}
