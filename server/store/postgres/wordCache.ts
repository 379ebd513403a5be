// Each investigation's words (name_words) held in the server's memory, sorted, so that a search finds the words
// its terms start without a round trip to the database. Safe to keep: the words are written once, in the import's
// last transaction, and never change after it (team edits do not reach the graph store's names); every import gets
// a new random id, so a cached id never comes to mean other words. Each server holds its own copy; nothing in it
// is needed for a right answer (a miss asks the database, as before).
import type pg from 'pg';

/** An investigation with more words than this is not held: its terms are looked up in the database as before. */
export const MAX_CACHED_WORDS = 500_000;
const MAX_INVESTIGATIONS = 8;
/** A held list is read again after this long, so that one left by a deleted investigation does not stay. */
const KEEP_MS = 10 * 60_000;

interface Held {
  words: Promise<string[] | null>;
  at: number;
}

export class WordCache {
  private readonly held = new Map<string, Held>();

  constructor(
    private readonly db: () => pg.Pool,
    private readonly maxWords = MAX_CACHED_WORDS,
  ) {}

  /** The investigation's words in code unit order, or null when there are too many to hold. */
  words(inv: string): Promise<string[] | null> {
    const now = Date.now();
    const found = this.held.get(inv);
    if (found && now - found.at < KEEP_MS) {
      // Most recently used last: the first entry is the one to let go.
      this.held.delete(inv);
      this.held.set(inv, found);
      return found.words;
    }
    const words = this.read(inv);
    this.held.set(inv, { words, at: now });
    while (this.held.size > MAX_INVESTIGATIONS) this.held.delete(this.held.keys().next().value!);
    // A failed read, or none yet (a replica behind the primary right after an import), is not kept.
    words.then(
      (list) => list?.length === 0 && this.forget(inv),
      () => this.forget(inv),
    );
    return words;
  }

  forget(inv: string): void {
    this.held.delete(inv);
  }

  private async read(inv: string): Promise<string[] | null> {
    const { rows } = await this.db().query<{ word: string }>('SELECT word FROM name_words WHERE inv = $1 LIMIT $2', [
      inv,
      this.maxWords + 1,
    ]);
    if (rows.length > this.maxWords) return null;
    return rows.map((row) => row.word).sort();
  }
}

/**
 * The words of a sorted list that start with `term`, up to `limit` (they lie together in any lexicographic order).
 */
export function wordsStarting(sorted: readonly string[], term: string, limit: number): string[] {
  let low = 0;
  let high = sorted.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sorted[middle]! < term) low = middle + 1;
    else high = middle;
  }
  const found: string[] = [];
  for (let i = low; i < sorted.length && found.length < limit && sorted[i]!.startsWith(term); i++)
    found.push(sorted[i]!);
  return found;
}
