// Search over a whole investigation, as the app's search box reads it: names folded (case and accents ignored),
// every word a prefix of a word in the name or an alias. Exact names come first; the page is then ordered by how
// the name starts and by degree, so the likeliest entity is on top without sorting every match.
import { fold } from '../../src/model/search';
import { SEARCH_COUNT_CAP, type SearchResponse, type ServerEntity } from '../../src/io/server/wire';
import type { EntityRow, GraphStore } from '../store/types';

export const toServerEntity = (row: EntityRow): ServerEntity => ({ ...row.entity, degree: row.degree });

export async function searchEntities(
  store: GraphStore,
  inv: string,
  query: string,
  limit: number,
  offset: number,
): Promise<SearchResponse> {
  const folded = fold(query);
  const words = folded.split(' ').filter(Boolean);
  if (words.length === 0) return { items: [], total: 0, totalCapped: false, limit, offset };
  const [exact, found] = await Promise.all([
    offset === 0 ? store.exactLabel(inv, folded, limit) : Promise.resolve([]),
    store.search(inv, words, limit, offset, SEARCH_COUNT_CAP),
  ]);
  const seen = new Set(exact.map((row) => row.n));
  const startsWith = (row: EntityRow) => (fold(row.entity.label).startsWith(folded) ? 1 : 0);
  const rest = found.rows
    .filter((row) => !seen.has(row.n))
    .sort((a, b) => startsWith(b) - startsWith(a) || b.degree - a.degree);
  const items = [...exact, ...rest].slice(0, limit).map(toServerEntity);
  return { items, total: found.total, totalCapped: found.total >= SEARCH_COUNT_CAP, limit, offset };
}
