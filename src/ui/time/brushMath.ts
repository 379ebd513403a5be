// The arithmetic of the time brush, apart from the DOM so it can be tested: pixels to days, and what each key does
// to a window. Windows are inclusive ranges of UTC day numbers.

export interface DaySpan {
  from: number;
  to: number;
}

export interface Axis {
  start: number;
  end: number;
}

/** The day under x pixels, on an axis drawn `width` pixels wide (each day is a slot; the last day ends at `width`). */
export function dayAt(x: number, width: number, axis: Axis): number {
  const days = axis.end - axis.start + 1;
  const day = axis.start + Math.floor((x / Math.max(1, width)) * days);
  return Math.min(axis.end, Math.max(axis.start, day));
}

/** Where a day's slot begins, in pixels. */
export function xOf(day: number, width: number, axis: Axis): number {
  return ((day - axis.start) / (axis.end - axis.start + 1)) * width;
}

export type BrushPart = 'from' | 'to' | 'window';

/**
 * A key pressed on a brush part: arrows move by a day (with Shift, by a week), Page Up and Page Down by 30 days,
 * Home and End to the axis's ends. A handle never crosses the other; the window keeps its width. Null: not a brush key.
 */
export function keyMove(key: string, shift: boolean, part: BrushPart, span: DaySpan, axis: Axis): DaySpan | null {
  const step = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1, PageDown: -30, PageUp: 30 }[key];
  const width = span.to - span.from;
  if (key === 'Home' || key === 'End') {
    const toStart = key === 'Home';
    if (part === 'window')
      return toStart ? { from: axis.start, to: axis.start + width } : { from: axis.end - width, to: axis.end };
    if (part === 'from') return { from: toStart ? axis.start : span.to, to: span.to };
    return { from: span.from, to: toStart ? span.from : axis.end };
  }
  if (step === undefined) return null;
  const by = shift && Math.abs(step) === 1 ? step * 7 : step;
  return moved(part, span, by, axis);
}

/** `span` with `part` moved by `by` days, kept on the axis: a handle never crosses the other, the window keeps its width. */
function moved(part: BrushPart, span: DaySpan, by: number, axis: Axis): DaySpan {
  if (part === 'from') return { from: Math.max(axis.start, Math.min(span.to, span.from + by)), to: span.to };
  if (part === 'to') return { from: span.from, to: Math.min(axis.end, Math.max(span.from, span.to + by)) };
  // A window wider than the axis (typed in the date fields) moves freely; any other stays on it.
  const room = span.to - span.from <= axis.end - axis.start;
  const shift = room ? Math.max(axis.start - span.from, Math.min(axis.end - span.to, by)) : by;
  return { from: span.from + shift, to: span.to + shift };
}

/** The window after dragging `part` from day `grabbed` to day `now`, starting from `start`. */
export function dragMove(part: BrushPart, start: DaySpan, grabbed: number, now: number, axis: Axis): DaySpan {
  return moved(part, start, now - grabbed, axis);
}
