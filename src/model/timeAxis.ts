// Where the time bar looks and how its axis is marked. A story often has a few old background dates (a purchase in
// 2006, "since 2013") and a dense cluster of recent ones: an axis over the whole span squeezes the cluster into one
// bar at the edge. So the bar opens on the span where most dated items are (focusSpan), and the whole span stays one
// click away. The axis's ticks (axisTicks) follow the calendar: years, months or days, as the room allows.
import { dayNumber, partsOf } from './time';

export interface Span {
  start: number;
  end: number;
}

/**
 * Share of the dated items the focus must hold before it stops growing: most of them, clearly. (At 0.8 a story with a
 * third of its dates in the past, such as the bundled one, where 13 of 21 dated relations fall in 2025, opened on
 * the whole quarter-century with its cluster squeezed into the last bar.)
 */
const CORE_SHARE = 0.6;
/** A focus this wide, or wider, against the whole span is not worth it: the whole span is shown. */
const WORTH_IT = 0.5;
/** An item joins the focus when it lies this close to its edge: at least a month, or a quarter of its width. */
const NEAR_DAYS = 31;
const NEAR_SHARE = 0.25;

/** Days either side of a span, so the first and last bars do not touch the edges. */
export function padded(span: Span): Span {
  const pad = Math.max(3, Math.round((span.end - span.start) * 0.02));
  return { start: span.start - pad, end: span.end + pad };
}

/**
 * The span (unpadded) where the bulk of `items` lies, or undefined when that is about the whole span anyway. Items
 * are day ranges (open ends ±Infinity). Each counts at its first known day (as the histogram counts it); the narrowest
 * stretch holding 60% of them is widened to take in items near its edges, then to the last known day of those in it
 * (a relation dated "2025" reaches to December).
 */
export function focusSpan(items: readonly Span[]): Span | undefined {
  const anchored = items
    .map((item) => ({ item, at: Number.isFinite(item.start) ? item.start : item.end }))
    .filter(({ at }) => Number.isFinite(at))
    .sort((a, b) => a.at - b.at);
  const n = anchored.length;
  if (n < 2) return undefined;
  const whole = wholeSpan(items)!;
  const k = Math.max(1, Math.ceil(n * CORE_SHARE));
  let first = 0;
  for (let i = 1; i + k - 1 < n; i++)
    if (anchored[i + k - 1]!.at - anchored[i]!.at < anchored[first + k - 1]!.at - anchored[first]!.at) first = i;
  let last = first + k - 1;
  const near = () => Math.max(NEAR_DAYS, (anchored[last]!.at - anchored[first]!.at) * NEAR_SHARE);
  for (let grown = true; grown;) {
    grown = false;
    if (first > 0 && anchored[first]!.at - anchored[first - 1]!.at <= near()) {
      first--;
      grown = true;
    }
    if (last < n - 1 && anchored[last + 1]!.at - anchored[last]!.at <= near()) {
      last++;
      grown = true;
    }
  }
  const start = anchored[first]!.at;
  let end = start;
  for (let i = first; i <= last; i++) {
    const { item, at } = anchored[i]!;
    end = Math.max(end, Number.isFinite(item.end) ? item.end : at);
  }
  if (end - start >= (whole.end - whole.start) * WORTH_IT) return undefined;
  return { start, end };
}

/** First and last known day among the items; undefined when none has one. */
export function wholeSpan(items: readonly Span[]): Span | undefined {
  // Loops, not Math.min(...days): a big graph has more days than a call takes arguments.
  let start = Infinity;
  let end = -Infinity;
  for (const item of items)
    for (const day of [item.start, item.end])
      if (Number.isFinite(day)) {
        start = Math.min(start, day);
        end = Math.max(end, day);
      }
  return start <= end ? { start, end } : undefined;
}

/** How many items lie wholly before the axis, and wholly after it (an item overlapping it is drawn on it). */
export function outside(items: readonly Span[], axis: Span): { before: number; after: number } {
  let before = 0;
  let after = 0;
  for (const item of items) {
    if (item.end < axis.start) before++;
    else if (item.start > axis.end) after++;
  }
  return { before, after };
}

export interface Tick {
  day: number;
  label: string;
  /** The start of a year (or of a month, on an axis of days): drawn a little stronger. */
  major: boolean;
}

const MONTH_LABELS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** Tick steps from finest to coarsest, with about how many days each spans (to judge the room between labels). */
type Step = { unit: 'day' | 'month' | 'year'; every: number; approx: number; days?: number[] };
const STEPS: Step[] = [
  { unit: 'day', every: 1, approx: 1 },
  { unit: 'day', every: 2, approx: 2, days: [1, 3, 5, 7, 9, 11, 13, 15, 17, 19, 21, 23, 25, 27, 29] },
  { unit: 'day', every: 7, approx: 7, days: [1, 8, 15, 22] },
  { unit: 'day', every: 15, approx: 15, days: [1, 15] },
  { unit: 'month', every: 1, approx: 30.4 },
  { unit: 'month', every: 3, approx: 91 },
  { unit: 'month', every: 6, approx: 183 },
  ...[1, 2, 5, 10, 20, 50, 100, 200, 500, 1000].map((every): Step => ({ unit: 'year', every, approx: every * 365.25 })),
];

/**
 * Labelled ticks on the calendar for an axis drawn `width` pixels wide, at least `minGap` pixels apart (room for "2025" or "Sep" and some space): days (a
 * month's first day named by its month), months (January named by its year) or years, the finest that has room.
 */
export function axisTicks(axis: Span, width: number, minGap = 36): Tick[] {
  const days = axis.end - axis.start + 1;
  const pxPerDay = width / Math.max(1, days);
  const step = STEPS.find((s) => s.approx * pxPerDay >= minGap) ?? STEPS.at(-1)!;
  const [y0, m0] = partsOf(axis.start);
  const ticks: Tick[] = [];
  // A month's first day can come a day or two after the last numbered one: the month's name wins the room.
  const push = (day: number, label: string, major: boolean) => {
    if (day < axis.start || day > axis.end) return;
    const previous = ticks.at(-1);
    if (previous && (day - previous.day) * pxPerDay < minGap * 0.7) {
      if (!major || previous.major) return;
      ticks.pop();
    }
    ticks.push({ day, label, major });
  };
  if (step.unit === 'year') {
    for (let y = Math.ceil(y0 / step.every) * step.every; dayNumber(y, 1, 1) <= axis.end; y += step.every)
      push(dayNumber(y, 1, 1), String(y), true);
  } else if (step.unit === 'month') {
    for (let y = y0, m = m0; dayNumber(y, m, 1) <= axis.end; [y, m] = m === 12 ? [y + 1, 1] : [y, m + 1]) {
      if ((m - 1) % step.every !== 0) continue;
      push(dayNumber(y, m, 1), m === 1 ? String(y) : MONTH_LABELS[m - 1]!, m === 1);
    }
  } else {
    for (let day = axis.start; day <= axis.end; day++) {
      const [y, m, d] = partsOf(day);
      if (step.days && !step.days.includes(d)) continue;
      if (d === 1) push(day, m === 1 ? String(y) : MONTH_LABELS[m - 1]!, true);
      else push(day, String(d), false);
    }
  }
  return ticks;
}
