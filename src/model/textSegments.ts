// A text cut into pieces at every edge of its marked ranges (quotes, names), so a reader can draw each piece as
// plain text, a highlight or a name without ever parsing markup: the pieces, joined, are the text exactly.

export interface Range {
  start: number;
  end: number;
}

export interface Segment<Q, M> {
  start: number;
  end: number;
  /** The quotes covering this piece (several when quotes overlap), in the order given. */
  quotes: Q[];
  mention: M | null;
}

/** Pieces of [0, length) cut at every range edge. Mentions do not overlap one another; quotes may. */
export function segmentText<Q extends Range, M extends Range>(
  length: number,
  quotes: readonly Q[],
  mentions: readonly M[],
): Segment<Q, M>[] {
  const cuts = new Set<number>([0, length]);
  for (const r of [...quotes, ...mentions]) {
    if (r.start >= 0 && r.end <= length && r.start < r.end) {
      cuts.add(r.start);
      cuts.add(r.end);
    }
  }
  const edges = [...cuts].sort((a, b) => a - b);
  // Ranges sorted by start, swept once: each piece looks only at the ranges open at its start.
  const byStart = <R extends Range>(list: readonly R[]) => [...list].sort((a, b) => a.start - b.start);
  const sortedQuotes = byStart(quotes);
  const sortedMentions = byStart(mentions);
  const order = new Map(quotes.map((q, i) => [q, i]));
  let nextQuote = 0;
  let nextMention = 0;
  let open: Q[] = [];
  let mention: M | null = null;
  const segments: Segment<Q, M>[] = [];
  for (let i = 0; i + 1 < edges.length; i++) {
    const start = edges[i]!;
    const end = edges[i + 1]!;
    while (nextQuote < sortedQuotes.length && sortedQuotes[nextQuote]!.start <= start)
      open.push(sortedQuotes[nextQuote++]!);
    open = open.filter((q) => q.end > start);
    while (nextMention < sortedMentions.length && sortedMentions[nextMention]!.start <= start)
      mention = sortedMentions[nextMention++]!;
    if (mention && mention.end <= start) mention = null;
    const covering = open.length < 2 ? [...open] : [...open].sort((a, b) => order.get(a)! - order.get(b)!);
    segments.push({ start, end, quotes: covering, mention });
  }
  return segments;
}
