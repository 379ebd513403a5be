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

/** Printable ASCII: nothing for fold() to decompose, strip or straighten, and only spaces to squeeze. */
const PLAIN = /^[\x20-\x7e]*$/;
const foldName = (fold: (text: string) => string, text: string) =>
  PLAIN.test(text) ? text.replace(/ {2,}/g, ' ').toLowerCase().trim() : fold(text);

/** Between the names of searchableNames' text; a folded name holds none (fold makes every space one ' '). */
const NAME_BREAK = ' \u2029 ';

/**
 * Entity names as the search index holds them: the folded label and aliases, one text. Most names are plain
 * ASCII, folded by a shortcut that gives what fold gives (adjacencyFlags.test.ts).
 */
export function searchableNames(fold: (text: string) => string, label: string, aliases: readonly string[]): string {
  if (aliases.length === 0) return foldName(fold, label);
  return [label, ...aliases].map((name) => foldName(fold, name)).join(NAME_BREAK);
}

/** The folded label, the first of searchableNames' names. */
export function labelOfNames(names: string): string {
  const end = names.indexOf(NAME_BREAK);
  return end < 0 ? names : names.slice(0, end);
}

/** Query words reduced to the letters and digits both stores index, so no query syntax reaches them. */
export function searchTokens(words: readonly string[]): string[] {
  return words.flatMap((word) => word.split(/[^\p{L}\p{N}]+/u)).filter((token) => token.length > 0);
}
