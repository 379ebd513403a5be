// Expanding entities: a capped page of neighbours, in the order asked, with every relation among what is returned
// and the ids given, and the counts by type of what was left out (Aleph's counts-then-list; with limit 0 only the
// counts, which is how the app asks before it expands a supernode).
import { EXPAND_LIMIT_MAX, type ExpandRequest, type ExpandResponse, type LeftOut } from '../../src/io/server/wire';
import type {
  AdjacencyRow,
  EntityRow,
  GraphStore,
  NeighbourCount,
  NeighbourPage,
  NeighbourQuery,
} from '../store/types';
import { ApiError } from './errors';
import { citedSources, relationsAmong } from './loaded';
import { toServerEntity } from './search';

function leftOut(all: NeighbourCount[], taken: NeighbourCount[]): LeftOut {
  const byRelationType: Record<string, number> = {};
  const byEntityType: Record<string, number> = {};
  let total = 0;
  const add = (relationType: string, entityType: string, count: number) => {
    byRelationType[relationType] = (byRelationType[relationType] ?? 0) + count;
    byEntityType[entityType] = (byEntityType[entityType] ?? 0) + count;
    total += count;
  };
  for (const row of all) add(row.relationType, row.entityType, row.count);
  for (const row of taken) add(row.relationType, row.entityType, -row.count);
  for (const counts of [byRelationType, byEntityType]) {
    for (const [key, count] of Object.entries(counts)) if (count <= 0) delete counts[key];
  }
  return { total: Math.max(total, 0), byRelationType, byEntityType };
}

/** NeighbourPage from the store's primitives, for a store that does not answer it in one step. */
async function pageFromPrimitives(
  store: GraphStore,
  givenNs: readonly number[],
  query: NeighbourQuery,
): Promise<NeighbourPage> {
  const [counts, rows] = await Promise.all([
    store.neighbourCounts(givenNs),
    query.limit > 0 ? store.neighbours(givenNs, query) : Promise.resolve([] as AdjacencyRow[]),
  ]);
  const neighbourNs = [...new Set(rows.map((row) => row.neighbour))];
  const entities: EntityRow[] = neighbourNs.length ? await store.entitiesByN(neighbourNs) : [];
  // What is not left out: every relation (seen from the ids given) to a neighbour returned or already loaded.
  const taken = await store.adjacencyBetween(givenNs, [...new Set([...(query.exclude ?? []), ...neighbourNs])]);
  return {
    counts,
    entities,
    taken: taken.map((row) => ({ relationType: row.relationType, entityType: row.neighbourType, count: 1 })),
  };
}

export async function expand(store: GraphStore, inv: string, request: ExpandRequest): Promise<ExpandResponse> {
  const limit = Math.min(request.limit, EXPAND_LIMIT_MAX);
  const given = await store.entitiesById(inv, request.ids);
  if (given.length !== new Set(request.ids).size) {
    const known = new Set(given.map((row) => row.entity.id));
    const missing = request.ids.filter((id) => !known.has(id)).slice(0, 5);
    throw new ApiError(404, 'not-found', `No entity with the id ${missing.map((id) => `"${id}"`).join(', ')}.`);
  }
  const excluded = request.exclude?.length ? await store.entitiesById(inv, request.exclude) : [];
  const givenNs = given.map((row) => row.n);
  const skip = new Set([...givenNs, ...excluded.map((row) => row.n)]);

  const query: NeighbourQuery = {
    limit,
    exclude: skip,
    ...(request.order && { order: request.order }),
    ...(request.relationTypes && { relationTypes: request.relationTypes }),
    ...(request.entityTypes && { entityTypes: request.entityTypes }),
  };
  const page = store.neighbourPage
    ? await store.neighbourPage(givenNs, query)
    : await pageFromPrimitives(store, givenNs, query);
  const neighbours = page.entities;
  const members = new Map<number, number>();
  for (const row of [...given, ...neighbours]) members.set(row.n, row.degree);
  const relations = await relationsAmong(store, members);
  return {
    entities: neighbours.map(toServerEntity),
    relations,
    sources: await citedSources(store, inv, relations),
    more: leftOut(page.counts, page.taken),
  };
}
