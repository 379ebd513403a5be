// Loading: opening a graph, its failure, a re-dated or edited version of it, and the busy line and notices that
// report long work and its outcome.
import type { Dataset } from '../../model/schema';
import { buildGraph, type StoryGraph } from '../../model/graph';
import { graphAfterEdit } from '../../model/graphEdit';
import { computeVisibility, NO_FILTERS, type Filters } from '../../model/filters';
import type { Selection } from '../../model/selection';
import { DEFAULT_APPEARANCE } from '../../appearance/appearance';
import type { LayoutName } from '../../appearance/layouts';
import type { ExplorerState } from '../explorer';
import type { InvestigationRef } from '../investigations';
import type { RemoteGraph } from '../graphSource/graphSource';
import { NO_METRICS } from './metrics';
import { panelFor } from './panels';
import { withFilters, withTime } from './view';
import { sliceReducer, type Handlers } from './slice';
import { DRAWING_MESSAGE_FROM_ELEMENTS } from '../../model/thresholds';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface Story {
  dataset: Dataset;
  graph: StoryGraph;
  /** The graph this one was edited from: the view keeps its drawing and camera rather than starting afresh. */
  editOf?: StoryGraph;
  /** The stored investigation this is (state/investigations.ts); absent for a graph not kept in the browser. */
  investigation?: InvestigationRef;
  /** A server investigation loaded a part at a time (search-first); absent for a graph held whole. */
  remote?: RemoteGraph;
  /** A server investigation opened whole and edited together: each edit goes to the server (state/shared). */
  shared?: SharedRef;
  /**
   * The dataset the edit that made this story began from, when a form was open meanwhile: on a shared investigation
   * a record someone else changed while the form was open is then a conflict, not a silent overwrite.
   */
  editBasis?: Dataset;
}

/** The server investigation a story edited together is. */
export interface SharedRef {
  id: string;
  title: string;
}

/** Where the current graph came from, for the status line and the "restore" message. */
export interface Origin {
  name: string;
  format: string;
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

export type LoadingAction =
  | {
      type: 'loaded';
      dataset: Dataset;
      /** The dataset's graph when the caller built it already (in slices, for a big graph); else built here. */
      graph?: StoryGraph;
      origin?: Origin;
      warnings?: string[];
      investigation?: InvestigationRef;
      remote?: RemoteGraph;
      shared?: SharedRef;
    }
  | { type: 'loadFailed'; message: string }
  /** The same graph with relation dates taken from an attribute (model/attributeDates.ts): a step of its own. */
  | { type: 'redated'; dataset: Dataset; notice: Notice }
  /** The same investigation after an edit (model/edit): one undo step; what the user set up stays. */
  | {
      type: 'edited';
      dataset: Dataset;
      message: string;
      /** The dataset a form began from, when it opened before the edit was applied (see Story.editBasis). */
      basis?: Dataset;
    }
  | { type: 'busy'; busy: Busy | null }
  | { type: 'drawn' }
  | { type: 'notify'; notice: Notice }
  | { type: 'dismissNotice' };

export const LOADING: Handlers<LoadingAction> = {
  loaded(state, action) {
    const story: Story = { dataset: action.dataset, graph: action.graph ?? buildGraph(action.dataset) };
    if (action.investigation) story.investigation = action.investigation;
    if (action.remote) story.remote = action.remote;
    if (action.shared) story.shared = action.shared;
    const message = action.remote
      ? `Opened ${action.origin?.name ?? action.remote.investigation.title} from the graph server, search-first: nothing is drawn until you search.`
      : action.origin && openedMessage(action.origin, story.graph);
    const notice: Notice | null = message ? { kind: 'opened', message, warnings: action.warnings ?? [] } : null;
    return {
      ...showStory(state, { story, origin: action.origin ?? null, filters: NO_FILTERS, layout: state.layout }),
      notice,
    };
  },
  redated(state, action) {
    // What the user set up stays (a time window on the old dates is dropped); the drawing keeps its place,
    // since the dataset carries the positions the view had.
    // Still the same investigation: only the dates changed.
    const story: Story = { dataset: action.dataset, graph: buildGraph(action.dataset) };
    if (state.story?.investigation) story.investigation = state.story.investigation;
    if (state.story?.remote) story.remote = state.story.remote;
    if (state.story?.shared) story.shared = state.story.shared;
    const filters = withTime(state.filters, null);
    return {
      ...showStory(state, { story, origin: state.origin, filters, layout: state.layout }),
      notice: action.notice,
    };
  },
  edited(state, action) {
    if (!state.story) return state;
    const next = afterEdit(state, action.dataset);
    if (action.basis && next.story) next.story.editBasis = action.basis;
    return { ...next, notice: { kind: 'restored', message: action.message } };
  },
  loadFailed(state, action) {
    // The story already on screen, if any, stays: only a message reports the failure.
    if (state.story) return { ...state, busy: null, notice: { kind: 'error', message: action.message } };
    return { ...state, busy: null, status: { kind: 'error', message: action.message } };
  },
  busy: (state, action) => ({ ...state, busy: action.busy }),
  drawn: (state) => (state.busy?.drawing ? { ...state, busy: null } : state),
  notify: (state, action) => ({ ...state, notice: action.notice }),
  dismissNotice: (state) => ({ ...state, notice: null }),
};

export const loadingReducer = sliceReducer(LOADING);

/** The graph shown, and how it was shown: what opening another graph puts aside. */
export interface Shown {
  story: Story;
  origin: Origin | null;
  filters: Filters;
  layout: LayoutName;
}

/** The state showing another graph (opened, re-dated, or brought back by undo): what belonged to the last one goes. */
export function showStory(state: ExplorerState, shown: Shown): ExplorerState {
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
    panel: panelFor(shown.story.dataset, state.panel),
  };
}

