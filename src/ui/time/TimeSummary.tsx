// What the time window means in words, under the bar: for "known by", how many articles could have been out by its
// end, and how many of those are dated only by a "not before" day (so they may have come out later).
import { useMemo } from 'react';
import type { Story } from '../../state/explorer';
import type { TimeFilter } from '../../model/timeFilter';
import { timeLabel } from '../../model/timeFilter';
import { earliestDays, type EarliestDay } from '../../model/publication';
import { isoDay } from '../../model/time';
import { sourceLabel } from '../sourceLabel';

/** The articles claims quote, with the first day each could have been out (undated ones left out). */
function quotedArticles(story: Story): { id: string; name: string; earliest: EarliestDay }[] {
  const quoted = new Set(story.dataset.relations.flatMap((r) => r.claims.map((c) => c.source)));
  const days = earliestDays(story.dataset.sources);
  return story.dataset.sources.flatMap((s) => {
    const earliest = days.get(s.id);
    return quoted.has(s.id) && earliest ? [{ id: s.id, name: sourceLabel(s), earliest }] : [];
  });
}

/** A mark on the time bar per quoted article, on the first day it could have been out. */
export function articleMarks(story: Story): { day: number; label: string }[] {
  return quotedArticles(story).map(({ name, earliest }) => ({
    day: earliest.day,
    label: `${name}: ${earliest.exact ? 'published' : 'not before'} ${isoDay(earliest.day)}`,
  }));
}

export function TimeSummary({ story, time }: { story: Story; time: TimeFilter | undefined }) {
  const articles = useMemo(() => quotedArticles(story), [story]);
  if (!time) return <span data-testid="time-summary">All time: drag on the bars or set dates to pick a window.</span>;
  if (time.mode === 'happened')
    return <span data-testid="time-summary">Showing relations that {timeLabel(time)}.</span>;
  const out = articles.filter((a) => a.earliest.day <= time.to);
  const uncertain = out.filter((a) => !a.earliest.exact).length;
  return (
    <span data-testid="time-summary">
      Reported by {isoDay(time.to)}: {out.length} of {articles.length} dated{' '}
      {articles.length === 1 ? 'article' : 'articles'} could be out
      {uncertain > 0 &&
        `; ${
          uncertain === out.length
            ? uncertain === 1
              ? 'it is'
              : `all ${uncertain} are`
            : uncertain === 1
              ? '1 of them is'
              : `${uncertain} of them are`
        } dated only as “not before”, so may be later`}
      .
    </span>
  );
}
