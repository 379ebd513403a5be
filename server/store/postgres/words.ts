// How names become searchable words in PostgreSQL, and search words a tsquery: both sides folded as the app folds
// (model/search.ts) and cut into runs of letters and digits, so that the database's parser and locale decide nothing.
import { fold } from '../../../src/model/search';
import type { Entity } from '../../../src/model/schema';

const NOT_A_WORD = /[^\p{L}\p{N}]+/gu;

// eslint-disable-next-line no-control-regex -- NUL is what PostgreSQL text cannot hold
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * PostgreSQL's text holds neither NUL nor half of a surrogate pair; the columns that only serve lookups and search
 * get U+FFFD instead (the records themselves are kept as JSON text, where every character survives).
 */
export function storable(text: string): string {
  return text.replace(UNSTORABLE, '\uFFFD');
}

/** The folded label: what exactLabel compares and what near misses are measured against. */
export function foldedLabel(label: string): string {
  return storable(fold(label));
}

/** Label and aliases as words for to_tsvector('simple', …). */
export function namesText(entity: Entity): string {
  return [entity.label, ...entity.aliases].map((name) => fold(name).replace(NOT_A_WORD, ' ').trim()).join(' ');
}

/** The search words as the same kind of words ("al-Assad" gives "al" and "assad"); none when nothing is left. */
export function searchTerms(words: readonly string[]): string[] {
  return words.flatMap((word) => fold(word).split(NOT_A_WORD)).filter((term) => term.length > 0);
}

/**
 * A tsquery that wants every term as a word prefix: 'w1':* & 'w2':*, except that a one-letter term must be a whole
 * word (as a prefix it would match most of a big store), as in the SQLite store. The terms hold letters and digits
 * only, so nothing in them can be read as tsquery syntax; the query reaches PostgreSQL as a parameter.
 */
export function prefixQuery(terms: readonly string[]): string {
  return terms.map((term) => (term.length === 1 ? `'${term}'` : `'${term}':*`)).join(' & ');
}

/**
 * The tsquery for the names index, and the two-letter prefixes to check on the rows it finds: such a prefix
 * ("vladimir pu") makes the index merge the entries of every word it starts, which costs more than testing the few
 * rows the other words find. With only two-letter prefixes, they all go to the index, and `selective` is false:
 * the words may match much of the investigation.
 */
export function splitForIndex(terms: readonly string[]): {
  indexed: string;
  checked: string | null;
  selective: boolean;
} {
  const short = terms.filter((term) => term.length === 2);
  const rest = terms.filter((term) => term.length !== 2);
  const selective = rest.length > 0;
  if (!selective || short.length === 0) return { indexed: prefixQuery(terms), checked: null, selective };
  return { indexed: prefixQuery(rest), checked: prefixQuery(short), selective };
}
