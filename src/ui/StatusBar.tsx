// The counts line: how much of the graph the filters (and the ego view) let through, and what is shown for context.
import type { ExplorerState } from '../state/explorer';
import { timeLabel } from '../model/timeFilter';
import './statusBar.css';

export function StatusBar({ state }: { state: ExplorerState }) {
  const story = state.story;
  if (!story) return <footer className="statusbar" />;
  const { graph, dataset } = story;
  return (
    <footer className="statusbar">
      <span data-testid="graph-counts">
        {state.visibility.nodes.size} of {graph.order} entities · {state.visibility.edges.size} of {graph.size}{' '}
        relations
      </span>
      {state.visibility.context && state.visibility.context.nodes.size > 0 && (
        <span className="muted" data-testid="context-counts">
          and, faded for context, {state.visibility.context.nodes.size} entities and{' '}
          {state.visibility.context.edges.size} relations they link to elsewhere
        </span>
      )}
      {state.filters.time && (
        <span className="muted" data-testid="time-status">
          {timeLabel(state.filters.time)}
        </span>
      )}
      {state.ego && (
        <span className="muted" data-testid="ego-counts">
          within {state.ego.hops} {state.ego.hops === 1 ? 'step' : 'steps'} of{' '}
          {graph.hasNode(state.ego.centre) ? graph.getNodeAttribute(state.ego.centre, 'label') : 'the chosen entity'}
        </span>
      )}
      <span className="dataset-title">{dataset.title}</span>
    </footer>
  );
}
