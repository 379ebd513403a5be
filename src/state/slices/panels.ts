// Panels: what the left side shows, one at a time.
import type { Dataset } from '../../model/schema';
import { sliceReducer, type Handlers } from './slice';

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

export type PanelsAction = { type: 'showPanel'; panel: Panel };

export const PANELS: Handlers<PanelsAction> = {
  showPanel: (state, action) => ({ ...state, panel: action.panel }),
};

export const panelsReducer = sliceReducer(PANELS);

/** Panels that have something to show for a graph without sources; the evidence views need sources. */
const WITHOUT_SOURCES: readonly Panel[] = [
  'filters',
  'ranking',
  'views',
  'chronology',
  'investigations',
  'lint',
  'duplicates',
];

/** The panel to show once `dataset` opens: an evidence view stays open only for a graph that has sources. */
export function panelFor(dataset: Dataset, panel: Panel): Panel {
  return dataset.sources.length > 0 || WITHOUT_SOURCES.includes(panel) ? panel : 'filters';
}
