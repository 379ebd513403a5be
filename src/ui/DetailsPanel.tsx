// The evidence panel: who an entity is and how it is linked, or what a relation is and who says so.
import { useState, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import type { Visibility } from '../model/filters';
import type { Selection } from '../model/selection';
import { isDisputed } from '../model/graph';
import { countryName } from '../model/vocabulary';
import { stylesOf } from './typeStyles';
import { ClaimList } from './ClaimList';
import { StoryOverview } from './StoryOverview';

interface Props {
  story: Story;
  selection: Selection | null;
  visibility: Visibility;
  dispatch: Dispatch<Action>;
}

export function DetailsPanel({ story, selection, visibility, dispatch }: Props) {
  const select = (sel: Selection) => dispatch({ type: 'select', selection: sel, center: true });
  const { graph } = story;
  if (selection?.kind === 'entity' && graph.hasNode(selection.id)) {
    return <EntityDetails key={selection.id} story={story} id={selection.id} visibility={visibility} onSelect={select} />;
  }
  if (selection?.kind === 'relation' && graph.hasEdge(selection.id)) {
    return <RelationDetails story={story} id={selection.id} onSelect={select} />;
  }
  return <StoryOverview dataset={story.dataset} />;
}

/** A hub of an imported graph can have thousands of links: list this many, and the rest on request. */
const LISTED_RELATIONS = 100;

function EntityDetails({ story, id, visibility, onSelect }: { story: Story; id: string; visibility: Visibility; onSelect: (s: Selection) => void }) {
  const { graph } = story;
  const [listAll, setListAll] = useState(false);
  const entity = graph.getNodeAttributes(id);
  const styles = stylesOf(story);
  const info = styles.entity(entity.type);
  const links = graph.mapEdges(id, (edge, relation, source, target) => ({
    edge,
    relation,
    outgoing: source === id,
    other: graph.getNodeAttributes(source === id ? target : source),
    hidden: !visibility.edges.has(edge),
  }));
  return (
    <div className="details" data-testid="entity-details">
      <p className="kind" style={{ color: info.color }}>
        {info.label}
      </p>
      <h2>{entity.label}</h2>
      <dl>
        {entity.role && (
          <>
            <dt>Role</dt>
            <dd>{entity.role}</dd>
          </>
        )}
        {entity.country && (
          <>
            <dt>Country</dt>
            <dd>{countryName(entity.country)}</dd>
          </>
        )}
        {entity.aliases.length > 0 && (
          <>
            <dt>Also called</dt>
            <dd>{entity.aliases.join('; ')}</dd>
          </>
        )}
        {Object.entries(entity.attributes ?? {}).map(([key, value]) => (
          <AttributeRow key={key} name={key} value={String(value)} />
        ))}
      </dl>
      {entity.description && <p>{entity.description}</p>}
      <h3>
        Relations <span className="count">{links.length}</span>
      </h3>
      <ul className="relation-list" data-testid="entity-relations">
        {(listAll ? links : links.slice(0, LISTED_RELATIONS)).map(({ edge, relation, outgoing, other, hidden }) => {
          const phrase = styles.relation(relation.type).label;
          return (
            <li key={edge} className={hidden ? 'filtered-out' : undefined}>
              <button type="button" onClick={() => onSelect({ kind: 'relation', id: edge })} disabled={hidden} title={hidden ? 'Hidden by the filters' : undefined}>
                {outgoing ? (
                  <>
                    <span className="muted">{phrase}</span> {other.label}
                  </>
                ) : (
                  <>
                    {other.label} <span className="muted">{phrase}</span> <em>this</em>
                  </>
                )}
                {isDisputed(relation) && <span className="tag disputed">disputed</span>}
              </button>
            </li>
          );
        })}
      </ul>
      {links.length > LISTED_RELATIONS && (
        <button type="button" className="link more" onClick={() => setListAll((all) => !all)} aria-expanded={listAll}>
          {listAll ? `Show the first ${LISTED_RELATIONS}` : `Show all ${links.length} relations`}
        </button>
      )}
    </div>
  );
}

function AttributeRow({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}

function RelationDetails({ story, id, onSelect }: { story: Story; id: string; onSelect: (s: Selection) => void }) {
  const { graph, dataset } = story;
  const relation = graph.getEdgeAttributes(id);
  const source = graph.getNodeAttributes(graph.source(id));
  const target = graph.getNodeAttributes(graph.target(id));
  const info = stylesOf(story).relation(relation.type);
  return (
    <div className="details" data-testid="relation-details">
      <p className="kind">Relation</p>
      <h2>
        <button type="button" className="link" onClick={() => onSelect({ kind: 'entity', id: graph.source(id) })}>
          {source.label}
        </button>{' '}
        <span className="muted">{info.label}</span>{' '}
        <button type="button" className="link" onClick={() => onSelect({ kind: 'entity', id: graph.target(id) })}>
          {target.label}
        </button>
      </h2>
      <dl>
        {(relation.date || relation.dateText) && (
          <>
            <dt>When</dt>
            <dd>{[relation.date, relation.dateText].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        {relation.details && (
          <>
            <dt>Details</dt>
            <dd>{relation.details}</dd>
          </>
        )}
        {relation.label && relation.label !== info.label && <AttributeRow name="Label" value={relation.label} />}
        {relation.weight !== undefined && <AttributeRow name="Weight" value={String(relation.weight)} />}
        {!relation.directed && <AttributeRow name="Direction" value="undirected" />}
        {Object.entries(relation.attributes ?? {}).map(([key, value]) => (
          <AttributeRow key={key} name={key} value={String(value)} />
        ))}
      </dl>
      {isDisputed(relation) && (
        <div className="disputed-box" role="note">
          <strong>Sources disagree.</strong> {relation.discrepancy}
        </div>
      )}
      <h3>
        Evidence <span className="count">{relation.claims.length}</span>
      </h3>
      <ClaimList claims={relation.claims} sources={dataset.sources} />
    </div>
  );
}
