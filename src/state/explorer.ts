// The explorer's state and its actions, as a pure reducer: easy to test, and the only way state changes.
import type { Dataset } from '../model/schema';
import { buildGraph, type StoryGraph } from '../model/graph';
import { computeVisibility, NO_FILTERS, togglePick, type Filters, type Visibility } from '../model/filters';
import type { FacetId } from '../model/facets';
import type { Selection } from '../model/selection';
import { applyEgo, MAX_HOPS, type Direction, type Ego } from '../model/ego';
import type { PathOptions } from '../model/paths';
import type { MetricId } from '../model/metricNames';
import { DEFAULT_APPEARANCE, type Appearance } from '../view/appearance';
import type { LayoutName } from '../view/layouts';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface Story {
  dataset: Dataset;
  graph: StoryGraph;
}

/** Where the current graph came from, for the status line and the "restore" message. */
export interface Origin {
  name: string;
  format: string;
}

/** Everything needed to put a replaced graph back exactly as the user left it. */
export interface Snapshot {
  story: Story;
  origin: Origin | null;
  filters: Filters;
  layout: LayoutName;
}

export type Notice =
  | { kind: 'opened'; message: string; warnings: string[] }
  | { kind: 'restored'; message: string }
  | { kind: 'error'; message: string };

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
  /** The graph the last open replaced, so one click (or Ctrl+Z) brings it back. */
  previous: Snapshot | null;
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
}

export const NO_METRICS: MetricsState = { values: new Map(), sampled: new Map(), running: null, message: null };

export interface PathQuery extends PathOptions {
  from: string;
  to: string;
}

export type Panel = 'filters' | 'sources' | 'discrepancies' | 'ranking';

export type Action =
  | { type: 'loaded'; dataset: Dataset; origin?: Origin; warnings?: string[] }
  | { type: 'loadFailed'; message: string }
  | { type: 'busy'; busy: Busy | null }
  | { type: 'drawn' }
  | { type: 'restorePrevious' }
  | { type: 'dismissNotice' }
  | { type: 'togglePick'; facet: FacetId; value: string }
  | { type: 'setFilters'; filters: Filters }
  | { type: 'resetFilters' }
  | { type: 'select'; selection: Selection | null; center?: boolean }
  | { type: 'setLayout'; layout: LayoutName }
  | { type: 'showPanel'; panel: Panel }
  /** Hops 0 turns the ego view off; otherwise it centres on the selected entity (or stays where it was). */
  | { type: 'setEgo'; hops: number; direction: Direction }
  | { type: 'expandEgo'; id: string }
  | { type: 'collapseEgo'; id: string }
  | { type: 'setPath'; path: PathQuery | null }
  | { type: 'setAppearance'; appearance: Appearance }
  | { type: 'setRankBy'; metric: MetricId }
  | { type: 'metricStarted'; id: MetricId }
  | { type: 'metricProgress'; id: MetricId; fraction: number }
  | { type: 'metricDone'; id: MetricId; values: ReadonlyMap<string, number>; sampled?: number }
  | { type: 'metricStopped'; id: MetricId; message: string };

export const initialState: ExplorerState = {
  status: { kind: 'loading' },
  origin: null,
  previous: null,
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
};

export function explorerReducer(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case 'loaded': {
      const story = { dataset: action.dataset, graph: buildGraph(action.dataset) };
      const replaced = snapshotOf(state);
      const notice: Notice | null = action.origin
        ? { kind: 'opened', message: openedMessage(action.origin, story.graph), warnings: action.warnings ?? [] }
        : null;
      return {
        ...showStory(state, { story, origin: action.origin ?? null, filters: NO_FILTERS, layout: state.layout }),
        previous: replaced ?? state.previous,
        notice,
      };
    }
    case 'loadFailed':
      // The story already on screen, if any, stays: only a message reports the failure.
      if (state.story) return { ...state, busy: null, notice: { kind: 'error', message: action.message } };
      return { ...state, busy: null, status: { kind: 'error', message: action.message } };
    case 'busy':
      return { ...state, busy: action.busy };
    case 'drawn':
      return state.busy?.drawing ? { ...state, busy: null } : state;
    case 'restorePrevious': {
      if (!state.previous) return state;
      const { previous } = state;
      const message = `Restored ${previous.origin?.name ?? previous.story.dataset.title}.`;
      // The graph being put away becomes the one to restore next, so a second Ctrl+Z undoes the first.
      return { ...showStory(state, previous), previous: snapshotOf(state), notice: { kind: 'restored', message } };
    }
    case 'dismissNotice':
      return { ...state, notice: null };
    case 'togglePick':
      return withFilters(state, togglePick(state.filters, action.facet, action.value));
    case 'setFilters':
      return withFilters(state, action.filters);
    case 'resetFilters':
      return withFilters(state, NO_FILTERS);
    case 'select':
      return { ...state, selection: action.selection, centerOnSelection: action.center ?? false };
    case 'setLayout':
      return { ...state, layout: action.layout, layoutRun: state.layoutRun + 1 };
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
      return { ...state, metrics: { values, sampled, running: null, message: null } };
    }
    case 'metricStopped': {
      // A choice that waited for the metric goes back to the default, so nothing is left waiting for it.
      const needs = (choice: string) => choice === `metric:${action.id}`;
      const appearance = {
        ...state.appearance,
        sizeBy: needs(state.appearance.sizeBy) ? DEFAULT_APPEARANCE.sizeBy : state.appearance.sizeBy,
        colourBy: needs(state.appearance.colourBy) ? DEFAULT_APPEARANCE.colourBy : state.appearance.colourBy,
      };
      return { ...state, appearance, metrics: { ...state.metrics, running: null, message: action.message } };
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

function snapshotOf(state: ExplorerState): Snapshot | null {
  return state.story
    ? { story: state.story, origin: state.origin, filters: state.filters, layout: state.layout }
    : null;
}

function showStory(state: ExplorerState, shown: Snapshot): ExplorerState {
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
    // Metrics belong to a graph; size and colour choices may name attributes the next graph lacks.
    appearance: DEFAULT_APPEARANCE,
    metrics: NO_METRICS,
    // An evidence view stays open only for a graph that has sources to show in it.
    panel: shown.story.dataset.sources.length > 0 || state.panel === 'ranking' ? state.panel : 'filters',
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

function isVisible(visibility: Visibility, selection: Selection): boolean {
  if (selection.kind === 'source') return true;
  return selection.kind === 'entity' ? visibility.nodes.has(selection.id) : visibility.edges.has(selection.id);
}
