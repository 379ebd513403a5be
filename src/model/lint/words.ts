// The words and phrases the rules look for ("asked", "according to", "remains unclear"), found in each quote once
// per run. Every list a rule declares joins one pattern, run once over each quote (cached by its text, which
// several rules and claims share); the rules then look at the few words found. Per rule and per word, set lookups
// over every word of 100,000 quotes took most of the lint's time; one pass of one pattern is several times faster.

/** A list of lower-case words and phrases a rule looks for. */
export interface Wording {
  entries: ReadonlySet<string>;
}

/** Every entry of every list, for the one pattern. Lists are declared when the rule modules load. */
const ALL_ENTRIES = new Set<string>();
let pattern: RegExp | null = null;

export function wording(entries: readonly string[]): Wording {
  for (const entry of entries) ALL_ENTRIES.add(entry);
  pattern = null;
  return { entries: new Set(entries) };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function allWordings(): RegExp {
  // Longest first, so a phrase wins over a word it starts with; spaces in a phrase match any run of white space.
  const alternatives = [...ALL_ENTRIES]
    .sort((a, b) => b.length - a.length)
    .map((entry) => entry.split(' ').map(escape).join('\\s+'));
  return new RegExp(`\\b(?:${alternatives.join('|')})\\b`, 'gi');
}

export interface QuoteWords {
  /** The listed words and phrases the quote holds, lower case, in its order. */
  found: readonly string[];
}

const NONE: QuoteWords = { found: [] };

export function quoteWords(quote: string): QuoteWords {
  pattern ??= allWordings();
  const matches = quote.match(pattern);
  return matches ? { found: matches.map((m) => m.toLowerCase().replace(/\s+/g, ' ')) } : NONE;
}

export type WordReader = (quote: string) => QuoteWords;

/** A reader that reads each distinct quote once. */
export function wordReader(): WordReader {
  const cache = new Map<string, QuoteWords>();
  return (quote) => {
    let words = cache.get(quote);
    if (!words) {
      words = quoteWords(quote);
      cache.set(quote, words);
    }
    return words;
  };
}

/** The first word or phrase of the list the quote holds, in the quote's order, or null. */
export function findWording(quote: QuoteWords, list: Wording): string | null {
  for (const found of quote.found) if (list.entries.has(found)) return found;
  return null;
}
