// The PostgreSQL store (DATABASE_URL=postgres://…): the Store interface over `pg` pools, with the schema brought up
// to date by versioned migrations when it opens. Writes go to the primary; reads to the read replicas in turn.
import type { DatasetHead, InvestigationDetails, InvestigationSummary } from '../../../src/io/server/wire';
import type { ImportSink, Store, WalkQuery, NeighbourQuery } from '../types';
import { PostgresImport } from './importSink';
import { migrate } from './migrate';
import { Pools, type PostgresStoreOptions } from './pools';
import * as reads from './reads';
import { neighbourPage } from './neighbourPage';
import { search } from './search';
import { WordCache } from './wordCache';
import { exportRecords } from './exportRecords';

export type { PostgresStoreOptions } from './pools';
export { replicaUrlsFrom } from './pools';

const SUMMARY = 'id, title, entities, relations';

// Every table of an investigation, emptied in one transaction; the adjacency and counts are found through the
// entities, bounded to the investigation's own stretch of numbers.
const DELETE_STEPS = [
  `DELETE FROM adjacency a USING entities e, investigations i
   WHERE i.id = $1 AND e.inv = $1 AND e.n BETWEEN i.first_entity AND i.last_entity AND a.entity = e.n`,
  `DELETE FROM neighbour_counts c USING entities e, investigations i
   WHERE i.id = $1 AND e.inv = $1 AND e.n BETWEEN i.first_entity AND i.last_entity AND c.entity = e.n`,
  `DELETE FROM claims c USING relations r, investigations i
   WHERE i.id = $1 AND r.inv = $1 AND r.n BETWEEN i.first_relation AND i.last_relation AND c.relation_n = r.n`,
  `DELETE FROM relations r USING investigations i
   WHERE i.id = $1 AND r.inv = $1 AND r.n BETWEEN i.first_relation AND i.last_relation`,
  'DELETE FROM entities WHERE inv = $1',
  'DELETE FROM name_words WHERE inv = $1',
  'DELETE FROM sources WHERE inv = $1',
  'DELETE FROM investigations WHERE id = $1',
];

export class PostgresStore implements Store {
  readonly kind = 'postgres' as const;
  private readonly words = new WordCache(() => this.db);

  constructor(
    private readonly pools: Pools,
    private readonly options: PostgresStoreOptions,
  ) {}

  private get db() {
    return this.pools.read();
  }

  async ping(): Promise<void> {
    await Promise.all(this.pools.all().map((pool) => pool.query('SELECT 1')));
  }

  async listInvestigations(limit: number, offset: number): Promise<InvestigationSummary[]> {
    const { rows } = await this.db.query<InvestigationSummary>(
      `SELECT ${SUMMARY} FROM investigations WHERE status = 'ready' ORDER BY created, id LIMIT $1 OFFSET $2`,
      [limit, offset],
    );
    return rows;
  }

  async getInvestigation(id: string): Promise<InvestigationDetails | null> {
    const { rows } = await this.db.query<InvestigationDetails>(
      `SELECT ${SUMMARY}, head FROM investigations WHERE id = $1 AND status = 'ready'`,
      [id],
    );
    return rows[0] ?? null;
  }

  async deleteInvestigation(id: string): Promise<void> {
    const client = await this.pools.primary.connect();
    try {
      await client.query('BEGIN');
      await client.query(`SELECT set_config('statement_timeout', $1, true)`, [this.importTimeout()]);
      for (const sql of DELETE_STEPS) await client.query(sql, [id]);
      await client.query('COMMIT');
    } catch (error) {
      await client.query('ROLLBACK').catch(() => {});
      throw error;
    } finally {
      client.release();
      this.words.forget(id);
    }
  }

  private importTimeout(): string {
    return String(this.options.importStatementTimeoutMs ?? 0);
  }

  beginImport(head: DatasetHead): Promise<ImportSink> {
    return PostgresImport.begin(this.pools.primary, head, Number(this.importTimeout()));
  }

  search(inv: string, words: readonly string[], limit: number, offset: number, countCap: number) {
    return search(this.db, inv, words, limit, offset, countCap, this.words);
  }
  exactLabel(inv: string, folded: string, limit: number) {
    return reads.exactLabel(this.db, inv, folded, limit);
  }
  entitiesById(inv: string, ids: readonly string[]) {
    return reads.entitiesById(this.db, inv, ids);
  }
  entitiesByN(ns: readonly number[]) {
    return reads.entitiesByN(this.db, ns);
  }
  relationsByN(ns: readonly number[]) {
    return reads.relationsByN(this.db, ns);
  }
  sourcesById(inv: string, ids: readonly string[]) {
    return reads.sourcesById(this.db, inv, ids);
  }
  neighbourCounts(entities: readonly number[]) {
    return reads.neighbourCounts(this.db, entities);
  }
  neighbours(entities: readonly number[], query: NeighbourQuery) {
    return reads.neighbours(this.db, entities, query);
  }
  neighbourPage(entities: readonly number[], query: NeighbourQuery) {
    return neighbourPage(this.db, entities, query);
  }
  adjacencyBetween(entities: readonly number[], among: readonly number[]) {
    return reads.adjacencyBetween(this.db, entities, among);
  }
  relationsAmong(light: readonly number[], all: readonly number[], heavy: readonly number[]) {
    return reads.relationsAmong(this.db, light, all, heavy);
  }
  walk(frontier: readonly number[], query: WalkQuery) {
    return reads.walk(this.db, frontier, query);
  }
  exportRecords(inv: string) {
    return exportRecords(() => this.db, inv);
  }

  /** Counted on the primary: what imports and deletes have left there. */
  async totals() {
    const { rows } = await this.pools.primary.query<{
      investigations: number;
      entities: number;
      relations: number;
      sources: number;
    }>(
      `SELECT (SELECT count(*) FROM investigations)::int AS investigations,
              (SELECT count(*) FROM entities)::int AS entities,
              (SELECT count(*) FROM relations)::int AS relations,
              (SELECT count(*) FROM sources)::int AS sources`,
    );
    return rows[0]!;
  }

  close(): Promise<void> {
    return this.pools.close();
  }
}

/** Opens the store at `url` (the primary), running any migration not yet run there. */
export async function openPostgresStore(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
  const pools = new Pools(url, options);
  try {
    const client = await pools.primary.connect();
    try {
      await migrate(client);
    } finally {
      client.release();
    }
  } catch (error) {
    await pools.close();
    throw error;
  }
  return new PostgresStore(pools, options);
}
