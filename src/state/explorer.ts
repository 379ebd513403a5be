// The explorer's state and its actions, as a pure reducer: easy to test, and the only way state changes.
import type { Dataset } from '../model/schema';
import { buildGraph, type StoryGraph } from '../model/graph';
import { computeVisibility, NO_FILTERS, togglePick, type Filters, type Visibility } from '../model/filters';
import type { FacetId } from '../model/facets';
import type { Selection } from '../model/selection';
import type { LayoutName } from '../view/layouts';

export type LoadStatus = { kind: 'loading' } | { kind: 'ready' } | { kind: 'error'; message: string };

export interface Story {
  dataset: Dataset;
  graph: StoryGraph;
}

export interface ExplorerState {
  status: LoadStatus;
  story: Story | null;
  filters: Filters;
  visibility: Visibility;
  selection: Selection | null;
  /** Whether the view should bring the selection to the centre (true when chosen from search or a list). */
  centerOnSelection: boolean;
  layout: LayoutName;
  /** Bumped to ask the view to run the current layout again. */
  layoutRun: number;
}

export type Action =
  | { type: 'loaded'; dataset: Dataset }
  | { type: 'loadFailed'; message: string }
  | { type: 'togglePick'; facet: FacetId; value: string }
  | { type: 'setFilters'; filters: Filters }
  | { type: 'resetFilters' }
  | { type: 'select'; selection: Selection | null; center?: boolean }
  | { type: 'setLayout'; layout: LayoutName };

export const initialState: ExplorerState = {
  status: { kind: 'loading' },
  story: null,
  filters: NO_FILTERS,
  visibility: { nodes: new Set(), edges: new Set() },
  selection: null,
  centerOnSelection: false,
  layout: 'fcose',
  layoutRun: 0,
};

export function explorerReducer(state: ExplorerState, action: Action): ExplorerState {
  switch (action.type) {
    case 'loaded': {
      const graph = buildGraph(action.dataset);
      return {
        ...state,
        status: { kind: 'ready' },
        story: { dataset: action.dataset, graph },
        filters: NO_FILTERS,
        visibility: computeVisibility(graph, NO_FILTERS),
        selection: null,
      };
    }
    case 'loadFailed':
      // The story already on screen, if any, stays: only the status reports the failure.
      return { ...state, status: { kind: 'error', message: action.message } };
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
  }
}

function withFilters(state: ExplorerState, filters: Filters): ExplorerState {
  if (!state.story) return { ...state, filters };
  const visibility = computeVisibility(state.story.graph, filters);
  // A selection the filters now hide would leave the details panel describing something invisible.
  const selection = state.selection && isVisible(visibility, state.selection) ? state.selection : null;
  return { ...state, filters, visibility, selection };
}

function isVisible(visibility: Visibility, selection: Selection): boolean {
  return selection.kind === 'entity' ? visibility.nodes.has(selection.id) : visibility.edges.has(selection.id);
}
