// Finds sentences two texts share word for word: runs of at least N identical words. Articles that repeat each
// other's sentences are one line of evidence, not two; `npm run overlap` lists these runs so the dataset can say so.

export interface SharedRun {
  /** Number of words in the run. */
  words: number;
  /** The run as it reads in the normalised word list (lower case, punctuation dropped). */
  text: string;
}

/** Lower-cased words with punctuation and quotation marks dropped, so typography does not hide a copy. */
export function wordsOf(text: string): string[] {
  return text
    .toLowerCase()
    .normalize('NFC')
    .replace(/[’‘`´]/g, "'")
    .split(/\s+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter((w) => w.length > 0);
}

/**
 * Every maximal run of at least `minWords` identical words found in both texts, longest first. A run repeated
 * inside one text (some archived pages hold their body twice) is listed once.
 */
export function sharedRuns(a: string, b: string, minWords = 12): SharedRun[] {
  const wa = wordsOf(a);
  const wb = wordsOf(b);
  if (wa.length < minWords || wb.length < minWords) return [];
  const key = (words: string[], at: number) => words.slice(at, at + minWords).join(' ');
  const starts = new Map<string, number[]>();
  for (let i = 0; i + minWords <= wa.length; i++) {
    const k = key(wa, i);
    const list = starts.get(k);
    if (list) list.push(i);
    else starts.set(k, [i]);
  }
  const runs = new Map<string, number>();
  for (let j = 0; j + minWords <= wb.length; j++) {
    for (const i of starts.get(key(wb, j)) ?? []) {
      // Only runs that cannot be extended to the left: the others are tails of a run already counted.
      if (i > 0 && j > 0 && wa[i - 1] === wb[j - 1]) continue;
      let n = minWords;
      while (i + n < wa.length && j + n < wb.length && wa[i + n] === wb[j + n]) n++;
      const text = wa.slice(i, i + n).join(' ');
      runs.set(text, n);
    }
  }
  // Drop runs contained in a longer one (a text that holds a passage twice yields both).
  const all = [...runs].map(([text, words]) => ({ text, words })).sort((x, y) => y.words - x.words);
  return all.filter((run, k) => !all.slice(0, k).some((longer) => longer.text.includes(run.text)));
}
