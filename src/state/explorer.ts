// The explorer's state and its actions, as a pure reducer: easy to test, and the only way state changes.
import type { Dataset } from '../model/schema';
import { buildGraph, type StoryGraph } from '../model/graph';
import { computeVisibility, NO_FILTERS, togglePick, type Filters, type Visibility } from '../model/filters';
import type { TimeFilter } from '../model/timeFilter';
import type { FacetId } from '../model/facets';
import type { Selection } from '../model/selection';
import { applyEgo, MAX_HOPS, type Direction, type Ego } from '../model/ego';
import type { MetricId } from '../model/metricNames';
import { DEFAULT_APPEARANCE, type Appearance } from '../view/appearance';
import type { LayoutName } from '../view/layouts';
import type { Camera, Framing } from '../view/camera';
import type { InvestigationRef } from './investigations';
import { NO_HISTORY, record, sameSlice, travel, type History, type Positions, type ViewSlice } from './history';
import type { PathQuery, SavedView, ViewPatch } from './viewPatch';

export type { PathQuery, SavedView, ViewPatch } from './viewPatch';
export type { Positions } from './history';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface Story {
  dataset: Dataset;
  graph: StoryGraph;
  /** The graph this one was edited from: the view keeps its drawing and camera rather than starting afresh. */
  editOf?: StoryGraph;
  /** The stored investigation this is (state/investigations.ts); absent for a graph not kept in the browser. */
  investigation?: InvestigationRef;
}

/** Where the current graph came from, for the status line and the "restore" message. */
export interface Origin {
  name: string;
  format: string;
}

/** The graph shown, and how it was shown: what opening another graph puts aside. */
interface Shown {
  story: Story;
  origin: Origin | null;
  filters: Filters;
  layout: LayoutName;
}

export type Notice =
  | { kind: 'opened'; message: string; warnings: string[] }
  | { kind: 'restored'; message: string }
  | { kind: 'error'; message: string }
  /** Something from a link or from storage could not be used, or storage failed; `offerExport` for the latter. */
  | { kind: 'warning'; message: string; details?: string[]; offerExport?: boolean };

/** Long work in progress (reading, parsing, drawing); fraction is null when the total is unknown. */
export interface Busy {
  message: string;
  fraction: number | null;
  /** Set while the view draws a new graph: cleared by 'drawn', not by other work finishing. */
  drawing?: boolean;
}

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
  centerOnSelection: boolean;
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

export interface MetricsState {
  /** Values computed for the current graph, by metric and node key. */
  values: ReadonlyMap<MetricId, ReadonlyMap<string, number>>;
  /** Metrics estimated from a sample of sources (betweenness on big graphs): how many. */
  sampled: ReadonlyMap<MetricId, number>;
  /** The metric being computed; fraction null until it reports progress. */
  running: { id: MetricId; fraction: number | null } | null;
  /** Why the last run failed, or that it was cancelled. */
  message: string | null;
  /** The user asked for every metric (an entity's details on a big graph); a stop or failure withdraws it. */
  allRequested: boolean;
}

export const NO_METRICS: MetricsState = {
  values: new Map(),
  sampled: new Map(),
  running: null,
  message: null,
  allRequested: false,
};

export type Panel =
  | 'filters'
  | 'sources'
  | 'discrepancies'
  | 'chronology'
  | 'ranking'
  | 'views'
  /** Building an investigation: the list of investigations, a source's text, the evidence lint, duplicates. */
  | 'investigations'
  | 'reader'
  | 'lint'
  | 'duplicates';

