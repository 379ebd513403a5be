// An expand's reads around its page of neighbours in one statement (server/graph/expand.ts): the counts by type,
// the neighbours picked (their entities), and the types of the rows from the given entities to what is skipped or
// picked. Asked one by one they were four statements, each a round trip, a parse and a plan.
import type pg from 'pg';
import type { EntityRow, NeighbourPage, NeighbourQuery } from '../types';
import { pickedNeighbours } from './reads';

// Each part is one json array (bodies are `json` already, so they are copied, not re-encoded). The rows to skipped
// or picked neighbours are found by the (entity, neighbour) index, as adjacencyBetween finds them.
const COUNTS = `
    (SELECT json_agg(json_build_array(relation_type, neighbour_type, count) ORDER BY relation_type, neighbour_type)
     FROM (SELECT relation_type, neighbour_type, sum(count)::int AS count FROM neighbour_counts
           WHERE entity = ANY($1::bigint[]) GROUP BY relation_type, neighbour_type) AS c) AS counts`;
const takenSql = (among: string) => `
    (SELECT json_agg(json_build_array(relation_type, neighbour_type, count))
     FROM (SELECT t.relation_type, t.neighbour_type, count(*)::int AS count FROM adjacency t
           WHERE t.entity = ANY($1::bigint[]) AND t.neighbour = ANY(${among})
           GROUP BY t.relation_type, t.neighbour_type) AS t) AS taken`;
const pageSql = (direction: 'DESC' | 'ASC') => `
  WITH ${pickedNeighbours(direction)}
  SELECT ${COUNTS},
    (SELECT json_agg(json_build_array(e.n, e.body, e.degree) ORDER BY e.n)
     FROM entities e WHERE e.n IN (SELECT neighbour FROM picked)) AS entities,
    ${takenSql('$4::bigint[] || ARRAY(SELECT neighbour FROM picked)')}`;
const PAGE = { most: pageSql('DESC'), least: pageSql('ASC') };
/** With no neighbours asked for (a supernode's counts before its expand), the page's planning is not worth it. */
const COUNTS_ONLY = `SELECT ${COUNTS}, NULL::json AS entities, ${takenSql('$2::bigint[]')}`;

interface PageDbRow {
  counts: [string, string, number][] | null;
  entities: [number, EntityRow['entity'], number][] | null;
  taken: [string, string, number][] | null;
}

export async function neighbourPage(
  db: pg.Pool,
  entities: readonly number[],
  query: NeighbourQuery,
): Promise<NeighbourPage> {
  const exclude = [...(query.exclude ?? [])];
  const { rows } =
    query.limit <= 0
      ? await db.query<PageDbRow>(COUNTS_ONLY, [entities, exclude])
      : await db.query<PageDbRow>(PAGE[query.order ?? 'most'], [
          entities,
          query.relationTypes ?? null,
          query.entityTypes ?? null,
          exclude,
          query.limit,
        ]);
  const page = rows[0]!;
  const counts = (list: [string, string, number][] | null) =>
    (list ?? []).map(([relationType, entityType, count]) => ({ relationType, entityType, count }));
  return {
    counts: counts(page.counts),
    entities: (page.entities ?? []).map(([n, entity, degree]) => ({ n, entity, degree })),
    taken: counts(page.taken),
  };
}
