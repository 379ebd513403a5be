// The adjacency table keeps what a walk tests of each relation end as bits of one integer, in both stores, so a
// path search reads one narrow row per step instead of joining the relation.
import type { Relation } from '../../src/model/schema';

export const OUTGOING = 1;
export const DIRECTED = 2;
export const DISPUTED = 4;
export const HAPPENED = 8;

/** The flags of a relation's row seen from one of its ends (without OUTGOING, which depends on the end). */
export function relationFlags(relation: Pick<Relation, 'directed' | 'disputed' | 'modality'>): number {
  return (
    (relation.directed !== false ? DIRECTED : 0) |
    (relation.disputed ? DISPUTED : 0) |
    ((relation.modality ?? 'happened') === 'happened' ? HAPPENED : 0)
  );
}

/** Entity names as the search index holds them: the folded label and aliases, one text. */
export function searchableNames(fold: (text: string) => string, label: string, aliases: readonly string[]): string {
  return [label, ...aliases].map(fold).join(' \u2029 ');
}

/** Query words reduced to the letters and digits both stores index, so no query syntax reaches them. */
export function searchTokens(words: readonly string[]): string[] {
  return words.flatMap((word) => word.split(/[^\p{L}\p{N}]+/u)).filter((token) => token.length > 0);
}
