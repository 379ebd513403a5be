// One source: what it is, whom it cites and who cites it, and what rests on it. The graph meanwhile highlights
// the relations that would lose all their support if this source were wrong.
import { useMemo, useState, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import { dependantsOf } from '../model/evidence';
import { sourceKindLabel } from './sourceLabel';
import { publicationText } from '../model/publication';
import { SourceLinks } from './SourceLinks';
import { stylesOf } from './typeStyles';
import { Row } from './RelationDetails';
import { DeleteButton } from './build/DeleteConfirm';
import { SourceConsequencesView } from './build/DeleteConsequences';
import { deleteSource } from '../model/edit/records';
import { SourceBuildActions } from './build/SourceBuildActions';
import './details.css';
import './evidence.css';

/** A source behind thousands of relations lists this many, and the rest on request. */
const LISTED_RELATIONS = 100;

interface Props {
  story: Story;
  id: string;
  dispatch: Dispatch<Action>;
}

export function SourceDetails({ story, id, dispatch }: Props) {
  const { graph } = story;
  const index = graph.getAttribute('sourceIndex');
  const source = index.byId.get(id)!;
  const dependants = useMemo(() => dependantsOf(id, story.dataset.relations, index), [id, story, index]);
  const citedBy = story.dataset.sources.filter((s) => s.cites.includes(id));
  const styles = stylesOf(story);
  const selectSource = (sourceId: string) => dispatch({ type: 'select', selection: { kind: 'source', id: sourceId } });
  const claimCount = [...dependants.claims.values()].reduce((n, list) => n + list.length, 0);
  const [listAll, setListAll] = useState(false);
  const sourceButtons = (ids: readonly string[]) => (
    <SourceLinks ids={ids} index={index} onSelectSource={selectSource} />
  );
  const relations = [...dependants.claims.keys()].filter((r) => graph.hasEdge(r));
  // What would fall first, then what would only be weakened.
  relations.sort((a, b) => Number(dependants.unsupported.has(b)) - Number(dependants.unsupported.has(a)));
  return (
    <div className="details" data-testid="source-details">
      <p className="kind">Source · {sourceKindLabel(source.kind)}</p>
      <h2>{source.title}</h2>
      {/* Editing a source's fields and text is the source editor's (source-editor); deleting it is here. */}
      <div className="record-actions">
        <DeleteButton
          what={`“${source.title}”`}
          consequences={() => <SourceConsequencesView story={story} id={id} />}
          run={() => deleteSource(story.dataset, id)}
          dispatch={dispatch}
          testId="delete-source"
        />
      </div>
      <dl>
        {source.outlet && <Row name="Outlet" value={source.outlet} />}
        {source.author && <Row name="Author" value={source.author} />}
        <Row name="Published" value={publicationText(source, story.dataset.sources)} />
        {/* Shown as text, never as a link: nothing from a file becomes something to click through to. */}
        {source.url && <Row name="Address" value={source.url} />}
        {source.cites.length > 0 && (
          <>
            <dt>Cites</dt>
            <dd>{sourceButtons(source.cites)}</dd>
          </>
        )}
        {citedBy.length > 0 && (
          <>
            <dt>Cited by</dt>
            <dd>{sourceButtons(citedBy.map((s) => s.id))}</dd>
          </>
        )}
      </dl>
      {source.cites.length === 0 && (
        <p className="hint">An origin: it cites no one further, so it counts as one independent origin.</p>
      )}
      {source.note && <p>{source.note}</p>}
      <SourceBuildActions story={story} id={id} dispatch={dispatch} />
      <h3>
        What rests on it <span className="count">{claimCount === 1 ? '1 claim' : `${claimCount} claims`}</span>
      </h3>
      <p data-testid="source-impact">
        {dependants.unsupported.size === 0
          ? `No relation rests on it alone (${relations.length} lean on it in part).`
          : `If it were wrong, ${dependants.unsupported.size} of the ${relations.length} relations that lean on it would lose all support (highlighted in the graph).`}
      </p>
      <ul className="relation-list" data-testid="source-relations">
        {(listAll ? relations : relations.slice(0, LISTED_RELATIONS)).map((edge) => {
          const relation = graph.getEdgeAttributes(edge);
          const lost = dependants.unsupported.has(edge);
          return (
            <li key={edge} className={lost ? 'loses-support' : undefined}>
              <button
                type="button"
                onClick={() => dispatch({ type: 'select', selection: { kind: 'relation', id: edge }, centre: true })}
              >
                {graph.getNodeAttribute(graph.source(edge), 'label')}{' '}
                <span className="muted">{styles.relation(relation.type).label}</span>{' '}
                {graph.getNodeAttribute(graph.target(edge), 'label')}
                <span className="count">
                  {lost
                    ? 'would lose all support'
                    : `${dependants.claims.get(edge)!.length} of ${relation.claims.length} claims`}
                </span>
              </button>
            </li>
          );
        })}
      </ul>
      {relations.length > LISTED_RELATIONS && (
        <button type="button" className="link more" onClick={() => setListAll((all) => !all)} aria-expanded={listAll}>
          {listAll ? `Show the first ${LISTED_RELATIONS}` : `Show all ${relations.length} relations`}
        </button>
      )}
    </div>
  );
}
