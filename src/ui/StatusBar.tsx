// The counts line: how much of the graph the filters let through.
import type { ExplorerState } from '../state/explorer';

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
      <span className="dataset-title">{dataset.title}</span>
    </footer>
  );
}
