// The embedded store: one SQLite file (better-sqlite3, WAL) holding every investigation. Queries are prepared once
// with `?` parameters; lists of numbers go in as one JSON array parameter (json_each), so no value is ever spliced
// into SQL text. Full-text search is FTS5 over folded names.
import { mkdirSync } from 'node:fs';
import type Database from 'better-sqlite3';
import { dirname } from 'node:path';
import type { Entity, Relation, Source } from '../../../src/model/schema';
import type { DatasetHead, InvestigationDetails, InvestigationSummary } from '../../../src/io/server/wire';
import { fold } from '../../../src/model/search';
import { DIRECTED, DISPUTED, HAPPENED, OUTGOING, searchTokens } from '../adjacencyFlags';
import type { AdjacencyRow, EntityRow, ExportRecord, NeighbourQuery, RelationRow, Store, WalkQuery } from '../types';
import { migrate } from './schema';
import { openConnection } from './connection';
import { sqliteImportSink } from './importSink';
import { inThreadWriter, workerWriter } from './writerChannel';
import { defaultReaders, readerPool } from './readerPool';
import { labelKey } from './labelKey';
import { indexWords } from './indexWords';

interface RawEntity {
  n: number;
  body: string;
  degree: number;
}
interface RawAdjacency {
  entity: number;
  neighbour: number;
  relation: number;
  /** Type names by their store-wide codes (table type_codes). */
  relation_type: number;
  neighbour_type: number;
  flags: number;
}

const toEntityRow = (raw: RawEntity): EntityRow => ({
  n: raw.n,
  entity: JSON.parse(raw.body) as Entity,
  degree: raw.degree,
});
const json = (values: readonly (string | number)[]) => JSON.stringify(values);
/** An entity's degree, from the narrow table the import writes at its end (no row: no relations). */
const DEGREE = 'coalesce(d.degree, 0) AS degree';
const WITH_DEGREE = 'LEFT JOIN entity_degrees d ON d.n = e.n';

/**
 * One breadth-first step, with each neighbour's degree (the search from both ends grows the lighter side). When some
 * rows lead into @meet (the other side's frontier) and the cap was not reached, only those come back: the path ends
 * there, and a frontier that holds a supernode would otherwise hand over a hundred thousand rows to throw away.
 * Rows come as arrays, not objects: a walk's rows are many and only five numbers each.
 */
const WALK = `
  WITH walked AS MATERIALIZED (
    SELECT a.entity, a.neighbour, a.relation, a.flags, a.neighbour_degree,
      a.neighbour IN (SELECT value FROM json_each(@meet)) AS met
    FROM json_each(@frontier) j JOIN adjacency a ON a.entity = j.value /* conditions */
    LIMIT @cap),
  verdict AS (SELECT count(*) >= @cap OR NOT coalesce(max(met), 0) AS everything FROM walked)
  SELECT entity, neighbour, relation, flags, neighbour_degree FROM walked, verdict WHERE met OR everything`;

/** About how many of an entity's adjacency rows are read in the time one row is found by its key (measured). */
const SEEK_COST = 16;

/**
 * The walk's step when it hopes to meet @meet: frontier entities with few rows (up to @scanUpTo, about what finding
 * each of @meet by its key costs) are read through as in WALK; a supernode's rows into @meet are found by their key
 * (entity, the neighbour's degree, neighbour), as in BETWEEN, instead of reading its tens of thousands to keep the
 * few that meet. When some row meets and the cap was not reached, only the meeting rows come back (kind 0). When
 * none does, every row read comes back, and each supernode of the frontier as a row of kind 1: the caller reads
 * those through after (WALK), as a step that does not meet needs all of them.
 */
