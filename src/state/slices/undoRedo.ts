// Undo and redo: walking the history that the root reducer records (explorer.ts), and the view one step holds.
// A time gesture under way (a drag, a held key, playback) counts as the present: undo takes it back first.
import type { ExplorerState } from '../explorer';
import { travel, type Positions, type ViewSlice } from '../history';
import { showStory, type Origin, type Story } from './loading';
import { withFilters } from './view';
import { sliceReducer, type Handlers } from './slice';

export type UndoRedoAction =
  /** Undo and redo carry the positions the view has now, so the step can be walked back again. */
  { type: 'undo'; positions?: Positions } | { type: 'redo'; positions?: Positions };

export const UNDO_REDO: Handlers<UndoRedoAction> = {
  undo: (state, action) => jumped(state, travelled(state, 'undo', action.positions)),
  redo: (state, action) => jumped(state, travelled(state, 'redo', action.positions)),
};

export const undoRedoReducer = sliceReducer(UNDO_REDO);

/** What one step of history keeps of the state. */
export function sliceOf(state: ExplorerState): ViewSlice<Story | null, Origin | null> {
  const { story, origin, filters, layout, selection, appearance, ego, path, pinned, arranged } = state;
  return { story, origin, filters, layout, selection, appearance, ego, path, pinned, arranged };
}

/** Counts a jump to another view (the time bar ends a run when it sees one); nothing to undo is no jump. */
function jumped(state: ExplorerState, next: ExplorerState): ExplorerState {
  return next === state ? state : { ...next, viewJumps: state.viewJumps + 1 };
}

function travelled(state: ExplorerState, direction: 'undo' | 'redo', positions?: Positions): ExplorerState {
  // Undo in the middle of a gesture on the time window (a drag, a held key, a run) takes the gesture back: the
  // window returns to where it began, and history is left as it was.
  if (direction === 'undo' && state.timeGesture) return { ...withSlice(state, state.timeGesture), timeGesture: null };
  // Redo mid-gesture keeps as "now" the view the gesture began from, not a window the user never settled on.
  const present = state.timeGesture ?? sliceOf(state);
  const moved = travel(state.history, direction, { slice: present, positions: positions ?? null });
  if (!moved) return state;
  const { slice, positions: put } = moved.entry;
  const next = withSlice(state, slice);
  return { ...next, history: moved.history, placement: put ? { positions: put } : next.placement };
}

/** The state showing a recorded view (its graph, filters, layout, selection, appearance, ego view, path, pins). */
function withSlice(state: ExplorerState, slice: ViewSlice<Story | null, Origin | null>): ExplorerState {
  let next: ExplorerState = state;
  let notice = state.notice;
  if (slice.story !== state.story && slice.story) {
    next = showStory(state, { story: slice.story, origin: slice.origin, filters: slice.filters, layout: slice.layout });
    notice = { kind: 'restored', message: `Restored ${slice.origin?.name ?? slice.story.dataset.title}.` };
  }
  const { filters, layout, selection, appearance, ego, path, pinned, arranged } = slice;
  const appearanceChanged = appearance !== next.appearance;
  next = withFilters({ ...next, layout, ego, path, pinned, selection, notice, arranged }, filters);
  if (appearanceChanged) next = { ...next, appearance, metrics: { ...next.metrics, message: null } };
  return next;
}
