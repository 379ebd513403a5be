// An import into PostgreSQL: one connection, one transaction, so nothing shows until finish() commits and abort()
// is a rollback. Batches go in as arrays (unnest), one statement each. Entities wait in a temporary table until
// finish(), when their degrees are known, so that each row is written to the indexed table once.
import { randomBytes } from 'node:crypto';
import type pg from 'pg';
import type { Entity, Relation, Source } from '../../../src/model/schema';
import type { DatasetHead, InvestigationSummary } from '../../../src/io/server/wire';
import type { ImportSink } from '../types';
import { foldedLabel, namesText, storable } from './words';
import { ANALYZE_AFTER_ROWS, ANALYZE_TABLES, FINISH } from './importFinish';

const TEMPORARY_TABLES = `
  CREATE TEMPORARY TABLE import_entities (
    n bigint NOT NULL, id text PRIMARY KEY, type text NOT NULL, label text NOT NULL, folded text NOT NULL,
    names text NOT NULL, body json NOT NULL
  ) ON COMMIT DROP;
  CREATE TEMPORARY TABLE import_relations (
    n bigint NOT NULL, type text NOT NULL, source_n bigint NOT NULL, target_n bigint NOT NULL,
    origins integer NOT NULL, disputed boolean NOT NULL, happened boolean NOT NULL, directed boolean NOT NULL
  ) ON COMMIT DROP`;

const ADD_SOURCES = `
  INSERT INTO sources (inv, id, body, text)
  SELECT $1, s.id, s.body, s.text FROM unnest($2::text[], $3::json[], $4::json[]) WITH ORDINALITY AS s(id, body, text, ord)
  ORDER BY s.ord`;

// The entity's number comes from the entities table's own sequence now, so relations can point at it at once.
const ADD_ENTITIES = `
  INSERT INTO pg_temp.import_entities (n, id, type, label, folded, names, body)
  SELECT nextval($1::regclass), e.id, e.type, e.label, e.folded, e.names, e.body
  FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::json[]) WITH ORDINALITY
    AS e(id, type, label, folded, names, body, ord)
  ORDER BY e.ord`;

// Relations whose ends are not (yet) entities drop out of the join; the count returned shows it.
const ADD_RELATIONS = `
  WITH input AS (
    SELECT * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::int[], $7::bool[], $8::bool[],
      $9::bool[], $10::json[]) WITH ORDINALITY
      AS i(id, type, source, target, origins, disputed, happened, directed, body, ord)
  ), inserted AS (
    INSERT INTO relations (inv, id, type, source_n, target_n, origins, disputed, happened, directed, body)
    SELECT $1, i.id, i.type, s.n, t.n, i.origins, i.disputed, i.happened, i.directed, i.body
    FROM input i
    JOIN pg_temp.import_entities s ON s.id = i.source
    JOIN pg_temp.import_entities t ON t.id = i.target
    ORDER BY i.ord
    RETURNING n, id, type, source_n, target_n, origins, disputed, happened, directed
  ), kept AS (
    INSERT INTO pg_temp.import_relations (n, type, source_n, target_n, origins, disputed, happened, directed)
    SELECT n, type, source_n, target_n, origins, disputed, happened, directed FROM inserted
  ), claimed AS (
    INSERT INTO claims (relation_n, idx, source_id, body)
    SELECT r.n, c.idx, c.source, c.body
    FROM unnest($11::text[], $12::int[], $13::text[], $14::json[]) AS c(relation, idx, source, body)
    JOIN inserted r ON r.id = c.relation
  )
  SELECT count(*)::int AS inserted FROM inserted`;

const json = (value: unknown) => JSON.stringify(value);

/** "Key (inv, id)=(…, x) already exists." → x, for an error that names the record. */
function duplicateId(error: unknown): string | undefined {
  const { code, detail } = error as { code?: string; detail?: string };
  if (code !== '23505' || !detail) return undefined;
  return /^Key \((?:inv, )?id\)=\((?:[0-9a-f]+, )?(.*)\) already exists\.$/s.exec(detail)?.[1];
}

async function named<T>(what: string, run: () => Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    const id = duplicateId(error);
    if (id !== undefined) throw new Error(`two ${what} have the id "${id}"`, { cause: error });
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
      const inv = randomBytes(8).toString('hex');
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
    if (this.done) throw new Error('this import is already finished or aborted');
    return this.client;
  }

  async addSources(batch: readonly Source[]): Promise<void> {
    if (batch.length === 0) return;
    const ids = batch.map((s) => s.id);
    const bodies = batch.map(({ text: _text, ...rest }) => json(rest));
    const texts = batch.map((s) => (s.text === undefined ? null : json(s.text)));
    await named('sources', () => this.open().query(ADD_SOURCES, [this.inv, ids, bodies, texts]));
  }

  async addEntities(batch: readonly Entity[]): Promise<void> {
    if (batch.length === 0) return;
    const params = [
      this.entitySequence,
      batch.map((e) => e.id),
      batch.map((e) => storable(e.type)),
      batch.map((e) => storable(e.label)),
      batch.map((e) => foldedLabel(e.label)),
      batch.map(namesText),
      batch.map(json),
    ];
    await named('entities', () => this.open().query(ADD_ENTITIES, params));
  }

  async addRelations(batch: readonly { relation: Relation; origins: number }[]): Promise<void> {
    if (batch.length === 0) return;
    const claims: { relation: string[]; idx: number[]; source: string[]; body: string[] } = {
      relation: [],
      idx: [],
      source: [],
      body: [],
    };
    for (const { relation } of batch) {
      relation.claims.forEach((claim, idx) => {
        claims.relation.push(relation.id);
        claims.idx.push(idx);
        claims.source.push(claim.source);
        claims.body.push(json(claim));
      });
    }
    const relations = batch.map(({ relation }) => relation);
    const params = [
      this.inv,
      relations.map((r) => r.id),
      relations.map((r) => storable(r.type)),
      relations.map((r) => r.source),
      relations.map((r) => r.target),
      batch.map(({ origins }) => origins),
      relations.map((r) => r.disputed),
      relations.map((r) => r.modality === 'happened'),
      relations.map((r) => r.directed),
      relations.map(({ claims: _claims, ...rest }) => json(rest)),
      claims.relation,
      claims.idx,
      claims.source,
      claims.body,
    ];
    const { rows } = await named('relations', () => this.open().query<{ inserted: number }>(ADD_RELATIONS, params));
    if (rows[0]!.inserted !== batch.length) await this.missingEnd(relations);
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
      for (const [end, id] of [
        ['source', r.source],
        ['target', r.target],
      ] as const) {
        if (!known.has(id)) throw new Error(`relation "${r.id}": its ${end} "${id}" is not an entity of the file`);
      }
    }
    throw new Error('some relations of the batch were not stored');
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
