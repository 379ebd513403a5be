// The explorer's frame: toolbar on top, filters left, graph in the middle, details right, counts below.
import { useEffect, useReducer, useRef } from 'react';
import { explorerReducer, initialState } from '../state/explorer';
import { loadBundledStory } from '../io/bundledStory';
import type { GraphView } from '../view/graphView';
import { GraphCanvas } from './GraphCanvas';
import { Toolbar } from './Toolbar';
import { FilterPanel } from './FilterPanel';
import { DetailsPanel } from './DetailsPanel';
import { StatusBar } from './StatusBar';
import { Legend } from './Legend';

export function App() {
  const [state, dispatch] = useReducer(explorerReducer, initialState);
  const viewRef = useRef<GraphView | null>(null);

  useEffect(() => {
    try {
      dispatch({ type: 'loaded', dataset: loadBundledStory() });
    } catch (err) {
      dispatch({ type: 'loadFailed', message: (err as Error).message });
    }
  }, []);

  const story = state.story;
  return (
    <div className="app">
      <Toolbar state={state} dispatch={dispatch} viewRef={viewRef} />
      <aside className="sidebar left" aria-label="Filters">
        {story && <FilterPanel story={story} filters={state.filters} dispatch={dispatch} />}
      </aside>
      <main className="canvas-area">
        {state.status.kind === 'loading' && <p className="notice">Loading the story…</p>}
        {state.status.kind === 'error' && (
          <p className="notice error" role="alert">
            {state.status.message}
          </p>
        )}
        {story && <GraphCanvas state={state} dispatch={dispatch} viewRef={viewRef} />}
        {story && <Legend story={story} />}
      </main>
      <aside className="sidebar right" aria-label="Details">
        {story && <DetailsPanel story={story} selection={state.selection} visibility={state.visibility} dispatch={dispatch} />}
      </aside>
      <StatusBar state={state} />
    </div>
  );
}
