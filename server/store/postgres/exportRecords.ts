// An investigation's records for export, read a page at a time by number (keyset pagination: each page starts
// after the last number seen), so an export of millions holds one page in memory and needs no open cursor.
import type pg from 'pg';
import type { Source } from '../../../src/model/schema';
import type { ExportRecord } from '../types';
import { RELATION_WITH_CLAIMS, toEntity, toRelation, type RelationDbRow } from './reads';

const PAGE = 1000;

interface Stretches {
  first_entity: string | null;
  last_entity: string | null;
  first_relation: string | null;
  last_relation: string | null;
}

/** Pages of `sql`, whose parameter $2 is the number the page starts after (first `before`). */
async function* pages<T extends { n: string }>(
  db: () => pg.Pool,
  sql: string,
  before: string,
  params: (after: string) => unknown[],
): AsyncGenerator<T> {
  let after = before;
  for (;;) {
    const { rows } = await db().query<T>(sql, params(after));
    yield* rows;
    if (rows.length < PAGE) return;
    after = rows[rows.length - 1]!.n;
  }
}

const before = (first: string) => String(BigInt(first) - 1n);

/** Sources (with their texts), then entities, then relations with their claims, each in import order. */
export async function* exportRecords(db: () => pg.Pool, inv: string): AsyncGenerator<ExportRecord> {
  const found = await db().query<Stretches>(
    `SELECT first_entity, last_entity, first_relation, last_relation FROM investigations
     WHERE id = $1 AND status = 'ready'`,
    [inv],
  );
  const stretches = found.rows[0];
  if (!stretches) return;

  const sources = pages<{ n: string; body: Source; text: string | null }>(
    db,
    `SELECT n, body, text FROM sources WHERE inv = $1 AND n > $2 ORDER BY n LIMIT ${PAGE}`,
    '0',
    (after) => [inv, after],
  );
  for await (const row of sources) yield { source: row.text === null ? row.body : { ...row.body, text: row.text } };

  if (stretches.first_entity !== null) {
    const entities = pages<Parameters<typeof toEntity>[0]>(
      db,
      `SELECT n, body, degree FROM entities WHERE inv = $1 AND n > $2 AND n <= $3 ORDER BY n LIMIT ${PAGE}`,
      before(stretches.first_entity),
      (after) => [inv, after, stretches.last_entity],
    );
    for await (const row of entities) yield { entity: toEntity(row).entity };
  }

  if (stretches.first_relation !== null) {
    const relations = pages<RelationDbRow>(
      db,
      `${RELATION_WITH_CLAIMS} WHERE r.inv = $1 AND r.n > $2 AND r.n <= $3 ORDER BY r.n LIMIT ${PAGE}`,
      before(stretches.first_relation),
      (after) => [inv, after, stretches.last_relation],
    );
    for await (const row of relations) yield { relation: toRelation(row).relation };
  }
}
