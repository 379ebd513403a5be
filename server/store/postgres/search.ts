// Search in the PostgreSQL store: every word a prefix of a word of an entity's names (tsvector, GIN), the most
// connected first; and, when that finds nothing, near misses by trigram similarity of the label (pg_trgm).
import type pg from 'pg';
import type { EntityRow } from '../types';
import { ENTITY_COLUMNS, toEntity, type EntityDbRow } from './reads';
import { wordsStarting, type WordCache } from './wordCache';
import { searchTerms, splitForIndex, type Expansions } from './words';

// Matches are ranked most connected first, then in import order: in search-first exploring, the hubs are what one
// wants. $2 goes to the names index; $3, when given, holds two-letter prefixes, checked on the rows found
// (ts_match_vq is the function behind @@, which the planner does not take to the index).
const MATCHES = `FROM entities WHERE inv = $1 AND names @@ to_tsquery('simple', $2)
  AND ($3::text IS NULL OR ts_match_vq(names, to_tsquery('simple', $3)))`;
/**
 * Two orders that rank the same: the first lets PostgreSQL walk entities_by_degree and stop at the page's end,
 * which wins when the words match a large share of the investigation (only two-letter prefixes); the second
 * (`degree + 0` has no index) makes it collect the matches from a names index and sort them, which wins when a
 * longer word or a whole one-letter word is selective. Left to itself, the planner takes the walk for selective
 * words too, and reads thousands of rows.
 */
const SEARCH = {
  walk: `SELECT ${ENTITY_COLUMNS} ${MATCHES} ORDER BY degree DESC, n LIMIT $4 OFFSET $5`,
  collect: (atLeast: number) =>
    `SELECT ${ENTITY_COLUMNS} ${MATCHES} ${atLeast > 0 ? `AND degree >= ${atLeast}` : ''}
     ORDER BY degree + 0 DESC, n LIMIT $4 OFFSET $5`,
};
/**
 * The degree of the partial names index (migration 0002). A common word matches tens of thousands of entities, and
 * collecting them all reads as many rows; the few of them connected enough are found from a small index. When that
 * tier fills the page, nothing outside it can rank higher, so the page is exact; when it does not, the whole names
 * index is asked. (A second tier at 64 filled no page of the bench's searches at 2M: one more query for nothing.)
 */
const DEGREE_TIERS = [12] as const;
/**
 * A tier's page, and with it, when the page is full, how many entities match in all (up to $6): the count reads
 * a row per match and is worth it only then. PostgreSQL runs the count's subquery only when the CASE asks for it,
 * so a page that is not full costs nothing more, and a full one saves a round trip to the database.
 */
const TIERS = DEGREE_TIERS.map(
  (atLeast) => `
  WITH page AS MATERIALIZED (${SEARCH.collect(atLeast)})
  SELECT page.*, CASE WHEN (SELECT count(*) FROM page) >= $4
    THEN (SELECT count(*)::int FROM (SELECT 1 ${MATCHES} LIMIT $6) AS capped) END AS total
  FROM page ORDER BY page.degree DESC, page.n`,
);
/**
 * From the whole names index, every match is read to rank them; their numbers and degrees are kept aside, so that
 * counting them costs nothing more and only the page's rows are read whole.
 */
const COLLECT_ALL = `
  WITH matched AS MATERIALIZED (SELECT n, degree ${MATCHES}),
  page AS (SELECT n, degree FROM matched ORDER BY degree DESC, n LIMIT $4 OFFSET $5)
  SELECT e.${ENTITY_COLUMNS.split(', ').join(', e.')}, (SELECT count(*) FROM matched)::int AS total
  FROM page JOIN entities e ON e.n = page.n
  ORDER BY page.degree DESC, page.n`;
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
  cache?: WordCache,
): Promise<{ rows: EntityRow[]; total: number }> {
  const terms = searchTerms(words);
  if (terms.length === 0) return { rows: [], total: 0 };
  const expansions = await expand(db, inv, terms, cache);
  const phrase = terms.join(' ');
  // A term that starts no word of the investigation's names: nothing matches every term.
  if ([...expansions.values()].some((words) => words.length === 0)) {
    return phrase.length < NEAR_MIN_LENGTH
      ? { rows: [], total: 0 }
      : nearMisses(db, inv, phrase, limit, offset, countCap);
  }
  const { indexed, checked, selective } = splitForIndex(terms, expansions);
  const params = [inv, indexed, checked, limit, offset];
  const found = selective
    ? await collect(db, params, limit, countCap)
    : { rows: (await db.query<EntityDbRow>(SEARCH.walk, params)).rows, total: null };
  const { rows } = found;
  // A first page that is not full holds every match (a tier answers only when it fills the page): nothing is left
  // to count. Otherwise the count comes from the whole names index, or is made here.
  const total =
    offset === 0 && rows.length < Math.min(limit, countCap)
      ? rows.length
      : found.total !== null
        ? Math.min(found.total, countCap)
        : (await db.query<{ total: number }>(SEARCH_COUNT, [inv, indexed, checked, countCap])).rows[0]!.total;
  if (total > 0 || phrase.length < NEAR_MIN_LENGTH) return { rows: rows.map(toEntity), total };
  return nearMisses(db, inv, phrase, limit, offset, countCap);
}

/** A term that starts more words than this keeps its prefix form in the tsquery. */
const MAX_WORDS_PER_TERM = 32;
/**
 * The words each term of two letters or more starts, from name_words' primary key: one range per term ("C"
 * collation, so the words starting with t lie from t up to t followed by the last code point).
 */
const WORDS_STARTED = `
  SELECT t.term, w.word FROM unnest($2::text[]) AS t(term)
  CROSS JOIN LATERAL (
    SELECT word FROM name_words
    WHERE inv = $1 AND word >= (t.term COLLATE "C") AND word < ((t.term || chr(1114111)) COLLATE "C")
    ORDER BY word LIMIT $3
  ) AS w`;

/**
 * Each term's words; absent for one-letter terms (whole words already) and for terms that start too many. From the
 * investigation's words held in memory when the cache has them, else from the database.
 */
async function expand(db: pg.Pool, inv: string, terms: readonly string[], cache?: WordCache): Promise<Expansions> {
  const asked = [...new Set(terms.filter((term) => term.length >= 2))];
  if (asked.length === 0) return new Map();
  const found = new Map<string, string[]>(asked.map((term) => [term, []]));
  const held = await cache?.words(inv);
  if (held) {
    for (const term of asked) found.set(term, wordsStarting(held, term, MAX_WORDS_PER_TERM + 1));
  } else {
    const { rows } = await db.query<{ term: string; word: string }>(WORDS_STARTED, [
      inv,
      asked,
      MAX_WORDS_PER_TERM + 1,
    ]);
    for (const row of rows) found.get(row.term)!.push(row.word);
  }
  for (const [term, words] of found) if (words.length > MAX_WORDS_PER_TERM) found.delete(term);
  return found;
}

/**
 * The page from the tier when it fills it, or from the whole names index, with how many entities match when that
 * was counted on the way.
 */
async function collect(
  db: pg.Pool,
  params: unknown[],
  limit: number,
  countCap: number,
): Promise<{ rows: EntityDbRow[]; total: number | null }> {
  for (const sql of TIERS) {
    const { rows } = await db.query<EntityDbRow & { total: number | null }>(sql, [...params, countCap]);
    if (rows.length >= limit) return { rows, total: rows[0]?.total ?? null };
  }
  const { rows } = await db.query<EntityDbRow & { total: number }>(COLLECT_ALL, params);
  return { rows, total: rows[0]?.total ?? null };
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
