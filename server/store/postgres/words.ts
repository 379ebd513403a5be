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
 * The whole words of the names that each search term starts, found in name_words (migration 0002); a term that
 * starts too many of them to list keeps its prefix form.
 */
export type Expansions = ReadonlyMap<string, readonly string[]>;

/** A word as a quoted tsquery lexeme (the words hold letters and digits only; the quoting is for safety). */
const lexeme = (word: string) => `'${word.replace(/['\\]/g, (c) => c + c)}'`;

/**
 * A tsquery that wants every term as a word prefix: 'w1':* & 'w2':*, except that a one-letter term must be a whole
 * word (as a prefix it would match most of a big store), as in the SQLite store. A term whose words are known is
 * written as their alternatives ('ltd' | 'ltda'): the same matches, and the names index can then skip through the
 * common words' long lists instead of merging them whole. The query reaches PostgreSQL as a parameter.
 */
export function prefixQuery(terms: readonly string[], expansions: Expansions = new Map()): string {
  return terms
    .map((term) => {
      if (term.length === 1) return lexeme(term);
      const words = expansions.get(term);
      if (!words || words.length === 0) return `${lexeme(term)}:*`;
      return words.length === 1 ? lexeme(words[0]!) : `(${words.map(lexeme).join(' | ')})`;
    })
    .join(' & ');
}

/**
 * The tsquery for the names index, and the two-letter prefixes to check on the rows it finds: such a prefix
 * ("vladimir pu") makes the index merge the entries of every word it starts, which costs more than testing the few
 * rows the other words find, unless its words could be listed. With only two-letter prefixes, they all go to the
 * index, and `selective` is false: the words may match much of the investigation.
 */
export function splitForIndex(
  terms: readonly string[],
  expansions: Expansions = new Map(),
): {
  indexed: string;
  checked: string | null;
  selective: boolean;
} {
  const unlisted = (term: string) => term.length === 2 && !expansions.get(term)?.length;
  const short = terms.filter(unlisted);
  const rest = terms.filter((term) => !unlisted(term));
  const selective = terms.some((term) => term.length !== 2);
  if (!selective || short.length === 0) return { indexed: prefixQuery(terms, expansions), checked: null, selective };
  return { indexed: prefixQuery(rest, expansions), checked: prefixQuery(short), selective };
}
