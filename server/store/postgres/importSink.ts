// An import into PostgreSQL: one connection, one transaction, so nothing shows until finish() commits and abort()
// is a rollback. Each batch is one statement. Entities wait in a temporary table until
// finish(), when their degrees are known, so that each row is written to the indexed table once.
import type pg from 'pg';
import type { Entity, Relation, Source } from '../../../src/model/schema';
import type { DatasetHead, InvestigationSummary } from '../../../src/io/server/wire';
import { newInvestigationId } from '../investigationIds';
import { RecordError, type ImportSink } from '../types';
import { foldedLabel, namesText, storable } from './words';
import { ANALYZE_AFTER_ROWS, ANALYZE_TABLES, FINISH } from './importFinish';

const TEMPORARY_TABLES = `
  CREATE TEMPORARY TABLE import_entities (
    n bigint NOT NULL, id text PRIMARY KEY, type text NOT NULL, label text NOT NULL, folded text NOT NULL,
    names text NOT NULL, body json NOT NULL
  ) ON COMMIT DROP;
  CREATE TEMPORARY TABLE import_relations (
    n bigint NOT NULL, id text PRIMARY KEY, type text NOT NULL, source_n bigint NOT NULL, target_n bigint NOT NULL,
    origins integer NOT NULL, disputed boolean NOT NULL, happened boolean NOT NULL, directed boolean NOT NULL
  ) ON COMMIT DROP`;

// Each batch is one JSON document of rows (json_to_recordset): one JSON.stringify in Node and one parse in
// PostgreSQL, several times faster than binding a text array per column. `o` is the row's place in the batch.
// Record bodies travel as JSON text inside it (stringified twice), since json_to_recordset decodes every string
// it meets and PostgreSQL's text refuses some characters; decoded once, they are JSON text again, any character
// escaped as JSON writes it.
const ADD_SOURCES = `
  INSERT INTO sources (inv, id, body, text)
  SELECT $1, s.id, s.body::json, s.text::json FROM json_to_recordset($2::json) AS s(o int, id text, body text, text text)
  ORDER BY s.o`;

// The entity's number comes from the entities table's own sequence now, so relations can point at it at once.
const ADD_ENTITIES = `
  INSERT INTO pg_temp.import_entities (n, id, type, label, folded, names, body)
  SELECT nextval($1::regclass), e.id, e.type, e.label, e.folded, e.names, e.body::json
  FROM (SELECT * FROM json_to_recordset($2::json)
          AS e(o int, id text, type text, label text, folded text, names text, body text)
        ORDER BY o) AS e`;

// Relations whose ends are not (yet) entities drop out of the join; the count returned shows it.
const ADD_RELATIONS = `
  WITH inserted AS (
    INSERT INTO relations (inv, id, type, source_n, target_n, origins, disputed, happened, directed, body)
    SELECT $1, i.id, i.type, s.n, t.n, i.origins, i.disputed, i.happened, i.directed, i.body::json
    FROM json_to_recordset($2::json) AS i(o int, id text, type text, source text, target text, origins int,
      disputed boolean, happened boolean, directed boolean, body text)
    JOIN pg_temp.import_entities s ON s.id = i.source
    JOIN pg_temp.import_entities t ON t.id = i.target
    ORDER BY i.o
    RETURNING n, id, type, source_n, target_n, origins, disputed, happened, directed
  ), kept AS (
    INSERT INTO pg_temp.import_relations (n, id, type, source_n, target_n, origins, disputed, happened, directed)
    SELECT n, id, type, source_n, target_n, origins, disputed, happened, directed FROM inserted
  ), claimed AS (
    INSERT INTO claims (relation_n, idx, source_id, body)
    SELECT r.n, c.idx, c.source, c.body::json
    FROM json_to_recordset($3::json) AS c(relation text, idx int, source text, body text)
    JOIN inserted r ON r.id = c.relation
  )
  SELECT count(*)::int AS inserted FROM inserted`;

const json = (value: unknown) => JSON.stringify(value);

/** "Key (inv, id)=(…, x) already exists." (or "Key (id)=(x)…" in a temporary table) → x. */
function duplicateId(error: unknown): string | undefined {
  const { code, detail } = error as { code?: string; detail?: string };
  if (code !== '23505' || !detail) return undefined;
  return /^Key \((?:inv, )?id\)=\((?:[A-Za-z0-9_-]+, )?(.*)\) already exists\.$/s.exec(detail)?.[1];
}

/** Runs one batch's statement, turning a repeated id into a RecordError that names it (the importer adds its line). */
async function named<T>(what: 'sources' | 'entities' | 'relations', run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const id = duplicateId(error);
    if (id !== undefined) throw new RecordError(`Two ${what} have the id "${id}".`, id);
    throw error;
  }
}

export class PostgresImport implements ImportSink {
  private done = false;

  private constructor(
    private readonly client: pg.PoolClient,
    private readonly inv: string,
    private readonly title: string,
    private readonly entitySequence: string,
  ) {}