const WALK_MEETING = `
  WITH f AS MATERIALIZED (
    SELECT j.value AS n, coalesce(d.degree, 0) AS degree FROM json_each(@frontier) j
    LEFT JOIN entity_degrees d ON d.n = j.value),
  walked AS MATERIALIZED (
    SELECT a.entity, a.neighbour, a.relation, a.flags, a.neighbour_degree,
      a.neighbour IN (SELECT value FROM json_each(@meet)) AS met
    FROM f CROSS JOIN adjacency a ON a.entity = f.n WHERE f.degree <= @scanUpTo /* conditions */
    LIMIT @cap),
  keyed AS MATERIALIZED (
    SELECT a.entity, a.neighbour, a.relation, a.flags, a.neighbour_degree
    FROM f CROSS JOIN json_each(@meet) k CROSS JOIN entity_degrees d ON d.n = k.value
    CROSS JOIN adjacency a ON a.entity = f.n AND a.neighbour_degree = d.degree AND a.neighbour = k.value
    WHERE f.degree > @scanUpTo /* conditions */),
  verdict AS (SELECT (SELECT count(*) FROM walked) >= @cap
    OR NOT (coalesce((SELECT max(met) FROM walked), 0) OR EXISTS (SELECT 1 FROM keyed)) AS everything)
  SELECT entity, neighbour, relation, flags, neighbour_degree, 0 FROM walked, verdict WHERE met OR everything
  UNION ALL
  SELECT entity, neighbour, relation, flags, neighbour_degree, 0 FROM keyed, verdict WHERE NOT everything
  UNION ALL
  SELECT n, 0, 0, 0, 0, 1 FROM f, verdict WHERE everything AND f.degree > @scanUpTo`;

/**
 * Every adjacency row from @entities to @among (distinct). An entity's rows are read through when it has few
 * (@scanUpTo, about what finding each of @among by its key costs); a supernode's, tens of thousands, are not: each
 * row to one of @among is found by its key, whose second column is the neighbour's degree. The import writes that
 * column and entity_degrees from the same counts (importWriter.ts), and neither changes after; an entity without
 * relations has no row in either.
 */
const BETWEEN = `
  WITH e AS MATERIALIZED (
    SELECT j.value AS n, coalesce(d.degree, 0) AS degree FROM json_each(@entities) j
    LEFT JOIN entity_degrees d ON d.n = j.value)
  SELECT a.entity, a.neighbour, a.relation, a.relation_type, a.neighbour_type, a.flags
  FROM e CROSS JOIN adjacency a ON a.entity = e.n
  WHERE e.degree <= @scanUpTo AND a.neighbour IN (SELECT value FROM json_each(@among))
  UNION ALL
  SELECT a.entity, a.neighbour, a.relation, a.relation_type, a.neighbour_type, a.flags
  FROM e CROSS JOIN json_each(@among) k CROSS JOIN entity_degrees d ON d.n = k.value
  CROSS JOIN adjacency a ON a.entity = e.n AND a.neighbour_degree = d.degree AND a.neighbour = k.value
  WHERE e.degree > @scanUpTo`;

/**
 * The FTS5 query for folded words: each token a quoted prefix, all required; a one-letter token must be a whole word
 * (as a prefix it would match most of a big store). A prefix that starts only a few of the index's words is those
 * words instead (indexWords.ts), which match the same rows. Tokens hold letters and digits only: no query syntax
 * gets in. The investigation is not in it: its entities are a range of rowids, given beside it. Null when nothing
 * can match: no token, or a prefix that starts no word of the index.
 */
function ftsQuery(words: readonly string[], startingWith: (token: string) => string[] | null): string | null {
  const tokens = searchTokens(words);
  if (tokens.length === 0) return null;
  const terms: string[] = [];
  for (const t of tokens) {
    if (t.length === 1) {
      terms.push(`"${t}"`);
      continue;
    }
    const whole = startingWith(t);
    if (whole === null) terms.push(`"${t}"*`);
    else if (whole.length === 0) return null;
    else terms.push(whole.length === 1 ? `"${whole[0]}"` : `(${whole.map((w) => `"${w}"`).join(' OR ')})`);
  }
  return terms.join(' AND ');
}

/** The store's reads over one connection: the main thread's, or a reader thread's (readerWorker.ts). */
export type SqliteReads = Omit<Store, 'kind' | 'deleteInvestigation' | 'beginImport' | 'close' | 'readers'>;

