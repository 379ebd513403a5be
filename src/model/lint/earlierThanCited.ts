// A source cannot tell again what another source says before that source existed: its earliest day (the first
// day of its publication date, or its notBefore) should not come before the earliest day of a source it cites.
// A source with no known day on either side is left alone: nothing can be compared.
import { isoRange, isoDay, parseIsoDay } from '../time';
import { NOT_GIVEN } from '../vocabulary';
import { recordKey, type LintItem, type LintRule, type LintSource } from './types';

/** The first day a source can date from, as a day number; undefined when it gives none. */
export function earliestDay(source: Pick<LintSource, 'published' | 'notBefore'>): number | undefined {
  const published = source.published !== NOT_GIVEN ? isoRange(source.published)?.start : undefined;
  const notBefore = source.notBefore !== undefined ? parseIsoDay(source.notBefore) : undefined;
  if (published === undefined) return notBefore;
  return notBefore === undefined ? published : Math.max(published, notBefore);
}

export const earlierThanCited: LintRule = ({ input, sources }) => {
  const items: LintItem[] = [];
  for (const source of input.sources) {
    const own = earliestDay(source);
    if (own === undefined) continue;
    for (const citedId of new Set(source.cites)) {
      const cited = sources.get(citedId);
      const theirs = cited && earliestDay(cited);
      if (theirs === undefined || own >= theirs) continue;
      items.push({
        key: recordKey('earlier-than-cited', source.id, citedId),
        rule: 'earlier-than-cited',
        target: { kind: 'source', id: source.id },
        message: `${source.id} can date from ${isoDay(own)}, but it cites ${citedId}, which dates from ${isoDay(theirs)} at the earliest: move its earliest day (notBefore) to ${isoDay(theirs)}, or check what it cites.`,
      });
    }
  }
  return items;
};
