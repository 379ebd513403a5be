// The time bar's histogram: how many relations happened (or how many claims came out) in each stretch of the axis,
// stacked by relation type or by status. Bins follow the calendar (days, weeks, months or years, whichever keeps
// them under a hundred) so a bar reads as "October 2025", not as "days 20,362 to 20,392".
import type { StoryGraph } from './graph';
import type { Relation } from './schema';
import { dayNumber, isoDay } from './time';
import { timeIndexOf, type TimeMode } from './timeFilter';
import { padded, wholeSpan, type Span } from './timeAxis';

export type StackBy = 'type' | 'status';

export interface Bin {
  /** First and last day of the bin, inclusive. */
  start: number;
  end: number;
  /** Count per category (relation type or status). */
  counts: Map<string, number>;
  total: number;
}

export interface Histogram {
  bins: Bin[];
  unit: 'day' | 'week' | 'month' | 'year';
  /** Categories, most common first. */
  categories: string[];
  /** The tallest bin's total (0 when nothing is dated in the axis). */
  max: number;
}

const MAX_BINS = 100;

function civil(day: number): [number, number] {
  const [y, m] = isoDay(day).split('-').map(Number);
  return [y!, m!];
}

/** Calendar-aligned bin starts covering [start, end]. */
function binStarts(start: number, end: number): { unit: Histogram['unit']; starts: number[] } {
  const span = end - start + 1;
  if (span <= MAX_BINS) return { unit: 'day', starts: Array.from({ length: span }, (_, i) => start + i) };
  if (span <= MAX_BINS * 7) {
    // Weeks from Monday (day 0, 1970-01-01, was a Thursday).
    const first = start - ((((start + 3) % 7) + 7) % 7);
    const starts: number[] = [];
    for (let d = first; d <= end; d += 7) starts.push(d);
    return { unit: 'week', starts };
  }
  let [y, m] = civil(start);
  const starts: number[] = [];
  if (span <= MAX_BINS * 30) {
    for (let d = dayNumber(y, m, 1); d <= end; d = dayNumber(y, m, 1)) {
      starts.push(d);
      [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1];
    }
    return { unit: 'month', starts };
  }
  for (let d = dayNumber(y, 1, 1); d <= end; d = dayNumber(++y, 1, 1)) starts.push(d);
  return { unit: 'year', starts };
}

const categoryOf = (relation: Relation, stackBy: StackBy) => (stackBy === 'type' ? relation.type : relation.modality);

/**
 * Bins over the axis [start, end]. "happened": each dated relation that overlaps the axis counts once, in the bin of
 * its first day (clamped to the axis, for "since 2013"). "known by": each claim counts on its article's earliest day.
 */
export function timeHistogram(
  graph: StoryGraph,
  axis: { start: number; end: number },
  mode: TimeMode,
  stackBy: StackBy,
): Histogram {
  const { unit, starts } = binStarts(axis.start, axis.end);
  const bins: Bin[] = starts.map((start, i) => ({
    start,
    end: (starts[i + 1] ?? axis.end + 1) - 1,
    counts: new Map(),
    total: 0,
  }));
  const index = timeIndexOf(graph);
  const binOf = (day: number) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (starts[mid]! <= day) lo = mid;
      else hi = mid - 1;
    }
    return bins[lo]!;
  };
  const totals = new Map<string, number>();
  const add = (day: number, relationNumber: number) => {
    const category = categoryOf(graph.getEdgeAttributes(index.ids[relationNumber]!), stackBy);
    const bin = binOf(Math.max(day, axis.start));
    bin.counts.set(category, (bin.counts.get(category) ?? 0) + 1);
    bin.total++;
    totals.set(category, (totals.get(category) ?? 0) + 1);
  };
  if (mode === 'happened') {
    index.byStart.forEach((i, j) => {
      const start = index.starts[j]!;
      if (start <= axis.end && index.endOf[i]! >= axis.start) add(start, i);
    });
  } else {
    index.claimDays.forEach((day, j) => {
      if (day >= axis.start && day <= axis.end) add(day, index.claimRelation[j]!);
    });
  }
  const categories = [...totals].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([c]) => c);
  return { bins, unit, categories, max: Math.max(0, ...bins.map((b) => b.total)) };
}

/** What the time bar places on its axis: each dated relation's days ("happened"), or each claim's article day. */
export function axisItems(graph: StoryGraph, mode: TimeMode): Span[] {
  const index = timeIndexOf(graph);
  if (mode === 'known-by') return [...index.claimDays].filter(Number.isFinite).map((day) => ({ start: day, end: day }));
  return [...index.byStart].map((i) => ({ start: index.startOf[i]!, end: index.endOf[i]! }));
}

/** The whole span of a time bar: the dated relations' days ("happened") or the articles' ("known by"), padded. */
export function defaultAxis(graph: StoryGraph, mode: TimeMode): Span | undefined {
  const whole = wholeSpan(axisItems(graph, mode));
  return whole && padded(whole);
}
