// The PostgreSQL store's reads: records by id or number, and the adjacency walks under expand and paths (search is
// in search.ts).
// Every value reaches PostgreSQL as a parameter; filters that may be absent are `$k IS NULL OR …`, which PostgreSQL
// settles when it plans the statement with its values, so each statement is one constant text.
import type pg from 'pg';
import type { Relation, Source } from '../../../src/model/schema';
import type {
  AdjacencyRow,
  EntityRow,
  NeighbourCount,
  NeighbourQuery,
  RelationRow,
  WalkQuery,
  WalkRow,
} from '../types';
import { foldedLabel } from './words';

export interface EntityDbRow {
  n: string;
  body: EntityRow['entity'];
  degree: number;
}
interface AdjacencyDbRow {
  entity: string;
  neighbour: string;
  relation: string;
  relation_type: string;
  neighbour_type: string;
  outgoing: boolean;
}

export const ENTITY_COLUMNS = 'n, body, degree';
export const toEntity = (row: EntityDbRow): EntityRow => ({ n: Number(row.n), entity: row.body, degree: row.degree });
const toAdjacency = (row: AdjacencyDbRow): AdjacencyRow => ({
  entity: Number(row.entity),
  neighbour: Number(row.neighbour),
  relation: Number(row.relation),
  relationType: row.relation_type,
  neighbourType: row.neighbour_type,
  outgoing: row.outgoing,
});
const ADJACENCY_COLUMNS = 'entity, neighbour, relation, relation_type, neighbour_type, outgoing';

export async function exactLabel(db: pg.Pool, inv: string, folded: string, limit: number): Promise<EntityRow[]> {
  const { rows } = await db.query<EntityDbRow>(
    `SELECT ${ENTITY_COLUMNS} FROM entities WHERE inv = $1 AND folded = $2 ORDER BY degree DESC, n LIMIT $3`,
    [inv, foldedLabel(folded), limit],
  );
  return rows.map(toEntity);
}

export async function entitiesById(db: pg.Pool, inv: string, ids: readonly string[]): Promise<EntityRow[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<EntityDbRow>(
    `SELECT ${ENTITY_COLUMNS} FROM entities WHERE inv = $1 AND id = ANY($2::text[]) ORDER BY n`,
    [inv, ids],
  );
  return rows.map(toEntity);
}

export async function entitiesByN(db: pg.Pool, ns: readonly number[]): Promise<EntityRow[]> {
  if (ns.length === 0) return [];
  const { rows } = await db.query<EntityDbRow>(
    `SELECT ${ENTITY_COLUMNS} FROM entities WHERE n = ANY($1::bigint[]) ORDER BY n`,
    [ns],
  );
  return rows.map(toEntity);
}

/** Relations with their claims put back, in claim order. */
export const RELATION_WITH_CLAIMS = `
  SELECT r.n, r.body, coalesce(c.claims, '[]'::json) AS claims
  FROM relations r
  LEFT JOIN LATERAL (SELECT json_agg(body ORDER BY idx) AS claims FROM claims WHERE relation_n = r.n) AS c ON true`;

export interface RelationDbRow {
  n: string;
  body: Omit<Relation, 'claims'>;
  claims: Relation['claims'];
}
export const toRelation = (row: RelationDbRow): RelationRow => ({
  n: Number(row.n),
  relation: { ...row.body, claims: row.claims },
});

export async function relationsByN(db: pg.Pool, ns: readonly number[]): Promise<RelationRow[]> {
  if (ns.length === 0) return [];
  const { rows } = await db.query<RelationDbRow>(`${RELATION_WITH_CLAIMS} WHERE r.n = ANY($1::bigint[]) ORDER BY r.n`, [
    ns,
  ]);
  return rows.map(toRelation);
}

/**
 * The relations among a set in one round trip (server/graph/loaded.ts): the adjacency's (entity, neighbour) index
 * finds each pair by key, so a supernode's rows are not read through either way.
 */
export async function relationsAmong(
  db: pg.Pool,
  light: readonly number[],
  all: readonly number[],
  heavy: readonly number[],
): Promise<RelationRow[]> {
  if (light.length === 0 && heavy.length === 0) return [];
  const { rows } = await db.query<RelationDbRow>(
    `${RELATION_WITH_CLAIMS} WHERE r.n IN (
      SELECT relation FROM adjacency WHERE entity = ANY($1::bigint[]) AND neighbour = ANY($2::bigint[])
      UNION SELECT relation FROM adjacency WHERE entity = ANY($3::bigint[]) AND neighbour = ANY($3::bigint[]))
    ORDER BY r.n`,
    [light, all, heavy],
  );
  return rows.map(toRelation);
}

/** The sources without their stored texts (what expand and paths send; the export reads the texts itself). */
export async function sourcesById(db: pg.Pool, inv: string, ids: readonly string[]): Promise<Source[]> {
  if (ids.length === 0) return [];
  const { rows } = await db.query<{ body: Source }>(
    'SELECT body FROM sources WHERE inv = $1 AND id = ANY($2::text[]) ORDER BY n',
    [inv, ids],
  );
  return rows.map((row) => row.body);
}