  static async begin(pool: pg.Pool, head: DatasetHead, statementTimeoutMs: number): Promise<PostgresImport> {
    const client = await pool.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('statement_timeout', $1, true)`, [String(statementTimeoutMs)]);
      // Room for the last step's sorts and joins.
      await client.query(`SELECT set_config('work_mem', '128MB', true)`);
      const inv = newInvestigationId();
      await client.query(`INSERT INTO investigations (id, title, head, status) VALUES ($1, $2, $3, 'importing')`, [
        inv,
        storable(head.title),
        json(head),
      ]);
      await client.query(TEMPORARY_TABLES);
      const { rows } = await client.query<{ sequence: string }>(
        `SELECT pg_get_serial_sequence('entities', 'n') AS sequence`,
      );
      return new PostgresImport(client, inv, head.title, rows[0]!.sequence);
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      client.release();
      throw error;
    }
  }

  private open(): pg.PoolClient {
    if (this.done) throw new Error('This import is already finished or aborted.');
    return this.client;
  }

  async addSources(batch: readonly Source[]): Promise<void> {
    const client = this.open();
    if (batch.length === 0) return;
    const rows = batch.map(({ text, ...body }, o) => ({
      o,
      id: storable(body.id),
      body: json(body),
      text: json(text),
    }));
    await named('sources', () => client.query(ADD_SOURCES, [this.inv, json(rows)]));
  }

  async addEntities(batch: readonly Entity[]): Promise<void> {
    const client = this.open();
    if (batch.length === 0) return;
    const rows = batch.map((entity, o) => ({
      o,
      id: storable(entity.id),
      type: storable(entity.type),
      label: storable(entity.label),
      folded: foldedLabel(entity.label),
      names: storable(namesText(entity)),
      body: json(entity),
    }));
    await named('entities', () => client.query(ADD_ENTITIES, [this.entitySequence, json(rows)]));
  }

  async addRelations(batch: readonly { relation: Relation; origins: number }[]): Promise<void> {
    const client = this.open();
    if (batch.length === 0) return;
    // Claims find their relation by id in the statement, so a repeated id must be caught before it.
    const seen = new Set<string>();
    for (const { relation } of batch) {
      if (seen.has(relation.id)) throw new RecordError(`Two relations have the id "${relation.id}".`, relation.id);
      seen.add(relation.id);
    }
    const claims: { relation: string; idx: number; source: string; body: string }[] = [];
    const rows = batch.map(({ relation: { claims: relationClaims, ...body }, origins }, o) => {
      const id = storable(body.id);
      relationClaims.forEach((claim, idx) =>
        claims.push({ relation: id, idx, source: storable(claim.source), body: json(claim) }),
      );
      return {
        o,
        id,
        type: storable(body.type),
        source: storable(body.source),
        target: storable(body.target),
        origins,
        disputed: body.disputed,
        happened: body.modality === 'happened',
        directed: body.directed,
        body: json(body),
      };
    });
    const { rows: counted } = await named('relations', () =>
      client.query<{ inserted: number }>(ADD_RELATIONS, [this.inv, json(rows), json(claims)]),
    );
    if (counted[0]!.inserted !== batch.length) await this.missingEnd(batch.map(({ relation }) => relation));
  }

  /** Names the first relation of the batch with an end that is not an entity. */
  private async missingEnd(relations: Relation[]): Promise<never> {
    const ends = relations.flatMap((r) => [r.source, r.target]);
    const { rows } = await this.client.query<{ id: string }>(
      'SELECT id FROM pg_temp.import_entities WHERE id = ANY($1::text[])',
      [ends],
    );
    const known = new Set(rows.map((row) => row.id));
    for (const r of relations) {
      for (const end of [r.source, r.target]) {
        if (!known.has(end)) {
          throw new RecordError(`The relation "${r.id}" refers to "${end}", which is not an entity.`, r.id);
        }
      }
    }
    throw new Error('Some relations of the batch were not stored.');
  }

  async finish(): Promise<InvestigationSummary> {
    const client = this.open();
    try {
      for (const [sql, takesInvestigation] of FINISH) await client.query(sql, takesInvestigation ? [this.inv] : []);
      const { rows } = await client.query<{ entities: number; relations: number }>(
        'SELECT entities, relations FROM investigations WHERE id = $1',
        [this.inv],
      );
      await client.query('COMMIT');
      this.done = true;
      const { entities, relations } = rows[0]!;
      // Outside the import's transaction; the investigation is already visible, so a failure here is no failure.
      if (entities + relations >= ANALYZE_AFTER_ROWS) await client.query(ANALYZE_TABLES).catch(() => {});
      client.release();
      return { id: this.inv, title: this.title, entities, relations };
    } catch (error) {
      await this.abort();
      throw error;
    }
  }

  async abort(): Promise<void> {
    if (this.done) return;
    this.done = true;
    try {
      await this.client.query('ROLLBACK');
      this.client.release();
    } catch (error) {
      // The connection itself failed: drop it rather than give it back to the pool.
      this.client.release(error as Error);
    }
  }
}