export type Action =
  | { type: 'loaded'; dataset: Dataset; origin?: Origin; warnings?: string[]; investigation?: InvestigationRef }
  | { type: 'loadFailed'; message: string }
  /** The same graph with relation dates taken from an attribute (model/attributeDates.ts): a step of its own. */
  | { type: 'redated'; dataset: Dataset; notice: Notice }
  /** The same investigation after an edit (model/edit): one undo step; what the user set up stays. */
  | { type: 'edited'; dataset: Dataset; message: string }
  | { type: 'busy'; busy: Busy | null }
  | { type: 'drawn' }
  /** Undo and redo carry the positions the view has now, so the step can be walked back again. */
  | { type: 'undo'; positions?: Positions }
  | { type: 'redo'; positions?: Positions }
  | { type: 'moved'; id: string; from: { x: number; y: number }; to: { x: number; y: number } }
  | { type: 'togglePin'; id: string }
  /** Clears pins and runs the layout again (stored positions are forgotten by the persistence adapter). */
  | { type: 'resetLayout'; before?: Positions }
  /** A view from a link, a saved view or the last session; `record` false for what opens with the page. */
  /**
   * A view from a link, a saved view or the last session. `record` false: what opens with the page (not a step;
   * its layout is not run over an arrangement just restored). `before`: positions, in case its layout runs.
   */
  | {
      type: 'restoreView';
      patch: ViewPatch;
      record?: boolean;
      animate?: boolean;
      notice?: Notice | null;
      before?: Positions;
    }
  /** Back to a graph shown earlier (undo, redo): its saved views and whether it was arranged, as they were. */
  | { type: 'resumeWork'; savedViews: readonly SavedView[]; arranged: boolean }
  | { type: 'restorePlacement'; positions: Positions; pinned: readonly string[] }
  | { type: 'notify'; notice: Notice }
  | { type: 'saveView'; view: SavedView }
  | { type: 'setSavedViews'; views: readonly SavedView[] }
  | { type: 'deleteView'; id: string }
  | { type: 'moveView'; id: string; by: -1 | 1 }
  | { type: 'present'; step: number | null }
  | { type: 'dismissNotice' }
  | { type: 'togglePick'; facet: FacetId; value: string }
  | { type: 'setFilters'; filters: Filters }
  | { type: 'resetFilters' }
  /**
   * The time window (null: time does not filter). While a brush drags, a key is held or playback runs, `record` is
   * false; the step that ends it is recorded from the view as it was when the gesture began (selection included,
   * though the window hid it meanwhile), so one undo takes the whole gesture back.
   */
  | { type: 'setTime'; time: TimeFilter | null; record?: boolean }
  | { type: 'select'; selection: Selection | null; center?: boolean }
  /** `before`: every position before the layout runs, so undo can put them back. */
  | { type: 'setLayout'; layout: LayoutName; before?: Positions }
  | { type: 'showPanel'; panel: Panel }
  /** Hops 0 turns the ego view off; otherwise it centres on the selected entity (or stays where it was). */
  | { type: 'setEgo'; hops: number; direction: Direction }
  | { type: 'expandEgo'; id: string }
  | { type: 'collapseEgo'; id: string }
  | { type: 'setPath'; path: PathQuery | null }
  | { type: 'setAppearance'; appearance: Appearance }
  | { type: 'setRankBy'; metric: MetricId }
  /** Every metric, one after the other, for the details (big graphs wait for this; small ones compute them anyway). */
  | { type: 'computeMetrics' }
  | { type: 'metricStarted'; id: MetricId }
  | { type: 'metricProgress'; id: MetricId; fraction: number }
  | { type: 'metricDone'; id: MetricId; values: ReadonlyMap<string, number>; sampled?: number }
  | { type: 'metricStopped'; id: MetricId; message: string };

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
  centerOnSelection: false,
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

