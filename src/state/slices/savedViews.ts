// Saved views: the named views of the dataset, their order, the walkthrough that presents them, and what a graph
// brought back by undo or redo had of them.
import type { SavedView } from '../viewPatch';
import { sliceReducer, type Handlers } from './slice';

export type SavedViewsAction =
  | { type: 'saveView'; view: SavedView }
  | { type: 'setSavedViews'; views: readonly SavedView[] }
  | { type: 'deleteView'; id: string }
  | { type: 'moveView'; id: string; by: -1 | 1 }
  | { type: 'present'; step: number | null }
  /** Back to a graph shown earlier (undo, redo): its saved views and whether it was arranged, as they were. */
  | { type: 'resumeWork'; savedViews: readonly SavedView[]; arranged: boolean };

export const SAVED_VIEWS: Handlers<SavedViewsAction> = {
  // Saving under an id already there replaces that view, and puts it last.
  saveView: (state, action) => ({
    ...state,
    savedViews: [...state.savedViews.filter((v) => v.id !== action.view.id), action.view],
  }),
  setSavedViews: (state, action) => ({ ...state, savedViews: action.views }),
  deleteView: (state, action) => ({
    ...state,
    savedViews: state.savedViews.filter((v) => v.id !== action.id),
    presenting: null,
  }),
  moveView(state, action) {
    const views = [...state.savedViews];
    const from = views.findIndex((v) => v.id === action.id);
    const to = from + action.by;
    if (from < 0 || to < 0 || to >= views.length) return state;
    [views[from], views[to]] = [views[to]!, views[from]!];
    return { ...state, savedViews: views };
  },
  present(state, action) {
    if (action.step === null || state.savedViews.length === 0) return { ...state, presenting: null };
    return { ...state, presenting: Math.max(0, Math.min(state.savedViews.length - 1, action.step)) };
  },
  resumeWork: (state, action) => ({ ...state, savedViews: action.savedViews, arranged: action.arranged }),
};

export const savedViewsReducer = sliceReducer(SAVED_VIEWS);
