// The words of the names' full-text index, held by each connection that searches. A prefix term ("ltd"*) makes
// FTS5 merge the lists of every word it starts into one, over the whole store, before the first match is read:
// 4 ms for a prefix of one common word at 2M entities, where the word itself, read as it is needed, costs 0.2 ms.
// Knowing the index's words, a prefix that starts a few of them becomes those words (ltd OR ltda), which FTS5
// reads lazily and stops reading at the page; the matches are the same rows in the same order.
import type Database from 'better-sqlite3';

/** Beyond this many words the index's words are not held (memory), and prefixes stay prefixes. */
const MAX_WORDS = 1_000_000;
/** A prefix that starts more words than this stays a prefix: so many lists cost as much read one by one. */
export const MAX_EXPANSION = 32;
/** Tokens that FTS5's tokenizer keeps as they are, so that a word it holds starts with the token as given. */
const PLAIN_TOKEN = /^[a-z0-9]+$/;

interface Snapshot {
  /** Sorted as the index sorts them (by code point). */
  words: string[] | null;
  /** The investigations ready when the words were read: every word of their names is among them. */
  ready: Set<string>;
}

export interface IndexWords {
  /**
   * The index's words that start with `token`, in their order; null when unknown or too many (then the token
   * stays a prefix). Only for an investigation that was ready when the words were read: a newer one reads them again.
   */
  startingWith(inv: string, token: string): string[] | null;
}

export function indexWords(db: Database.Database): IndexWords {
  db.exec(`CREATE VIRTUAL TABLE IF NOT EXISTS temp.entity_words USING fts5vocab(main, entity_names, 'row')`);
  const readyNow = db.prepare(`SELECT id FROM investigations WHERE status = 'ready'`).pluck();
  // Only words that start with an ASCII character: the only ones a token of ASCII letters and digits can start.
  const allWords = db.prepare(`SELECT term FROM temp.entity_words WHERE term < char(128) LIMIT ?`).pluck();
  // One read transaction: the words are at least those of every investigation seen ready.
  const read = db.transaction((): Snapshot => {
    const ready = new Set(readyNow.all() as string[]);
    const words = allWords.all(MAX_WORDS + 1) as string[];
    return { ready, words: words.length > MAX_WORDS ? null : words };
  });
  let snapshot: Snapshot | null = null;

  return {
    startingWith(inv, token) {
      if (!PLAIN_TOKEN.test(token)) return null;
      if (!snapshot?.ready.has(inv)) snapshot = read.deferred();
      const { words, ready } = snapshot;
      if (!words || !ready.has(inv)) return null;
      // The first word not below the token; for a token of ASCII letters and digits, comparing UTF-16 code units
      // orders as code points do, so the words that start with it follow one another from there.
      let low = 0;
      for (let high = words.length; low < high;) {
        const mid = (low + high) >>> 1;
        if (words[mid]! < token) low = mid + 1;
        else high = mid;
      }
      const found: string[] = [];
      for (let at = low; at < words.length && words[at]!.startsWith(token); at++) {
        if (found.length === MAX_EXPANSION) return null;
        found.push(words[at]!);
      }
      return found;
    },
  };
}