/** Actions that change what is shown, and so are steps of undo and redo. */
const UNDOABLE = new Set<Action['type']>([
  'loaded',
  'redated',
  'edited',
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

function withTime(filters: Filters, time: TimeFilter | null): Filters {
  const next = { ...filters, time: time ?? undefined };
  if (time === null) delete next.time;
  return next;
}

function positionsBefore(action: Action): Positions | null {
  if (action.type === 'moved') return new Map([[action.id, action.from]]);
  if (action.type === 'setLayout' || action.type === 'resetLayout' || action.type === 'restoreView')
    return action.before ?? null;
  return null;
}

function sliceOf(state: ExplorerState): ViewSlice<Story | null, Origin | null> {
  const { story, origin, filters, layout, selection, appearance, ego, path, pinned, arranged } = state;
  return { story, origin, filters, layout, selection, appearance, ego, path, pinned, arranged };
}

export const canUndo = (state: ExplorerState) => state.history.past.length > 0;
export const canRedo = (state: ExplorerState) => state.history.future.length > 0;

/** Whether the last step was opening a graph (so the notice about it can offer the way back). */
export function lastStepOpened(state: ExplorerState): boolean {
  const last = state.history.past[state.history.past.length - 1];
  return last !== undefined && last.slice.story !== null && last.slice.story !== state.story;
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

function reduce(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case 'undo':
    case 'redo': {
      const next = travelled(state, action.type, action.positions);
      return next === state ? state : { ...next, viewJumps: state.viewJumps + 1 };
    }
    case 'loaded': {
      const story: Story = { dataset: action.dataset, graph: buildGraph(action.dataset) };
      if (action.investigation) story.investigation = action.investigation;
      const notice: Notice | null = action.origin
        ? { kind: 'opened', message: openedMessage(action.origin, story.graph), warnings: action.warnings ?? [] }
        : null;
      return {
        ...showStory(state, { story, origin: action.origin ?? null, filters: NO_FILTERS, layout: state.layout }),
        notice,
      };
    }
    case 'redated': {
      // What the user set up stays (a time window on the old dates is dropped); the drawing keeps its place,
      // since the dataset carries the positions the view had.
      const story = { ...state.story, dataset: action.dataset, graph: buildGraph(action.dataset), editOf: undefined };
      const filters = withTime(state.filters, null);
      return {
        ...showStory(state, { story, origin: state.origin, filters, layout: state.layout }),
        notice: action.notice,
      };
    }
    case 'edited': {
      if (!state.story) return state;
      const { investigation } = state.story;
      const graph = buildGraph(action.dataset);
      const story: Story = { dataset: action.dataset, graph, editOf: state.story.graph, investigation };
      // The view stays: filters, ego view and path keep applying; a selection whose record went is dropped.
      const ego = state.ego && story.graph.hasNode(state.ego.center) ? state.ego : null;
      const selection = state.selection && selectionExists(story, state.selection) ? state.selection : null;
      const next = { ...state, story, ego, selection, metrics: NO_METRICS };
      return { ...withFilters(next, state.filters), notice: { kind: 'restored', message: action.message } };
    }
    case 'loadFailed':
      // The story already on screen, if any, stays: only a message reports the failure.
      if (state.story) return { ...state, busy: null, notice: { kind: 'error', message: action.message } };
      return { ...state, busy: null, status: { kind: 'error', message: action.message } };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'drawn':
      return state.busy?.drawing ? { ...state, busy: null } : state;
    case 'dismissNotice':
      return { ...state, notice: null };
    case 'togglePick':
      return withFilters(state, togglePick(state.filters, action.facet, action.value));
    case 'setFilters':
      return withFilters(state, action.filters);
    case 'resetFilters':
      return withFilters(state, NO_FILTERS);
    case 'setTime':
      return withFilters(state, withTime(state.filters, action.time));
    case 'select':
      return { ...state, selection: action.selection, centerOnSelection: action.center ?? false };
    case 'setLayout':
      return { ...state, layout: action.layout, layoutRun: state.layoutRun + 1, arranged: true };
    case 'resetLayout': {
      // Back to the drawing the file came with, or, for a file without one, a fresh run of the layout.
      const stored = state.story && positionsInFile(state.story.graph);
      const reset = { ...state, pinned: new Set<string>(), arranged: false };
      return stored ? { ...reset, placement: { positions: stored } } : { ...reset, layoutRun: state.layoutRun + 1 };
    }
    case 'moved':
      return state.story?.graph.hasNode(action.id) ? { ...state, arranged: true } : state;
    case 'togglePin': {
      if (!state.story?.graph.hasNode(action.id)) return state;
      const pinned = new Set(state.pinned);
      if (!pinned.delete(action.id)) pinned.add(action.id);
      return { ...state, pinned };
    }
    case 'restoreView': {
      const next = restoreView(state, action.patch, action.notice, action.animate ?? false, action.record !== false);
      return { ...next, viewJumps: state.viewJumps + 1 };
    }
    case 'resumeWork':
      return { ...state, savedViews: action.savedViews, arranged: action.arranged };
    case 'restorePlacement': {
      const graph = state.story?.graph;
      if (!graph) return state;
      const positions = new Map([...action.positions].filter(([key]) => graph.hasNode(key)));
      const pinned = new Set(action.pinned.filter((id) => graph.hasNode(id)));
      return { ...state, placement: { positions }, pinned, arranged: positions.size > 0 };
    }
    case 'notify':
      return { ...state, notice: action.notice };
    case 'saveView':
      return { ...state, savedViews: [...state.savedViews.filter((v) => v.id !== action.view.id), action.view] };
    case 'setSavedViews':
      return { ...state, savedViews: action.views };
    case 'deleteView':
      return { ...state, savedViews: state.savedViews.filter((v) => v.id !== action.id), presenting: null };
    case 'moveView': {
      const views = [...state.savedViews];
      const from = views.findIndex((v) => v.id === action.id);
      const to = from + action.by;
      if (from < 0 || to < 0 || to >= views.length) return state;
      [views[from], views[to]] = [views[to]!, views[from]!];
      return { ...state, savedViews: views };
    }
    case 'present':
      if (action.step === null || state.savedViews.length === 0) return { ...state, presenting: null };
      return { ...state, presenting: Math.max(0, Math.min(state.savedViews.length - 1, action.step)) };
    case 'showPanel':
      return { ...state, panel: action.panel };
    case 'setEgo':
      return withEgo(state, egoFor(state, action.hops, action.direction));
    case 'expandEgo': {
      if (!state.story?.graph.hasNode(action.id)) return state;
      // Without an ego view, expanding a node starts one around it, one step out.
      if (!state.ego) {
        const selected = { ...state, selection: { kind: 'entity' as const, id: action.id } };
        return withEgo(selected, { center: action.id, hops: 1, direction: 'both', expanded: [] });
      }
      if (state.ego.center === action.id || state.ego.expanded.includes(action.id)) return state;
      return withEgo(state, { ...state.ego, expanded: [...state.ego.expanded, action.id] });
    }
    case 'collapseEgo':
      if (!state.ego?.expanded.includes(action.id)) return state;
      return withEgo(state, { ...state.ego, expanded: state.ego.expanded.filter((id) => id !== action.id) });
    case 'setPath':
      return { ...state, path: action.path };
    case 'setRankBy':
      return { ...state, rankBy: action.metric, metrics: { ...state.metrics, message: null } };
    case 'setAppearance':
      return { ...state, appearance: action.appearance, metrics: { ...state.metrics, message: null } };
    case 'computeMetrics':
      return { ...state, metrics: { ...state.metrics, allRequested: true, message: null } };
    case 'metricStarted':
      return { ...state, metrics: { ...state.metrics, running: { id: action.id, fraction: null }, message: null } };
    case 'metricProgress':
      if (state.metrics.running?.id !== action.id) return state;
      return { ...state, metrics: { ...state.metrics, running: { id: action.id, fraction: action.fraction } } };
    case 'metricDone': {
      const values = new Map(state.metrics.values).set(action.id, action.values);
      const sampled = new Map(state.metrics.sampled);
      if (action.sampled !== undefined) sampled.set(action.id, action.sampled);
      else sampled.delete(action.id);
      return { ...state, metrics: { ...state.metrics, values, sampled, running: null, message: null } };
    }
    case 'metricStopped': {
      // A choice that waited for the metric goes back to the default, so nothing is left waiting for it.
      const needs = (choice: string) => choice === `metric:${action.id}`;
      const appearance = {
        ...state.appearance,
        sizeBy: needs(state.appearance.sizeBy) ? DEFAULT_APPEARANCE.sizeBy : state.appearance.sizeBy,
        colourBy: needs(state.appearance.colourBy) ? DEFAULT_APPEARANCE.colourBy : state.appearance.colourBy,
      };
      const metrics = { ...state.metrics, running: null, message: action.message, allRequested: false };
      return { ...state, appearance, metrics };
    }
  }
}

/** From this many elements on, drawing takes long enough to deserve a progress message. */
export const LARGE_GRAPH_ELEMENTS = 3000;

function drawingBusy(story: Story): Busy | null {
  const { order, size } = story.graph;
  if (order + size < LARGE_GRAPH_ELEMENTS) return null;
  return {
    message: `Drawing ${order.toLocaleString('en')} entities and ${size.toLocaleString('en')} relations…`,
    fraction: null,
    drawing: true,
  };
}

/** Applies a view from a link, a saved view or the last session: what it carries, leaving the rest. */
function restoreView(
  state: ExplorerState,
  patch: ViewPatch,
  notice: Notice | null | undefined,
  animate: boolean,
  byUser: boolean,
): ExplorerState {
  let next: ExplorerState = { ...state, notice: notice === undefined ? state.notice : notice };
  // A layout is run only where no arrangement was brought back: stored positions are the layout already.
  if (patch.layout && patch.layout !== state.layout)
    next = { ...next, layout: patch.layout, layoutRun: next.layoutRun + (state.arranged && !byUser ? 0 : 1) };
  if (patch.appearance) next = { ...next, appearance: patch.appearance, metrics: { ...next.metrics, message: null } };
  if (patch.ego !== undefined) next = { ...next, ego: patch.ego };
  if (patch.path !== undefined) next = { ...next, path: patch.path };
  if (patch.selection !== undefined) next = { ...next, selection: patch.selection, centerOnSelection: false };
  const filters = patch.filters ?? next.filters;
  next = withFilters(next, patch.time === undefined ? filters : withTime(filters, patch.time));
  if (patch.camera) next = { ...next, cameraRequest: { camera: patch.camera, animate } };
  return next;
}

function positionsInFile(graph: StoryGraph): Positions | null {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, entity) => {
    if (entity.position) positions.set(key, entity.position);
  });
  return positions.size === graph.order && graph.order > 0 ? positions : null;
}