function drawingBusy(story: Story): Busy | null {
  const { order, size } = story.graph;
  if (order + size < DRAWING_MESSAGE_FROM_ELEMENTS) return null;
  return {
    message: `Drawing ${order.toLocaleString('en')} entities and ${size.toLocaleString('en')} relations…`,
    fraction: null,
    drawing: true,
  };
}

function openedMessage(origin: Origin, graph: StoryGraph): string {
  const entities = graph.order === 1 ? 'entity' : 'entities';
  const relations = graph.size === 1 ? 'relation' : 'relations';
  return `Opened ${origin.name} (${origin.format}): ${graph.order} ${entities}, ${graph.size} ${relations}.`;
}

/**
 * The state showing `dataset`, a change of the story on screen (an edit, or records a server added): the graph is
 * made from the shown one, changing only what differs (model/graphEdit.ts), and the view stays: filters, ego view
 * and path keep applying; a selection whose record went is dropped.
 */
export function afterEdit(state: ExplorerState, dataset: Dataset, remote?: RemoteGraph): ExplorerState {
  const shown = state.story!;
  const graph = graphAfterEdit(shown.dataset, shown.graph, dataset) ?? buildGraph(dataset);
  const story: Story = { dataset, graph, editOf: shown.graph };
  if (shown.investigation) story.investigation = shown.investigation;
  const stillRemote = remote ?? shown.remote;
  if (stillRemote) story.remote = stillRemote;
  if (shown.shared) story.shared = shown.shared;
  const ego = state.ego && story.graph.hasNode(state.ego.centre) ? state.ego : null;
  const selection = state.selection && selectionExists(story, state.selection) ? state.selection : null;
  return withFilters({ ...state, story, ego, selection, metrics: NO_METRICS }, state.filters);
}

function selectionExists(story: Story, selection: Selection): boolean {
  if (selection.kind === 'source') return story.dataset.sources.some((s) => s.id === selection.id);
  return selection.kind === 'entity' ? story.graph.hasNode(selection.id) : story.graph.hasEdge(selection.id);
}
