// The view: what is shown of the graph and how (filters, the time window, the selection, the ego view, the path
// asked about, the appearance, the ranking), and a whole view brought back from a link, a saved view or a session.
import { applyEgo, MAX_HOPS, type Direction, type Ego } from '../../model/ego';
import { computeVisibility, NO_FILTERS, togglePick, type Filters, type Visibility } from '../../model/filters';
import type { FacetId } from '../../model/facets';
import type { MetricId } from '../../model/metricNames';
import type { Selection } from '../../model/selection';
import type { TimeFilter } from '../../model/timeFilter';
import type { Appearance } from '../../appearance/appearance';
import type { ExplorerState } from '../explorer';
import type { Positions } from '../history';
import type { PathQuery, ViewPatch } from '../viewPatch';
import type { Notice } from './loading';
import { sliceReducer, type Handlers } from './slice';

export type ViewAction =
  | { type: 'togglePick'; facet: FacetId; value: string }
  | { type: 'setFilters'; filters: Filters }
  | { type: 'resetFilters' }
  /**
   * The time window (null: time does not filter). While a brush drags, a key is held or playback runs, `record` is
   * false; the step that ends it is recorded from the view as it was when the gesture began (selection included,
   * though the window hid it meanwhile), so one undo takes the whole gesture back.
   */
  | { type: 'setTime'; time: TimeFilter | null; record?: boolean }
  | { type: 'select'; selection: Selection | null; centre?: boolean }
  /** Hops 0 turns the ego view off; otherwise it centres on the selected entity (or stays where it was). */
  | { type: 'setEgo'; hops: number; direction: Direction }
  | { type: 'expandEgo'; id: string }
  | { type: 'collapseEgo'; id: string }
  | { type: 'setPath'; path: PathQuery | null }
  | { type: 'setAppearance'; appearance: Appearance }
  | { type: 'setRankBy'; metric: MetricId }
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
    };

export const VIEW: Handlers<ViewAction> = {
  togglePick: (state, action) => withFilters(state, togglePick(state.filters, action.facet, action.value)),
  setFilters: (state, action) => withFilters(state, action.filters),
  resetFilters: (state) => withFilters(state, NO_FILTERS),
  setTime: (state, action) => withFilters(state, withTime(state.filters, action.time)),
  select: (state, action) => ({ ...state, selection: action.selection, centreOnSelection: action.centre ?? false }),
  setEgo: (state, action) => withEgo(state, egoFor(state, action.hops, action.direction)),
  expandEgo(state, action) {
    if (!state.story?.graph.hasNode(action.id)) return state;
    // Without an ego view, expanding a node starts one around it, one step out.
    if (!state.ego) {
      const selected = { ...state, selection: { kind: 'entity' as const, id: action.id } };
      return withEgo(selected, { centre: action.id, hops: 1, direction: 'both', expanded: [] });
    }
    if (state.ego.centre === action.id || state.ego.expanded.includes(action.id)) return state;
    return withEgo(state, { ...state.ego, expanded: [...state.ego.expanded, action.id] });
  },
  collapseEgo(state, action) {
    if (!state.ego?.expanded.includes(action.id)) return state;
    return withEgo(state, { ...state.ego, expanded: state.ego.expanded.filter((id) => id !== action.id) });
  },
  setPath: (state, action) => ({ ...state, path: action.path }),
  // A new choice clears the message of a metric that failed for the old one.
  setRankBy: (state, action) => ({ ...state, rankBy: action.metric, metrics: { ...state.metrics, message: null } }),
  setAppearance: (state, action) => ({
    ...state,
    appearance: action.appearance,
    metrics: { ...state.metrics, message: null },
  }),
  restoreView(state, action) {
    const next = restoreView(state, action.patch, action.notice, action.animate ?? false, action.record !== false);
    return { ...next, viewJumps: state.viewJumps + 1 };
  },
};

export const viewReducer = sliceReducer(VIEW);

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
  if (patch.selection !== undefined) next = { ...next, selection: patch.selection, centreOnSelection: false };
  const filters = patch.filters ?? next.filters;
  next = withFilters(next, patch.time === undefined ? filters : withTime(filters, patch.time));
  if (patch.camera) next = { ...next, cameraRequest: { camera: patch.camera, animate } };
  return next;
}

/** The filters with another time window (null: none). */
export function withTime(filters: Filters, time: TimeFilter | null): Filters {
  const next = { ...filters, time: time ?? undefined };
  if (time === null) delete next.time;
  return next;
}

/** The state with these filters, and what they (and the ego view) leave visible. */
export function withFilters(state: ExplorerState, filters: Filters): ExplorerState {
  if (!state.story) return { ...state, filters };
  const visibility = applyEgo(state.story.graph, computeVisibility(state.story.graph, filters), state.ego);
  // A selection the filters now hide would leave the details panel describing something invisible.
  const selection = state.selection && isVisible(visibility, state.selection) ? state.selection : null;
  return { ...state, filters, visibility, selection };
}

/** The ego view the hops control asks for: centred on the selected entity, else where it was; null when off. */
function egoFor(state: ExplorerState, hops: number, direction: Direction): Ego | null {
  const steps = Math.max(0, Math.min(MAX_HOPS, Math.round(hops) || 0));
  if (steps === 0) return null;
  const selected = state.selection?.kind === 'entity' ? state.selection.id : null;
  const centre = selected ?? state.ego?.centre ?? null;
  if (centre === null) return null;
  const same = state.ego?.centre === centre;
  return { centre, hops: steps, direction, expanded: same ? state.ego!.expanded : [] };
}

function withEgo(state: ExplorerState, ego: Ego | null): ExplorerState {
  return withFilters({ ...state, ego }, state.filters);
}

function isVisible(visibility: Visibility, selection: Selection): boolean {
  if (selection.kind === 'source') return true;
  return selection.kind === 'entity' ? visibility.nodes.has(selection.id) : visibility.edges.has(selection.id);
}
