// Shortest paths over the whole store: a breadth-first search from both ends at once, one set-based query per step
// (each entity visited once), always growing the smaller frontier. It stops at its limits (rows read, time) and
// says so, rather than answer late. Direction and the evidence rules follow the app's path options (model/paths.ts).
import type { PathsResponse } from '../../src/io/server/wire';
import type { GraphStore, PathQuery, WalkRow } from '../store/types';
import { ApiError } from './errors';
import { citedSources, relationsAmong } from './loaded';
import { toServerEntity } from './search';

export type { PathQuery };

export const PATH_LIMITS = { maxSteps: 12, rowsPerStep: 200_000, rowsInAll: 1_000_000, millis: 3_000 };

type Parents = Map<number, [number, number][]>;
interface Side {
  parents: Parents;
  frontier: number[];
  /**
   * What growing the frontier is expected to read: the sum of its entities' degrees, where the store's walk gives
   * them. A frontier of three that holds a supernode weighs eighty thousand.
   */
  weight: number;
  /** The largest degree in the frontier, where known (the store may skip what pays only for a supernode). */
  heaviest?: number;
  direction: 'out' | 'in' | 'both';
}
const MAX_PARENTS = 8;

function remember(parents: Parents, node: number, parent: number, relation: number): void {
  const list = parents.get(node);
  if (!list) parents.set(node, [[parent, relation]]);
  else if (list.length < MAX_PARENTS) list.push([parent, relation]);
}

/** Every route from `node` back to its side's start, as alternating entity and relation numbers. */
function routes(parents: Parents, node: number, limit: number): number[][] {
  const done: number[][] = [];
  const walk = (at: number, trail: number[]) => {
    if (done.length >= limit) return;
    const up = parents.get(at);
    if (!up || up.length === 0) return void done.push([...trail, at]);
    for (const [parent, relation] of up) walk(parent, [...trail, at, relation]);
  };
  walk(node, []);
  return done;
}

export async function shortestPaths(store: GraphStore, inv: string, query: PathQuery): Promise<PathsResponse> {
  const ends = await store.entitiesById(inv, [query.from, query.to]);
  const start = ends.find((row) => row.entity.id === query.from);
  const goal = ends.find((row) => row.entity.id === query.to);
  if (!start || !goal) {
    const missing = !start ? query.from : query.to;
    throw new ApiError(404, 'not-found', `No entity with the id "${missing}".`);
  }
  const none = (reason: string): PathsResponse => ({
    found: false,
    reason,
    paths: [],
    entities: [],
    relations: [],
    sources: [],
  });
  if (start.n === goal.n) return none('The two ends are the same entity.');

  // Each side starts from its end alone, which is its own root (no parents).
  const sideFrom = (end: { n: number; degree: number }, direction: Side['direction']): Side => ({
    parents: new Map([[end.n, []]]) as Parents,
    frontier: [end.n],
    weight: end.degree,
    heaviest: end.degree,
    direction,
  });
  const sides: [Side, Side] = [
    sideFrom(start, query.directed ? 'out' : 'both'),
    sideFrom(goal, query.directed ? 'in' : 'both'),
  ];
  // Degrees and entity counts are not comparable weights: once a walk comes back without degrees (the store does
  // not have them at hand), both sides are weighed by how many entities their frontiers hold, as they were before.
  let byDegree = true;
  const weigh = (side: Side) => (byDegree ? side.weight : side.frontier.length);
  const began = Date.now();
  let read = 0;
  let meeting: number[] = [];
  for (let step = 0; step < PATH_LIMITS.maxSteps && meeting.length === 0; step++) {
    const side = weigh(sides[0]) <= weigh(sides[1]) ? sides[0] : sides[1];
    const other = side === sides[0] ? sides[1] : sides[0];
    if (side.frontier.length === 0) break;
    const rows: WalkRow[] = await store.walk(side.frontier, {
      direction: side.direction,
      rules: query.rules,
      cap: PATH_LIMITS.rowsPerStep,
      // A path found at this step ends in the other side's frontier: nodes it reached earlier were met earlier.
      meet: other.frontier,
      heaviest: side.heaviest,
    });
    read += rows.length;
    if (
      rows.length >= PATH_LIMITS.rowsPerStep ||
      read > PATH_LIMITS.rowsInAll ||
      Date.now() - began > PATH_LIMITS.millis
    ) {
      return none(
        'The search stopped at its limits before the two entities met: they are far apart through very connected entities.',
      );
    }
    const next = new Set<number>();
    let degrees = 0;
    let heaviest = 0;
    let degreesKnown = true;
    for (const row of rows) {
      const seen = side.parents.has(row.neighbour);
      if (seen && !next.has(row.neighbour)) continue;
      remember(side.parents, row.neighbour, row.entity, row.relation);
      if (!next.has(row.neighbour)) {
        next.add(row.neighbour);
        if (row.neighbourDegree === undefined) degreesKnown = false;
        else {
          degrees += row.neighbourDegree;
          heaviest = Math.max(heaviest, row.neighbourDegree);
        }
      }
    }
    side.frontier = [...next];
    side.weight = degrees;
    side.heaviest = degreesKnown ? heaviest : undefined;
    if (!degreesKnown) byDegree = false;
    meeting = [...next].filter((n) => other.parents.has(n));
  }
  if (meeting.length === 0) {
    return none(query.rules ? 'No path joins them over links that pass the evidence rules.' : 'No path joins them.');
  }

  const paths: { entities: number[]; relations: number[] }[] = [];
  for (const middle of meeting) {
    // Two supernodes' neighbourhoods can meet in thousands of places; the routes through the rest go unread.
    if (paths.length >= query.maxPaths) break;
    for (const head of routes(sides[0].parents, middle, query.maxPaths)) {
      for (const tail of routes(sides[1].parents, middle, query.maxPaths)) {
        if (paths.length >= query.maxPaths) break;
        const forward = [...head].reverse().concat(tail.slice(1));
        paths.push({
          entities: forward.filter((_, i) => i % 2 === 0),
          relations: forward.filter((_, i) => i % 2 === 1),
        });
      }
    }
  }
  const entityNs = [...new Set(paths.flatMap((p) => p.entities))];
  const entityRows = await store.entitiesByN(entityNs);
  const relationRows = await store.relationsByN([...new Set(paths.flatMap((p) => p.relations))]);
  const idOf = new Map(entityRows.map((row) => [row.n, row.entity.id]));
  const relationIdOf = new Map(relationRows.map((row) => [row.n, row.relation.id]));
  const members = new Map(entityRows.map((row) => [row.n, row.degree]));
  const relations = await relationsAmong(store, members);
  return {
    found: true,
    paths: paths.map((p) => ({
      entities: p.entities.map((n) => idOf.get(n)!),
      relations: p.relations.map((n) => relationIdOf.get(n)!),
    })),
    entities: entityRows.map(toServerEntity),
    relations,
    sources: await citedSources(store, inv, relations),
  };
}
