// Undo and redo: each step the user takes that changes what is shown (open a graph, filter, lay out, move, pin,
// select, change the appearance, the neighbourhood or the path) keeps the view it replaced. Positions live in the
// renderer, so steps that move nodes carry them in: a move its start, a layout every position before it, and an
// undo or redo the positions it leaves (so the step back can be walked forward again).
import type { Filters } from '../model/filters';
import type { Selection } from '../model/selection';
import type { Ego } from '../model/ego';
import type { Appearance } from '../appearance/appearance';
import type { LayoutName } from '../appearance/layouts';
import type { PathQuery } from './viewPatch';

export type Point = { x: number; y: number };
export type Positions = ReadonlyMap<string, Point>;

/** What one step of history puts back. `story` and `origin` are typed by the explorer (kept opaque here). */
export interface ViewSlice<S, O> {
  story: S;
  origin: O;
  filters: Filters;
  layout: LayoutName;
  selection: Selection | null;
  appearance: Appearance;
  ego: Ego | null;
  path: PathQuery | null;
  pinned: ReadonlySet<string>;
  /** Whether the drawing was the user's arrangement (so stored positions follow an undo); not compared. */
  arranged: boolean;
}

export interface HistoryEntry<S, O> {
  slice: ViewSlice<S, O>;
  /** Where nodes were (null: the step moved none). */
  positions: Positions | null;
}

export interface History<S, O> {
  past: readonly HistoryEntry<S, O>[];
  future: readonly HistoryEntry<S, O>[];
}

/** Enough for an afternoon's work; each entry can hold every position of a big graph, so not unbounded. */
export const HISTORY_LIMIT = 100;

export const NO_HISTORY: History<never, never> = { past: [], future: [] };

export function sameSlice<S, O>(a: ViewSlice<S, O>, b: ViewSlice<S, O>): boolean {
  return (
    a.story === b.story &&
    a.filters === b.filters &&
    a.layout === b.layout &&
    sameSelection(a.selection, b.selection) &&
    a.appearance === b.appearance &&
    a.ego === b.ego &&
    a.path === b.path &&
    a.pinned === b.pinned
  );
}

function sameSelection(a: Selection | null, b: Selection | null): boolean {
  return a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
}

/** A new step: the view it replaced goes on the undo stack, and what was undone can no longer be redone. */
export function record<S, O>(history: History<S, O>, entry: HistoryEntry<S, O>): History<S, O> {
  const past = [...history.past, entry];
  return { past: past.length > HISTORY_LIMIT ? past.slice(past.length - HISTORY_LIMIT) : past, future: [] };
}

/** Takes the step back (or forward): the entry to put back, and the history with the present on the other stack. */
export function travel<S, O>(
  history: History<S, O>,
  direction: 'undo' | 'redo',
  present: HistoryEntry<S, O>,
): { entry: HistoryEntry<S, O>; history: History<S, O> } | null {
  const from = direction === 'undo' ? history.past : history.future;
  const entry = from[from.length - 1];
  if (!entry) return null;
  const rest = from.slice(0, -1);
  const other = [...(direction === 'undo' ? history.future : history.past), present];
  return {
    entry,
    history: direction === 'undo' ? { past: rest, future: other } : { past: other, future: rest },
  };
}