function showStory(state: ExplorerState, shown: Shown): ExplorerState {
  return {
    ...state,
    status: { kind: 'ready' },
    // The view clears this once it has drawn the graph.
    busy: drawingBusy(shown.story),
    story: shown.story,
    origin: shown.origin,
    filters: shown.filters,
    visibility: computeVisibility(shown.story.graph, shown.filters),
    selection: null,
    ego: null,
    path: null,
    layout: shown.layout,
    pinned: new Set(),
    placement: null,
    cameraRequest: null,
    // Saved views belong to a dataset: the persistence adapter brings back the new one's.
    savedViews: shown.story === state.story ? state.savedViews : (shown.story.dataset.views ?? []),
    arranged: false,
    presenting: null,
    // Metrics belong to a graph; size and colour choices may name attributes the next graph lacks.
    appearance: DEFAULT_APPEARANCE,
    metrics: NO_METRICS,
    // An evidence view stays open only for a graph that has sources to show in it.
    panel:
      shown.story.dataset.sources.length > 0 ||
      ['ranking', 'views', 'chronology', 'investigations', 'lint', 'duplicates'].includes(state.panel)
        ? state.panel
        : 'filters',
  };
}

function openedMessage(origin: Origin, graph: StoryGraph): string {
  const entities = graph.order === 1 ? 'entity' : 'entities';
  const relations = graph.size === 1 ? 'relation' : 'relations';
  return `Opened ${origin.name} (${origin.format}): ${graph.order} ${entities}, ${graph.size} ${relations}.`;
}

