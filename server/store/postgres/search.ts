// Search in the PostgreSQL store: every word a prefix of a word of an entity's names (tsvector, GIN), the most
// connected first; and, when that finds nothing, near misses by trigram similarity of the label (pg_trgm).
import type pg from 'pg';
import type { EntityRow } from '../types';
import { ENTITY_COLUMNS, toEntity, type EntityDbRow } from './reads';
import { searchTerms, splitForIndex } from './words';

// Matches are ranked most connected first, then in import order: in search-first exploring, the hubs are what one
// wants. $2 goes to the names index; $3, when given, holds two-letter prefixes, checked on the rows found
// (ts_match_vq is the function behind @@, which the planner does not take to the index).
const MATCHES = `FROM entities WHERE inv = $1 AND names @@ to_tsquery('simple', $2)
  AND ($3::text IS NULL OR ts_match_vq(names, to_tsquery('simple', $3)))`;
/**
 * Two orders that rank the same: the first lets PostgreSQL walk entities_by_degree and stop at the page's end,
 * which wins when the words match a large share of the investigation (only two-letter prefixes); the second
 * (`degree + 0` has no index) makes it collect the matches from the names index and sort them, which wins when a
 * longer word or a whole one-letter word is selective. Left to itself, the planner takes the walk for selective
 * words too, and reads thousands of rows.
 */
const SEARCH = {
  walk: `SELECT ${ENTITY_COLUMNS} ${MATCHES} ORDER BY degree DESC, n LIMIT $4 OFFSET $5`,
  collect: `SELECT ${ENTITY_COLUMNS} ${MATCHES} ORDER BY degree + 0 DESC, n LIMIT $4 OFFSET $5`,
};
const SEARCH_COUNT = `SELECT count(*)::int AS total FROM (SELECT 1 ${MATCHES} LIMIT $4) AS capped`;

/** Labels close to the words by pg_trgm's word similarity ($2 <% folded, threshold in pools.ts), closest first. */
const NEAR = `FROM entities WHERE inv = $1 AND $2 <% folded`;
const NEAR_SEARCH = `SELECT ${ENTITY_COLUMNS} ${NEAR} ORDER BY word_similarity($2, folded) DESC, n LIMIT $3 OFFSET $4`;
const NEAR_COUNT = `SELECT count(*)::int AS total FROM (SELECT 1 ${NEAR} LIMIT $3) AS capped`;
/** Below this many characters, trigrams say little: "a" would be "near" every name that starts with an a. */
const NEAR_MIN_LENGTH = 4;
/**
 * Near misses are a courtesy, not worth a slow answer: words made of common trigrams make the trigram index merge
 * long lists, so the near-miss queries get this long (a statement timeout in their own read-only transaction), and
 * give nothing when it runs out.
 */
export const NEAR_BUDGET_MS = 150;

/**
 * Entities whose names hold every word as a word prefix, most connected first, `total` counted up to countCap.
 * When nothing matches so, the near misses by trigram similarity of the folded label ("putn" finds "Putin") take
 * their place, for words of four characters or more.
 */
export async function search(
  db: pg.Pool,
  inv: string,
  words: readonly string[],
  limit: number,
  offset: number,
  countCap: number,
): Promise<{ rows: EntityRow[]; total: number }> {
  const terms = searchTerms(words);
  if (terms.length === 0) return { rows: [], total: 0 };
  const { indexed, checked, selective } = splitForIndex(terms);
  const [found, counted] = await Promise.all([
    db.query<EntityDbRow>(selective ? SEARCH.collect : SEARCH.walk, [inv, indexed, checked, limit, offset]),
    db.query<{ total: number }>(SEARCH_COUNT, [inv, indexed, checked, countCap]),
  ]);
  const total = counted.rows[0]!.total;
  const phrase = terms.join(' ');
  if (total > 0 || phrase.length < NEAR_MIN_LENGTH) return { rows: found.rows.map(toEntity), total };
  return nearMisses(db, inv, phrase, limit, offset, countCap);
}

async function nearMisses(
  db: pg.Pool,
  inv: string,
  phrase: string,
  limit: number,
  offset: number,
  countCap: number,
): Promise<{ rows: EntityRow[]; total: number }> {
  const client = await db.connect();
  try {
    await client.query('BEGIN READ ONLY');
    await client.query(`SELECT set_config('statement_timeout', $1, true)`, [String(NEAR_BUDGET_MS)]);
    const found = await client.query<EntityDbRow>(NEAR_SEARCH, [inv, phrase, limit, offset]);
    const counted = await client.query<{ total: number }>(NEAR_COUNT, [inv, phrase, countCap]);
    await client.query('COMMIT');
    return { rows: found.rows.map(toEntity), total: counted.rows[0]!.total };
  } catch (error) {
    await client.query('ROLLBACK').catch(() => {});
    if ((error as { code?: string }).code === '57014') return { rows: [], total: 0 };
    throw error;
  } finally {
    client.release();
  }
}
