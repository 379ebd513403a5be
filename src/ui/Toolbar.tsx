// Top bar: search, layout choice, view controls and image export.
import { useState, type Dispatch, type RefObject } from 'react';
import type { Action, ExplorerState } from '../state/explorer';
import type { GraphView } from '../view/graphView';
import { LAYOUTS, LAYOUT_NAMES, type LayoutName } from '../view/layouts';
import { SearchBox } from './SearchBox';
import { ExportDialog } from './ExportDialog';

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
  viewRef: RefObject<GraphView | null>;
}

export function Toolbar({ state, dispatch, viewRef }: Props) {
  const [exportOpen, setExportOpen] = useState(false);
  const story = state.story;
  return (
    <header className="toolbar">
      <h1 className="app-title">Story Graph Explorer</h1>
      {story && <SearchBox story={story} visibility={state.visibility} dispatch={dispatch} />}
      <div className="toolbar-group" role="group" aria-label="Layout">
        <label>
          Layout{' '}
          <select
            value={state.layout}
            onChange={(e) => dispatch({ type: 'setLayout', layout: e.target.value as LayoutName })}
            data-testid="layout-select"
          >
            {LAYOUT_NAMES.map((name) => (
              <option key={name} value={name}>
                {LAYOUTS[name]}
              </option>
            ))}
          </select>
        </label>
        <button type="button" onClick={() => dispatch({ type: 'setLayout', layout: state.layout })} title="Run the layout again">
          Re-run
        </button>
      </div>
      <div className="toolbar-group" role="group" aria-label="View">
        <button type="button" onClick={() => viewRef.current?.fit()} title="Fit the visible graph to the screen">
          Fit
        </button>
        <button type="button" onClick={() => viewRef.current?.zoomBy(1.25)} aria-label="Zoom in">
          +
        </button>
        <button type="button" onClick={() => viewRef.current?.zoomBy(0.8)} aria-label="Zoom out">
          −
        </button>
      </div>
      <div className="toolbar-group export-anchor">
        <button type="button" onClick={() => setExportOpen((o) => !o)} aria-expanded={exportOpen} disabled={!story}>
          Export image…
        </button>
        {exportOpen && story && (
          <ExportDialog title={story.dataset.title} viewRef={viewRef} onClose={() => setExportOpen(false)} />
        )}
      </div>
    </header>
  );
}