export async function neighbourCounts(db: pg.Pool, entities: readonly number[]): Promise<NeighbourCount[]> {
  if (entities.length === 0) return [];
  const { rows } = await db.query<NeighbourCount>(
    `SELECT relation_type AS "relationType", neighbour_type AS "entityType", sum(count)::int AS count
     FROM neighbour_counts WHERE entity = ANY($1::bigint[])
     GROUP BY relation_type, neighbour_type ORDER BY relation_type, neighbour_type`,
    [entities],
  );
  return rows;
}

// Neighbours are picked per entity through the adjacency index, distinct, in the order asked and cut at the limit,
// so a supernode costs no more than `limit` neighbours; the picks of all entities are merged and cut again. Then
// every row from the entities to each neighbour picked is read (one probe per pair), in the picked order.
const neighbourFilter = (a: string) => `
  AND ($2::text[] IS NULL OR ${a}.relation_type = ANY($2::text[]))
  AND ($3::text[] IS NULL OR ${a}.neighbour_type = ANY($3::text[]))
  AND NOT (${a}.neighbour = ANY($4::bigint[]))`;
/** The neighbours picked: $1 the entities, $2–$4 the filters, $5 the limit. */
export const pickedNeighbours = (direction: 'DESC' | 'ASC') => `
  picked AS MATERIALIZED (
    SELECT DISTINCT p.neighbour_degree, p.neighbour
    FROM unnest($1::bigint[]) AS f(n)
    CROSS JOIN LATERAL (
      SELECT DISTINCT c.neighbour_degree, c.neighbour FROM adjacency c
      WHERE c.entity = f.n ${neighbourFilter('c')}
      ORDER BY c.neighbour_degree ${direction}, c.neighbour ${direction} LIMIT $5
    ) AS p
    ORDER BY p.neighbour_degree ${direction}, p.neighbour ${direction} LIMIT $5
  )`;
const neighboursSql = (direction: 'DESC' | 'ASC') => `
  WITH ${pickedNeighbours(direction)}
  SELECT a.entity, a.neighbour, a.relation, a.relation_type, a.neighbour_type, a.outgoing
  FROM picked p
  JOIN adjacency a ON a.entity = ANY($1::bigint[]) AND a.neighbour = p.neighbour ${neighbourFilter('a')}
  ORDER BY p.neighbour_degree ${direction}, p.neighbour ${direction}, a.entity, a.relation`;
/** Without an order asked for, the most connected first (as the SQLite store does). */
const NEIGHBOURS = { most: neighboursSql('DESC'), least: neighboursSql('ASC') };

export async function neighbours(
  db: pg.Pool,
  entities: readonly number[],
  query: NeighbourQuery,
): Promise<AdjacencyRow[]> {
  if (entities.length === 0 || query.limit <= 0) return [];
  const { rows } = await db.query<AdjacencyDbRow>(NEIGHBOURS[query.order ?? 'most'], [
    entities,
    query.relationTypes ?? null,
    query.entityTypes ?? null,
    [...(query.exclude ?? [])],
    query.limit,
  ]);
  return rows.map(toAdjacency);
}

export async function adjacencyBetween(
  db: pg.Pool,
  entities: readonly number[],
  among: readonly number[],
): Promise<AdjacencyRow[]> {
  if (entities.length === 0 || among.length === 0) return [];
  const { rows } = await db.query<AdjacencyDbRow>(
    `SELECT ${ADJACENCY_COLUMNS} FROM adjacency WHERE entity = ANY($1::bigint[]) AND neighbour = ANY($2::bigint[])`,
    [entities, among],
  );
  return rows.map(toAdjacency);
}

/**
 * 'out' follows rows that point away from the entity (undirected ones always do); 'in' those that point to it
 * (a directed relation seen from its target) or are undirected; 'both' every row. When some rows lead into $7 (the
 * entities the walk hopes to meet) and the cap was not reached, only those come back: a walk from a frontier that
 * holds a supernode reads a hundred thousand rows, and sending them all to find the few that meet costs more than
 * reading them. The answer is one row of column lists (numbers joined by commas): a hundred
 * thousand rows of objects cost node-postgres several times more to take apart.
 */
const WALK = `
  WITH walked AS MATERIALIZED (
    SELECT a.entity, a.neighbour, a.relation, a.outgoing, a.neighbour_degree,
      a.neighbour = ANY($7::bigint[]) AS met
    FROM adjacency a
    WHERE a.entity = ANY($1::bigint[])
      AND ($2 <> 'out' OR a.outgoing)
      AND ($2 <> 'in' OR NOT a.outgoing OR NOT a.directed)
      AND a.origins >= $3 AND (NOT $4 OR NOT a.disputed) AND (NOT $5 OR a.happened)
    LIMIT $6
  ),
  verdict AS (SELECT count(*) >= $6 OR NOT coalesce(bool_or(met), false) AS everything FROM walked)
  SELECT string_agg(entity::text, ',') AS entity, string_agg(neighbour::text, ',') AS neighbour,
    string_agg(relation::text, ',') AS relation, string_agg(outgoing::int::text, '') AS outgoing,
    string_agg(neighbour_degree::text, ',') AS neighbour_degree
  FROM walked, verdict WHERE met OR everything`;