export function sqliteReads(db: Database.Database): SqliteReads {
  // Type names by code: codes are only ever added (by imports), so a code not seen yet means reading them again.
  const typeNames = new Map<number, string>();
  const allTypeNames = db.prepare(`SELECT code, name FROM type_codes`);
  const typeName = (code: number): string => {
    let name = typeNames.get(code);
    if (name === undefined) {
      for (const row of allTypeNames.all() as { code: number; name: string }[]) typeNames.set(row.code, row.name);
      name = typeNames.get(code) ?? String(code);
    }
    return name;
  };
  const toAdjacency = (raw: RawAdjacency): AdjacencyRow => ({
    entity: raw.entity,
    neighbour: raw.neighbour,
    relation: raw.relation,
    relationType: typeName(raw.relation_type),
    neighbourType: typeName(raw.neighbour_type),
    outgoing: (raw.flags & OUTGOING) !== 0 || (raw.flags & DIRECTED) === 0,
  });
  /** The codes of the type names in a JSON array parameter. */
  const CODES_OF = `SELECT code FROM type_codes WHERE name IN (SELECT value FROM json_each(?))`;

  const q = {
    list: db.prepare(
      `SELECT id, title, entities, relations FROM investigations WHERE status = 'ready' ORDER BY created, id LIMIT ? OFFSET ?`,
    ),
    get: db.prepare(
      `SELECT id, title, entities, relations, head FROM investigations WHERE id = ? AND status = 'ready'`,
    ),
    // An investigation's names are the rowids from its first entity to its last.
    search: db.prepare(`
      SELECT e.n, e.body, ${DEGREE} FROM entity_names f JOIN entities e ON e.n = f.rowid ${WITH_DEGREE}
      WHERE entity_names MATCH @match AND f.rowid BETWEEN @first AND @last LIMIT @limit OFFSET @offset`),
    matches: db
      .prepare(
        `SELECT rowid FROM entity_names WHERE entity_names MATCH @match AND rowid BETWEEN @first AND @last LIMIT @limit`,
      )
      .pluck(),
    // Entities whose folded label has the key (labelKey.ts), in the order of their numbers, from @after on.
    exact: db.prepare(`
      SELECT e.n, e.body, ${DEGREE} FROM entity_labels l CROSS JOIN entities e ON e.n = l.n ${WITH_DEGREE}
      WHERE l.first = @first AND l.key = @key AND l.n > @after ORDER BY l.n LIMIT @limit`),
    byId: db.prepare(
      `SELECT e.n, e.body, ${DEGREE} FROM json_each(?) j CROSS JOIN entities e ON e.inv = ? AND e.id = j.value
      ${WITH_DEGREE}`,
    ),
    byN: db.prepare(
      `SELECT e.n, e.body, ${DEGREE} FROM json_each(?) j CROSS JOIN entities e ON e.n = j.value ${WITH_DEGREE}`,
    ),
    relationsByN: db.prepare(`SELECT r.n, r.body FROM json_each(?) j JOIN relations r ON r.n = j.value`),
    sources: db.prepare(`SELECT s.body FROM json_each(?) j CROSS JOIN sources s ON s.inv = ? AND s.id = j.value`),
    // Counts are kept for entities with many relations; the others are counted from their own few rows.
    counts: db.prepare(`
      SELECT relation_type, neighbour_type, sum(count) AS count FROM (
        SELECT c.relation_type, c.neighbour_type, c.count FROM json_each(@ids) j
        CROSS JOIN neighbour_counts c ON c.entity = j.value
        UNION ALL
        SELECT a.relation_type, a.neighbour_type, 1 FROM
          (SELECT k.value FROM json_each(@ids) k WHERE NOT EXISTS (SELECT 1 FROM neighbour_counts c WHERE c.entity = k.value)) j
        CROSS JOIN adjacency a ON a.entity = j.value)
      GROUP BY relation_type, neighbour_type`),
    between: db.prepare(BETWEEN),
    exportSources: db.prepare(`SELECT body, text FROM sources WHERE inv = ? ORDER BY id`),
    ranges: db.prepare(
      `SELECT first_entity AS firstEntity, last_entity AS lastEntity, first_relation AS firstRelation,
      last_relation AS lastRelation FROM investigations WHERE id = ?`,
    ),
    exportEntities: db.prepare(`SELECT n, body FROM entities WHERE n BETWEEN ? AND ? AND inv = ? ORDER BY n LIMIT ?`),
    exportRelations: db.prepare(`SELECT n, body FROM relations WHERE n BETWEEN ? AND ? AND inv = ? ORDER BY n LIMIT ?`),
  };

  const indexed = indexWords(db);

  /** Statements made from parts, by their text (a walk's direction and rules, a neighbour page's filters). */
  const statements = new Map<string, Database.Statement>();
  const prepared = (sql: string) => {
    let statement = statements.get(sql);
    if (!statement) statements.set(sql, (statement = db.prepare(sql)));
    return statement;
  };

  /** The numbers of an investigation's entities, which are also its names' rowids (none while it is imported). */
  const entityRange = (inv: string): { first: number; last: number } | null => {
    const range = q.ranges.get(inv) as { firstEntity: number | null; lastEntity: number | null } | undefined;
    if (range?.firstEntity == null || range.lastEntity == null) return null;
    return { first: range.firstEntity, last: range.lastEntity };
  };

  /** Neighbour rows, one statement per entity so each is an index range walk in the order asked. */
  const neighbourRows = (entity: number, query: NeighbourQuery, limit: number): RawAdjacency[] => {
    const filters: string[] = [];
    const params: (string | number)[] = [entity];
    if (query.relationTypes) {
      filters.push(`relation_type IN (${CODES_OF})`);
      params.push(json(query.relationTypes));
    }
    if (query.entityTypes) {
      filters.push(`neighbour_type IN (${CODES_OF})`);
      params.push(json(query.entityTypes));
    }
    const order = query.order === 'least' ? 'ASC' : 'DESC';
    const sql = `SELECT entity, neighbour, relation, relation_type, neighbour_type, flags FROM adjacency WHERE entity = ?
      ${filters.map((f) => `AND ${f}`).join(' ')} ORDER BY neighbour_degree ${order}, neighbour ${order} LIMIT ?`;
    params.push(limit);
    return prepared(sql).all(...params) as RawAdjacency[];
  };

  return {
    async ping() {
      db.prepare('SELECT 1').get();
    },
    async listInvestigations(limit, offset) {
      return q.list.all(limit, offset) as InvestigationSummary[];
    },
    async getInvestigation(id) {
      const row = q.get.get(id) as (InvestigationSummary & { head: string }) | undefined;
      if (!row) return null;
      return { ...row, head: JSON.parse(row.head) as DatasetHead } satisfies InvestigationDetails;
    },
    async search(inv, words, limit, offset, countCap) {
      const range = entityRange(inv);
      const match = range && ftsQuery(words, (token) => indexed.startingWith(inv, token));
      if (!match || !range) return { rows: [], total: 0 };
      // A prefix that starts many words makes FTS5 merge all their lists, once per statement: one pass takes the
      // numbers of the matches up to the cap, which is both the count and, unless the page lies beyond, the page.
      const matches = q.matches.all({ match, ...range, limit: countCap }) as number[];
      if (offset + limit <= matches.length || matches.length < countCap) {
        const page = matches.slice(offset, offset + limit);
        const rows = page.length ? (q.byN.all(json(page)) as RawEntity[]).map(toEntityRow) : [];
        return { rows, total: matches.length };
      }
      const rows = (q.search.all({ match, ...range, limit, offset }) as RawEntity[]).map(toEntityRow);
      return { rows, total: matches.length };
    },
    async exactLabel(inv, folded, limit) {
      const range = entityRange(inv);
      if (!range || limit <= 0) return [];
      // Labels that share the key but differ are rare: read a few more than asked, and on while short.
      const exact: EntityRow[] = [];
      const key = labelKey(folded);
      const page = limit + 8;
      for (let after = range.first - 1; exact.length < limit;) {
        const rows = q.exact.all({ first: range.first, key, after, limit: page }) as RawEntity[];
        for (const row of rows) {
          const found = toEntityRow(row);
          const label: unknown = found.entity.label;
          if (exact.length < limit && typeof label === 'string' && fold(label) === folded) exact.push(found);
        }
        if (rows.length < page) break;
        after = rows[rows.length - 1]!.n;
      }
      return exact;
    },
    async entitiesById(inv, ids) {
      return (q.byId.all(json(ids), inv) as RawEntity[]).map(toEntityRow);
    },
    async entitiesByN(ns) {
      return (q.byN.all(json(ns)) as RawEntity[]).map(toEntityRow);
    },
    async relationsByN(ns): Promise<RelationRow[]> {
      return (q.relationsByN.all(json(ns)) as { n: number; body: string }[]).map((raw) => ({
        n: raw.n,
        relation: JSON.parse(raw.body) as Relation,
      }));
    },
    async sourcesById(inv, ids) {
      return (q.sources.all(json(ids), inv) as { body: string }[]).map((raw) => JSON.parse(raw.body) as Source);
    },
    async neighbourCounts(entities) {
      const rows = q.counts.all({ ids: json(entities) }) as {
        relation_type: number;
        neighbour_type: number;
        count: number;
      }[];
      return rows.map((row) => ({
        relationType: typeName(row.relation_type),
        entityType: typeName(row.neighbour_type),
        count: row.count,
      }));
    },
    async neighbours(entities, query) {
      const exclude = query.exclude ?? new Set<number>();
      const picked = new Set<number>();
      const found: AdjacencyRow[] = [];
      for (const entity of entities) {
        if (picked.size >= query.limit) break;
        // Rows come grouped by neighbour; read enough to fill the page after skipping, and more when short.
        for (let want = query.limit * 2 + Math.min(exclude.size, 10_000); ; want *= 4) {
          const rows = neighbourRows(entity, query, want);
          const mine = new Set<number>();
          const kept: AdjacencyRow[] = [];
          for (const row of rows) {
            if (exclude.has(row.neighbour)) continue;
            if (!picked.has(row.neighbour) && !mine.has(row.neighbour)) {
              if (picked.size + mine.size >= query.limit) break;
              mine.add(row.neighbour);
            }
            kept.push(toAdjacency(row));
          }
          if (picked.size + mine.size >= query.limit || rows.length < want) {
            for (const n of mine) picked.add(n);
            found.push(...kept);
            break;
          }
        }
      }
      return found;
    },
    async adjacencyBetween(entities, among) {
      const targets = [...new Set(among)];
      const rows = q.between.all({
        entities: json(entities),
        among: json(targets),
        scanUpTo: targets.length * SEEK_COST,
      }) as RawAdjacency[];
      return rows.map(toAdjacency);
    },
    async walk(frontier, query: WalkQuery) {
      if (frontier.length === 0 || query.cap <= 0) return [];
      const conditions: string[] = [];
      if (query.direction === 'out') conditions.push(`(flags & ${OUTGOING} OR NOT flags & ${DIRECTED})`);
      if (query.direction === 'in') conditions.push(`(NOT flags & ${OUTGOING} OR NOT flags & ${DIRECTED})`);
      const rules: Record<string, number> = {};
      if (query.rules) {
        conditions.push('origins >= @minOrigins');
        rules.minOrigins = query.rules.minOrigins;
        if (query.rules.excludeDisputed) conditions.push(`NOT flags & ${DISPUTED}`);
        if (query.rules.happenedOnly) conditions.push(`flags & ${HAPPENED}`);
      }
      const statement = (text: string) => {
        const sql = text.replaceAll('/* conditions */', conditions.map((c) => `AND ${c}`).join(' '));
        return prepared(sql).raw(true);
      };
      type Raw = [number, number, number, number, number, number?];
      const meet = query.meet ?? [];
      const scanUpTo = meet.length * SEEK_COST;
      let raw: Raw[];
      // Without a supernode in the frontier (as far as the caller knows), every entity's rows are read through.
      if (meet.length === 0 || (query.heaviest !== undefined && query.heaviest <= scanUpTo)) {
        raw = statement(WALK).all({ ...rules, frontier: json(frontier), meet: json(meet), cap: query.cap }) as Raw[];
      } else {
        const first = statement(WALK_MEETING).all({
          ...rules,
          frontier: json(frontier),
          meet: json(meet),
          cap: query.cap,
          scanUpTo,
        }) as Raw[];
        // Supernodes left to read through: no row met, so this step needs every row.
        const heavy = first.filter((row) => row[5] === 1).map((row) => row[0]);
        raw = first.filter((row) => row[5] !== 1);
        const room = query.cap - raw.length;
        if (heavy.length > 0 && room > 0) {
          raw = raw.concat(statement(WALK).all({ ...rules, frontier: json(heavy), meet: '[]', cap: room }) as Raw[]);
        }
      }
      return raw.map(([entity, neighbour, relation, flags, neighbourDegree]) => ({
        entity,
        neighbour,
        relation,
        outgoing: (flags & OUTGOING) !== 0 || (flags & DIRECTED) === 0,
        neighbourDegree,
      }));
    },
    async *exportRecords(inv): AsyncIterable<ExportRecord> {
      for (const raw of q.exportSources.all(inv) as { body: string; text: string | null }[]) {
        const source = JSON.parse(raw.body) as Source;
        yield { source: raw.text === null ? source : { ...source, text: raw.text } };
      }
      const page = 2000;
      const range = q.ranges.get(inv) as
        Record<'firstEntity' | 'lastEntity' | 'firstRelation' | 'lastRelation', number | null> | undefined;
      if (!range) return;
      for (let from = range.firstEntity; ;) {
        const rows = q.exportEntities.all(from ?? 0, range.lastEntity, inv, page) as { n: number; body: string }[];
        for (const row of rows) yield { entity: JSON.parse(row.body) as Entity };
        if (rows.length < page) break;
        from = rows[rows.length - 1]!.n + 1;
      }
      for (let from = range.firstRelation; ;) {
        const rows = q.exportRelations.all(from ?? 0, range.lastRelation, inv, page) as { n: number; body: string }[];
        for (const row of rows) yield { relation: JSON.parse(row.body) as Relation };
        if (rows.length < page) break;
        from = rows[rows.length - 1]!.n + 1;
      }
    },
    async totals() {
      const count = (table: string) => (db.prepare(`SELECT count(*) AS c FROM ${table}`).get() as { c: number }).c;
      return {
        investigations: count('investigations'),
        entities: count('entities'),
        relations: count('relations'),
        sources: count('sources'),
      };
    },
  };
}

