// The story in time order: dated relations sorted by first day (then last day, then id), grouped by the year or
// month they start in, each with its date in words and whether the time window and the filters let it through.
// Undated relations come last, in the dataset's order. Pure: the Chronology panel and its tests read this.
import type { StoryGraph } from './graph';
import { relationReading } from './describeView';
import { eventRange, formatEventDate, partsOf, type DayRange } from './time';
import { timeView, type TimeFilter } from './timeFilter';

/** Why an item is, or is not, in the graph: the time window is named apart from the other filters. */
export type ChronologyStatus = 'shown' | 'outside-window' | 'filtered';

export interface ChronologyItem {
  id: string;
  /** The days it covers; null for an undated relation. */
  range: DayRange | null;
  /** Those days in short words: "26 Oct 2025", "11–20 Oct 2025", "2025", "since Jan 2013"; "" when undated. */
  when: string;
  /** The date as the articles word it (the relation's dateText), else the formatted date; "" when there is none. */
  label: string;
  /** Whether `label` is the articles' wording (dateText), not a formatted date. */
  worded: boolean;
  /** "Nicolás Maduro — wrote — letter to Putin" */
  reading: string;
}

export interface ChronologyGroup {
  key: string;
  /** "2025" for items that start on the first day of a year, "October 2025" for the others; "No known start". */
  heading: string;
  items: ChronologyItem[];
}

export interface Chronology {
  groups: ChronologyGroup[];
  undated: ChronologyItem[];
  /** Asked per item (a big graph lists only a part): the order stays the same while the filters change. */
  statusOf(id: string): ChronologyStatus;
}

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];
const shortMonth = (month: number) => MONTH_NAMES[month - 1]!.slice(0, 3);

interface Day {
  year: number;
  month: number;
  day: number;
}

function dayParts(day: number): Day {
  const [year, month, date] = partsOf(day);
  return { year, month, day: date };
}

const isMonthStart = (d: Day) => d.day === 1;
const isYearStart = (d: Day) => d.month === 1 && d.day === 1;
/** The next day is the first of a month (or of a year). */
const isMonthEnd = (day: number) => isMonthStart(dayParts(day + 1));
const isYearEnd = (day: number) => isYearStart(dayParts(day + 1));

/** An open end's one day, as coarse as it allows: "2013" for 1 January, "Sep 2025" for a month's first day. */
function boundWords(day: number, side: 'start' | 'end'): string {
  const d = dayParts(day);
  const wholeYear = side === 'start' ? isYearStart(d) : isYearEnd(day);
  const wholeMonth = side === 'start' ? isMonthStart(d) : isMonthEnd(day);
  if (wholeYear) return `${d.year}`;
  if (wholeMonth) return `${shortMonth(d.month)} ${d.year}`;
  return `${d.day} ${shortMonth(d.month)} ${d.year}`;
}

/** A day range in short words, whole years and months named as such: "2000–2003", "Sep 2006 – Dec 2008". */
export function formatDayRange(range: DayRange): string {
  const { start, end } = range;
  const openStart = !Number.isFinite(start);
  const openEnd = !Number.isFinite(end);
  if (openStart && openEnd) return 'any time';
  if (openStart) return `until ${boundWords(end, 'end')}`;
  if (openEnd) return `since ${boundWords(start, 'start')}`;
  const a = dayParts(start);
  const b = dayParts(end);
  if (isYearStart(a) && isYearEnd(end)) return a.year === b.year ? `${a.year}` : `${a.year}–${b.year}`;
  if (isMonthStart(a) && isMonthEnd(end)) {
    if (a.year === b.year && a.month === b.month) return `${shortMonth(a.month)} ${a.year}`;
    if (a.year === b.year) return `${shortMonth(a.month)}–${shortMonth(b.month)} ${a.year}`;
    return `${shortMonth(a.month)} ${a.year} – ${shortMonth(b.month)} ${b.year}`;
  }
  if (start === end) return `${a.day} ${shortMonth(a.month)} ${a.year}`;
  if (a.year === b.year && a.month === b.month) return `${a.day}–${b.day} ${shortMonth(a.month)} ${a.year}`;
  if (a.year === b.year) return `${a.day} ${shortMonth(a.month)} – ${b.day} ${shortMonth(b.month)} ${a.year}`;
  return `${a.day} ${shortMonth(a.month)} ${a.year} – ${b.day} ${shortMonth(b.month)} ${b.year}`;
}

/**
 * The group an item starts in. Keyed by the first day alone, so groups follow one another in the list's order:
 * a first day on 1 January names the year (a date known only to the year starts there), any other its month.
 */
function groupOf(start: number): { key: string; heading: string } {
  if (!Number.isFinite(start)) return { key: 'open', heading: 'No known start' };
  const d = dayParts(start);
  if (isYearStart(d)) return { key: `${d.year}`, heading: `${d.year}` };
  return { key: `${d.year}-${d.month}`, heading: `${MONTH_NAMES[d.month - 1]} ${d.year}` };
}

const compare = (a: number, b: number) => (a < b ? -1 : a > b ? 1 : 0);

function byTime(a: ChronologyItem, b: ChronologyItem): number {
  const x = a.range!;
  const y = b.range!;
  return compare(x.start, y.start) || compare(x.end, y.end) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** The order, groups and words depend on the graph alone: worked out once per graph, not on each filter change. */
const orderedByGraph = new WeakMap<StoryGraph, Omit<Chronology, 'statusOf'>>();

function ordered(graph: StoryGraph): Omit<Chronology, 'statusOf'> {
  const known = orderedByGraph.get(graph);
  if (known) return known;
  const dated: ChronologyItem[] = [];
  const undated: ChronologyItem[] = [];
  graph.forEachEdge((id, relation) => {
    const range = eventRange(relation.date) ?? null;
    const formatted = relation.date === undefined ? '' : formatEventDate(relation.date);
    const item = {
      id,
      range,
      when: range ? formatDayRange(range) : '',
      label: relation.dateText ?? formatted,
      worded: relation.dateText !== undefined,
      reading: relationReading(graph, id),
    };
    (range ? dated : undated).push(item);
  });
  dated.sort(byTime);
  const groups: ChronologyGroup[] = [];
  for (const item of dated) {
    const { key, heading } = groupOf(item.range!.start);
    const last = groups[groups.length - 1];
    if (last?.key === key) last.items.push(item);
    else groups.push({ key, heading, items: [item] });
  }
  const result = { groups, undated };
  orderedByGraph.set(graph, result);
  return result;
}

/**
 * Every relation of the graph in time order. `shownEdges` is what the filters (the time window among them) let
 * through; `time` is the window, so an item it leaves out is told apart from one the other filters hide.
 */
export function chronology(graph: StoryGraph, shownEdges: ReadonlySet<string>, time?: TimeFilter): Chronology {
  const windowed = time ? timeView(graph, time) : null;
  return {
    ...ordered(graph),
    statusOf: (id) => (shownEdges.has(id) ? 'shown' : windowed && !windowed.shows(id) ? 'outside-window' : 'filtered'),
  };
}
