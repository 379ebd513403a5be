// Commands to the renderer and what it reports back: running a layout, moving and pinning nodes, and positions to
// put nodes at. Positions themselves live in the view; the state keeps what the view is asked to do and whether the
// drawing is the user's own arrangement.
import type { StoryGraph } from '../../model/graph';
import type { LayoutName } from '../../appearance/layouts';
import type { Positions } from '../history';
import { sliceReducer, type Handlers } from './slice';

export type RendererAction =
  /** `before`: every position before the layout runs, so undo can put them back. */
  | { type: 'setLayout'; layout: LayoutName; before?: Positions }
  /** Clears pins and runs the layout again (stored positions are forgotten by the persistence adapter). */
  | { type: 'resetLayout'; before?: Positions }
  | { type: 'moved'; id: string; from: { x: number; y: number }; to: { x: number; y: number } }
  | { type: 'togglePin'; id: string }
  | { type: 'restorePlacement'; positions: Positions; pinned: readonly string[] };

export const RENDERER: Handlers<RendererAction> = {
  setLayout: (state, action) => ({ ...state, layout: action.layout, layoutRun: state.layoutRun + 1, arranged: true }),
  resetLayout(state) {
    // Back to the drawing the file came with, or, for a file without one, a fresh run of the layout.
    const stored = state.story && positionsInFile(state.story.graph);
    const reset = { ...state, pinned: new Set<string>(), arranged: false };
    return stored ? { ...reset, placement: { positions: stored } } : { ...reset, layoutRun: state.layoutRun + 1 };
  },
  moved: (state, action) => (state.story?.graph.hasNode(action.id) ? { ...state, arranged: true } : state),
  togglePin(state, action) {
    if (!state.story?.graph.hasNode(action.id)) return state;
    const pinned = new Set(state.pinned);
    if (!pinned.delete(action.id)) pinned.add(action.id);
    return { ...state, pinned };
  },
  restorePlacement(state, action) {
    const graph = state.story?.graph;
    if (!graph) return state;
    const positions = new Map([...action.positions].filter(([key]) => graph.hasNode(key)));
    const pinned = new Set(action.pinned.filter((id) => graph.hasNode(id)));
    return { ...state, placement: { positions }, pinned, arranged: positions.size > 0 };
  },
};

export const rendererReducer = sliceReducer(RENDERER);

/** The positions the file gave every node, or null when some node has none. */
function positionsInFile(graph: StoryGraph): Positions | null {
  const positions = new Map<string, { x: number; y: number }>();
  graph.forEachNode((key, entity) => {
    if (entity.position) positions.set(key, entity.position);
  });
  return positions.size === graph.order && graph.order > 0 ? positions : null;
}