/** About how many of an entity's adjacency rows are read in the time one row is found by its key. */
const SEEK_COST = 16;
/** The rules on a row of `adjacency a`, as in WALK. */
const WALK_RULES = `($2 <> 'out' OR a.outgoing) AND ($2 <> 'in' OR NOT a.outgoing OR NOT a.directed)
  AND a.origins >= $3 AND (NOT $4 OR NOT a.disputed) AND (NOT $5 OR a.happened)`;

/**
 * WALK when the frontier may hold a supernode: entities with more rows than $8 (about what finding each of $7 by
 * its key costs) have their rows into $7 found by the (entity, neighbour) index instead of read through, and read
 * through only when no row of the step meets (the last part runs only then: its condition is the verdict alone).
 */
const WALK_MEETING = `
  WITH f AS MATERIALIZED (SELECT n, degree > $8 AS heavy FROM entities WHERE n = ANY($1::bigint[])),
  walked AS MATERIALIZED (
    SELECT a.entity, a.neighbour, a.relation, a.outgoing, a.neighbour_degree, a.neighbour = ANY($7::bigint[]) AS met
    FROM adjacency a
    WHERE a.entity IN (SELECT n FROM f WHERE NOT heavy) AND ${WALK_RULES}
    LIMIT $6),
  keyed AS MATERIALIZED (
    SELECT a.entity, a.neighbour, a.relation, a.outgoing, a.neighbour_degree
    FROM adjacency a
    WHERE a.entity IN (SELECT n FROM f WHERE heavy) AND a.neighbour = ANY($7::bigint[]) AND ${WALK_RULES}),
  verdict AS (SELECT (SELECT count(*) FROM walked) >= $6
    OR NOT (coalesce((SELECT bool_or(met) FROM walked), false) OR EXISTS (SELECT 1 FROM keyed)) AS everything),
  answered AS (
    SELECT entity, neighbour, relation, outgoing, neighbour_degree FROM walked WHERE met OR (SELECT everything FROM verdict)
    UNION ALL
    SELECT entity, neighbour, relation, outgoing, neighbour_degree FROM keyed WHERE NOT (SELECT everything FROM verdict)
    UNION ALL
    (SELECT a.entity, a.neighbour, a.relation, a.outgoing, a.neighbour_degree
    FROM adjacency a
    WHERE (SELECT everything FROM verdict) AND a.entity IN (SELECT n FROM f WHERE heavy) AND ${WALK_RULES}
    LIMIT greatest(0, $6 - (SELECT count(*) FROM walked))))
  SELECT string_agg(entity::text, ',') AS entity, string_agg(neighbour::text, ',') AS neighbour,
    string_agg(relation::text, ',') AS relation, string_agg(outgoing::int::text, '') AS outgoing,
    string_agg(neighbour_degree::text, ',') AS neighbour_degree
  FROM answered`;

interface WalkedLists {
  entity: string | null;
  neighbour: string | null;
  relation: string | null;
  outgoing: string | null;
  neighbour_degree: string | null;
}

export async function walk(db: pg.Pool, frontier: readonly number[], query: WalkQuery): Promise<WalkRow[]> {
  if (frontier.length === 0 || query.cap <= 0) return [];
  const rules = query.rules ?? { minOrigins: 0, excludeDisputed: false, happenedOnly: false };
  const meet = query.meet ?? [];
  const scanUpTo = meet.length * SEEK_COST;
  const params = [frontier, query.direction, rules.minOrigins, rules.excludeDisputed, rules.happenedOnly, query.cap];
  // Without a supernode in the frontier (as far as the caller knows), every entity's rows are read through.
  const { rows } =
    meet.length === 0 || (query.heaviest !== undefined && query.heaviest <= scanUpTo)
      ? await db.query<WalkedLists>(WALK, [...params, meet])
      : await db.query<WalkedLists>(WALK_MEETING, [...params, meet, scanUpTo]);
  const lists = rows[0]!;
  if (lists.entity === null) return [];
  const numbers = (list: string | null) => list!.split(',').map(Number);
  const [entity, neighbour, relation, degree] = [
    lists.entity,
    lists.neighbour,
    lists.relation,
    lists.neighbour_degree,
  ].map(numbers) as [number[], number[], number[], number[]];
  return entity.map((n, i) => ({
    entity: n,
    neighbour: neighbour[i]!,
    relation: relation[i]!,
    outgoing: lists.outgoing![i] === '1',
    neighbourDegree: degree[i]!,
  }));
}
