// The explorer's state and its actions, as a pure reducer: easy to test, and the only way state changes.
// Each concern has a slice in slices/ (its actions and one handler per action); this root owns the state's shape,
// sends each action to its slice, and records the steps that undo and redo walk, in one place.
import { NO_FILTERS, type Filters, type Visibility } from '../model/filters';
import type { Selection } from '../model/selection';
import type { Ego } from '../model/ego';
import type { MetricId } from '../model/metricNames';
import { DEFAULT_APPEARANCE, type Appearance } from '../appearance/appearance';
import type { LayoutName } from '../appearance/layouts';
import type { Camera, Framing } from '../appearance/camera';
import { NO_HISTORY, record, sameSlice, type History, type Positions, type ViewSlice } from './history';
import type { PathQuery, SavedView } from './viewPatch';
import { sliceReducer } from './slices/slice';
import {
  LOADING,
  type LoadingAction,
  type Busy,
  type LoadStatus,
  type Notice,
  type Origin,
  type Story,
} from './slices/loading';
import { VIEW, type ViewAction } from './slices/view';
import { RENDERER, type RendererAction } from './slices/renderer';
import { UNDO_REDO, sliceOf, type UndoRedoAction } from './slices/undoRedo';
import { METRICS, NO_METRICS, type MetricsAction, type MetricsState } from './slices/metrics';
import { SAVED_VIEWS, type SavedViewsAction } from './slices/savedViews';
import { PANELS, type Panel, type PanelsAction } from './slices/panels';
import { REMOTE, type RemoteAction } from './slices/remote';

export type { PathQuery, SavedView, ViewPatch } from './viewPatch';
export type { Positions } from './history';
export type { Busy, LoadStatus, Notice, Origin, Story } from './slices/loading';
export type { MetricsState } from './slices/metrics';
export { NO_METRICS } from './slices/metrics';
export type { Panel } from './slices/panels';

export interface ExplorerState {
  status: LoadStatus;
  origin: Origin | null;
  /** Steps that can be undone and redone (opening a graph is one). */
  history: History<Story | null, Origin | null>;
  notice: Notice | null;
  busy: Busy | null;
  story: Story | null;
  filters: Filters;
  visibility: Visibility;
  selection: Selection | null;
  /** Whether the view should bring the selection to the centre (true when chosen from search or a list). */
  centreOnSelection: boolean;
  layout: LayoutName;
  /** Bumped to ask the view to run the current layout again. */
  layoutRun: number;
  /** What the left side shows: the filters, or one of the evidence views. */
  panel: Panel;
  /** The ego view: only what lies within some steps of an entity (null: everything the filters show). */
  ego: Ego | null;
  /** The connection asked about: from the selected entity to another, and how to search. */
  path: PathQuery | null;
  /** What nodes are sized and coloured by, and the smallest size that shows a name. */
  appearance: Appearance;
  metrics: MetricsState;
  /** The metric the "Top entities" table ranks by. */
  rankBy: MetricId;
  /** The user has moved nodes or run a layout since the graph was opened or its layout reset (worth storing). */
  arranged: boolean;
  /** Entities that stay where they are through layouts and drags. */
  pinned: ReadonlySet<string>;
  /** Positions for the view to put nodes at (undo, a restored session); a new object each time it is asked. */
  placement: { positions: Positions } | null;
  /** A camera for the view to move to (a link, a saved view); a new object each time it is asked. */
  cameraRequest: { camera: Camera | Framing; animate: boolean } | null;
  /** Named views of this dataset, in the order a walkthrough shows them. */
  savedViews: readonly SavedView[];
  /** The step of the walkthrough on screen, or null when not presenting. */
  presenting: number | null;
  /** The view as it was when a time gesture (a drag, a held key, playback) began: its one undo step goes back there. */
  timeGesture: ViewSlice<Story | null, Origin | null> | null;
  /** How often undo, redo or a restored view has replaced the view: a time-bar run ends when it changes. */
  viewJumps: number;
}

export type Action =
  | LoadingAction
  | ViewAction
  | RendererAction
  | UndoRedoAction
  | MetricsAction
  | SavedViewsAction
  | PanelsAction
  | RemoteAction;

export const initialState: ExplorerState = {
  status: { kind: 'loading' },
  origin: null,
  history: NO_HISTORY,
  notice: null,
  busy: null,
  story: null,
  filters: NO_FILTERS,
  visibility: { nodes: new Set(), edges: new Set() },
  selection: null,
  centreOnSelection: false,
  layout: 'fcose',
  layoutRun: 0,
  panel: 'filters',
  ego: null,
  path: null,
  appearance: DEFAULT_APPEARANCE,
  metrics: NO_METRICS,
  rankBy: 'degree',
  arranged: false,
  pinned: new Set(),
  placement: null,
  cameraRequest: null,
  savedViews: [],
  presenting: null,
  timeGesture: null,
  viewJumps: 0,
};

/** Every action to the handler of its slice (a type error names any action without one). */
const reduce = sliceReducer<Action>({
  ...LOADING,
  ...VIEW,
  ...RENDERER,
  ...UNDO_REDO,
  ...METRICS,
  ...SAVED_VIEWS,
  ...PANELS,
  ...REMOTE,
});

/** Actions that change what is shown, and so are steps of undo and redo. */
const UNDOABLE = new Set<Action['type']>([
  'loaded',
  'redated',
  'edited',
  'fetched',
  'togglePick',
  'setFilters',
  'resetFilters',
  'setTime',
  'select',
  'setLayout',
  'moved',
  'togglePin',
  'resetLayout',
  'setEgo',
  'expandEgo',
  'collapseEgo',
  'setPath',
  'setAppearance',
  'restoreView',
]);

export function explorerReducer(state: ExplorerState, action: Action): ExplorerState {
  let next = reduce(state, action);
  const gesture = state.timeGesture;
  if (action.type === 'setTime' && action.record === false)
    return state.story ? { ...next, timeGesture: gesture ?? sliceOf(state) } : next;
  // Anything else ends a gesture: a settled window records it, other actions drop it.
  if (gesture) next = { ...next, timeGesture: null };
  // The first graph shown is where history starts: there is nothing before it to go back to.
  if (!state.story || !UNDOABLE.has(action.type)) return next;
  if (action.type === 'restoreView' && action.record === false) return next;
  const before = action.type === 'setTime' && gesture ? gesture : sliceOf(state);
  const positions = positionsBefore(action);
  // A move or a layout changes no state here (positions live in the view) but is a step all the same.
  if (positions === null && sameSlice(before, sliceOf(next))) return next;
  return { ...next, history: record(state.history, { slice: before, positions }) };
}

function positionsBefore(action: Action): Positions | null {
  if (action.type === 'moved') return new Map([[action.id, action.from]]);
  if (action.type === 'setLayout' || action.type === 'resetLayout' || action.type === 'restoreView')
    return action.before ?? null;
  return null;
}

export const canUndo = (state: ExplorerState) => state.history.past.length > 0;
export const canRedo = (state: ExplorerState) => state.history.future.length > 0;

/** Whether the last step was opening a graph (so the notice about it can offer the way back). */
export function lastStepOpened(state: ExplorerState): boolean {
  const last = state.history.past[state.history.past.length - 1];
  return last !== undefined && last.slice.story !== null && last.slice.story !== state.story;
}