export function openSqliteStore(file: string, options: { readers?: number } = {}): Store {
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const db = openConnection(file);
  migrate(db);
  // Writes (imports, deletions) go through the writer, in a thread of its own unless the store lives in memory.
  const writer = file === ':memory:' ? inThreadWriter(db) : workerWriter(file);
  // Searches, expands and paths run in reader threads of their own over the same file (WAL lets them read beside
  // the writer), so that the server's thread is left with HTTP and both cores can answer. A store in memory cannot
  // be seen from another connection: it reads in this thread.
  const readerCount = file === ':memory:' ? 0 : (options.readers ?? defaultReaders());
  const readers = readerCount > 0 ? readerPool(file, readerCount) : undefined;
  // Imports take turns: each keeps its entity numbers contiguous, which its degree counting relies on.
  let importQueue: Promise<void> = Promise.resolve();
  return {
    kind: 'sqlite',
    ...sqliteReads(db),
    ...(readers && { readers }),
    async deleteInvestigation(id) {
      await writer.request({ op: 'delete', inv: id });
    },
    async beginImport(head) {
      let release!: () => void;
      const turn = importQueue;
      importQueue = new Promise((resolve) => (release = resolve));
      await turn;
      try {
        return await sqliteImportSink(writer, head, release);
      } catch (error) {
        release();
        throw error;
      }
    },
    async close() {
      await importQueue;
      await readers?.close();
      await writer.close();
      db.close();
    },
  };
}
