// The Discrepancies view: every disputed relation, what its sources disagree on, and the versions side by side
// with their quotes and chains. One click shows the relation in the graph.
import type { Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import { DisputeVersions } from './DisputeVersions';
import { ViewHead } from './SourcesView';
import { relationReading } from '../model/describeView';
import './evidence.css';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
}

export function DiscrepanciesView({ story, dispatch }: Props) {
  const { graph } = story;
  const index = graph.getAttribute('sourceIndex');
  const disputed = graph.filterEdges((_key, relation) => relation.disputed);
  const selectSource = (id: string) => dispatch({ type: 'select', selection: { kind: 'source', id } });
  return (
    <section className="evidence-view" data-testid="discrepancies" aria-label="Discrepancies">
      <ViewHead title="Discrepancies" count={disputed.length} dispatch={dispatch} />
      {disputed.length === 0 ? (
        <p className="muted">No relation in this graph is disputed: no two of its sources disagree.</p>
      ) : (
        <ol className="discrepancy-list">
          {disputed.map((edge) => {
            const relation = graph.getEdgeAttributes(edge);
            const reading = relationReading(graph, edge);
            return (
              <li key={edge} className="discrepancy" data-testid="discrepancy" data-relation-id={edge}>
                <h3>
                  <button
                    type="button"
                    className="link"
                    onClick={() =>
                      dispatch({ type: 'select', selection: { kind: 'relation', id: edge }, centre: true })
                    }
                    title="Show it in the graph"
                  >
                    {reading}
                  </button>
                </h3>
                <p>{relation.discrepancy}</p>
                <DisputeVersions relation={relation} index={index} onSelectSource={selectSource} />
              </li>
            );
          })}
        </ol>
      )}
    </section>
  );
}