/** The ego view the hops control asks for: centred on the selected entity, else where it was; null when off. */
function egoFor(state: ExplorerState, hops: number, direction: Direction): Ego | null {
  const steps = Math.max(0, Math.min(MAX_HOPS, Math.round(hops) || 0));
  if (steps === 0) return null;
  const selected = state.selection?.kind === 'entity' ? state.selection.id : null;
  const center = selected ?? state.ego?.center ?? null;
  if (center === null) return null;
  const same = state.ego?.center === center;
  return { center, hops: steps, direction, expanded: same ? state.ego!.expanded : [] };
}

function withEgo(state: ExplorerState, ego: Ego | null): ExplorerState {
  return withFilters({ ...state, ego }, state.filters);
}

function withFilters(state: ExplorerState, filters: Filters): ExplorerState {
  if (!state.story) return { ...state, filters };
  const visibility = applyEgo(state.story.graph, computeVisibility(state.story.graph, filters), state.ego);
  // A selection the filters now hide would leave the details panel describing something invisible.
  const selection = state.selection && isVisible(visibility, state.selection) ? state.selection : null;
  return { ...state, filters, visibility, selection };
}

function selectionExists(story: Story, selection: Selection): boolean {
  if (selection.kind === 'source') return story.dataset.sources.some((s) => s.id === selection.id);
  return selection.kind === 'entity' ? story.graph.hasNode(selection.id) : story.graph.hasEdge(selection.id);
}

function isVisible(visibility: Visibility, selection: Selection): boolean {
  if (selection.kind === 'source') return true;
  return selection.kind === 'entity' ? visibility.nodes.has(selection.id) : visibility.edges.has(selection.id);
}
