// When each source could first have been read. A source gives its publication date (`published`), or, when it gives
// none, the text may still rule out earlier days (`notBefore`: "it tells 26 October as past"). And a source cannot
// come out before a source it retells: an article that credits The Washington Post's report appeared after it. So the
// earliest day of a source is the latest of its own bound and those of the sources it cites.
import type { Source } from './schema';
import { isoDay, isoRange, parseIsoDay } from './time';
import { NOT_GIVEN } from './vocabulary';

export interface EarliestDay {
  /** The first day the source could have been out (a UTC day number). */
  day: number;
  /** Whether the source gives its date (then `day` is its first day), or only a bound (then it may be later). */
  exact: boolean;
  /** The cited source whose bound set `day`, when it is later than the source's own. */
  via?: string;
}

/** The source's own first possible day: its publication date's first day, else its `notBefore`. */
function ownBound(source: Source): EarliestDay | undefined {
  if (source.published !== NOT_GIVEN) {
    const range = isoRange(source.published);
    if (range) return { day: range.start, exact: range.start === range.end };
  }
  const day = source.notBefore === undefined ? undefined : parseIsoDay(source.notBefore);
  return day === undefined ? undefined : { day, exact: false };
}

/** Each source's earliest day, where its own date, its text or the sources it cites give one. */
export function earliestDays(sources: readonly Source[]): Map<string, EarliestDay> {
  const byId = new Map(sources.map((s) => [s.id, s]));
  const done = new Map<string, EarliestDay | undefined>();
  const visiting = new Set<string>();
  const visit = (id: string): EarliestDay | undefined => {
    if (done.has(id)) return done.get(id);
    const source = byId.get(id);
    // Validation refuses citation cycles; the guard keeps an unvalidated graph from looping.
    if (!source || visiting.has(id)) return undefined;
    visiting.add(id);
    let best = ownBound(source);
    for (const cited of source.cites) {
      const bound = visit(cited);
      if (bound && (!best || bound.day > best.day)) best = { day: bound.day, exact: false, via: cited };
    }
    visiting.delete(id);
    done.set(id, best);
    return best;
  };
  const out = new Map<string, EarliestDay>();
  for (const s of sources) {
    const bound = visit(s.id);
    if (bound) out.set(s.id, bound);
  }
  return out;
}

/** "2025-10-30"; "not given; not before 2025-10-26, as it retells …"; or "not given". */
export function publicationText(source: Source, sources: readonly Source[]): string {
  if (source.published !== NOT_GIVEN) return source.published;
  const bound = earliestDays(sources).get(source.id);
  if (!bound) return NOT_GIVEN;
  const via = bound.via && sources.find((s) => s.id === bound.via);
  return `${NOT_GIVEN}; not before ${isoDay(bound.day)}${via ? `, as it retells ${via.outlet ?? via.title}` : ''}`;
}
