// The evidence panel: who an entity is and how it is linked, what a relation is and who says so, or what a
// source is and what rests on it.
import { useState, type Dispatch, type ReactNode } from 'react';
import type { Action, MetricsState, Story } from '../state/explorer';
import type { Visibility } from '../model/filters';
import type { TimeFilter } from '../model/timeFilter';
import type { Selection } from '../model/selection';
import { countryName } from '../model/vocabulary';
import { groupRelations, modalityTag, NOT_CLAIMED, originsText, type RelationLine } from '../model/entityRelations';
import { TERMS } from './glossary';
import { Explain } from './Explain';
import { useStartAtTop } from './useStartAtTop';
import './details.css';
import { stylesOf } from './typeStyles';
import { StoryOverview } from './StoryOverview';
import type { MetricId } from '../model/metricNames';
import { runsInWorker } from '../view/metricsRunner';
import { EntityMetrics } from './EntityMetrics';
import { RelationDetails, Row } from './RelationDetails';
import { SourceDetails } from './SourceDetails';
import { EntityEditor } from './build/EntityEditor';
import { DeleteButton } from './build/DeleteConfirm';
import { EntityConsequencesView } from './build/DeleteConsequences';
import { useEditToggle } from './build/useEditForm';
import { deleteEntity } from '../model/edit/records';
import { nodeKey } from '../model/graph';
import { EntityMergeTools } from './build/EntityMergeTools';

interface Props {
  story: Story;
  selection: Selection | null;
  visibility: Visibility;
  /** The time window, for a relation's claims as known by its end. */
  time?: TimeFilter;
  /** Metrics computed so far, shown in an entity's details, and the one running. */
  metrics: MetricsState;
  /** A metric is about to start (the details wait for it rather than offer to compute). */
  metricQueued: boolean;
  onCancelMetric: (id: MetricId) => void;
  /** Entities pinned in place (the details offer to pin or unpin the selected one). */
  pinned: ReadonlySet<string>;
  dispatch: Dispatch<Action>;
}

export function DetailsPanel(props: Props) {
  const { selection } = props;
  // Closed at first, so the relations come first; once opened it stays open from one entity to the next.
  const [measuresOpen, setMeasuresOpen] = useState(false);
  const top = useStartAtTop<HTMLDivElement>(selection ? `${selection.kind}:${selection.id}` : '');
  return (
    <div ref={top}>
      <SelectionDetails {...props} measuresOpen={measuresOpen} onToggleMeasures={setMeasuresOpen} />
    </div>
  );
}

function SelectionDetails(props: Props & { measuresOpen: boolean; onToggleMeasures: (open: boolean) => void }) {
  const { story, selection, visibility, metrics, metricQueued, onCancelMetric, pinned, dispatch, time } = props;
  const select = (sel: Selection) => dispatch({ type: 'select', selection: sel, centre: true });
  const { graph } = story;
  if (selection?.kind === 'entity' && graph.hasNode(selection.id)) {
    return (
      <EntityDetails
        key={selection.id}
        story={story}
        id={selection.id}
        visibility={visibility}
        metrics={
          <EntityMetrics
            id={selection.id}
            metrics={metrics}
            queued={metricQueued}
            inWorker={runsInWorker(graph)}
            onCancel={onCancelMetric}
            dispatch={dispatch}
            open={props.measuresOpen}
            onToggle={props.onToggleMeasures}
          />
        }
        onSelect={select}
        pinned={pinned.has(selection.id)}
        onTogglePin={() => dispatch({ type: 'togglePin', id: selection.id })}
        dispatch={dispatch}
        tools={<EntityMergeTools story={story} id={graph.getNodeAttribute(selection.id, 'id')} dispatch={dispatch} />}
      />
    );
  }
  if (selection?.kind === 'relation' && graph.hasEdge(selection.id)) {
    return <RelationDetails key={selection.id} story={story} id={selection.id} dispatch={dispatch} time={time} />;
  }
  if (selection?.kind === 'source' && graph.getAttribute('sourceIndex').byId.has(selection.id)) {
    return <SourceDetails key={selection.id} story={story} id={selection.id} dispatch={dispatch} />;
  }
  return (
    <StoryOverview
      dataset={story.dataset}
      onSelectSource={(id) => dispatch({ type: 'select', selection: { kind: 'source', id } })}
    />
  );
}

/** A hub of an imported graph can have thousands of links: list this many, and the rest on request. */
const LISTED_RELATIONS = 100;

function EntityDetails({
  story,
  id,
  visibility,
  metrics,
  onSelect,
  pinned,
  onTogglePin,
  dispatch,
  tools,
}: {
  dispatch: Dispatch<Action>;
  /** Building tools for the entity (merge, split). */
  tools?: ReactNode;
  pinned: boolean;
  onTogglePin: () => void;
  story: Story;
  id: string;
  visibility: Visibility;
  /** The entity's metrics section. */
  metrics: ReactNode;
  onSelect: (s: Selection) => void;
}) {
  const { graph } = story;
  const [listAll, setListAll] = useState(false);
  const editor = useEditToggle();
  const entity = graph.getNodeAttributes(id);
  const info = stylesOf(story).entity(entity.type);
  const total = graph.degree(id);
  const groups = groupRelations(graph, id, visibility.edges, listAll ? Infinity : LISTED_RELATIONS);
  if (editor.editing)
    return (
      <div className="details">
        <EntityEditor
          story={story}
          entity={entity}
          dispatch={dispatch}
          onClose={(savedId) => {
            // A changed id is a new graph key: the selection follows it.
            if (savedId !== undefined && savedId !== entity.id) {
              dispatch({ type: 'select', selection: { kind: 'entity', id: nodeKey(savedId) } });
              // The details open afresh under the new key: give focus to their Edit button once they are drawn.
              requestAnimationFrame(() => document.querySelector<HTMLElement>('[data-testid="edit-entity"]')?.focus());
            }
            editor.close();
          }}
        />
      </div>
    );
  return (
    <div className="details" data-testid="entity-details">
      <p className="kind" style={{ color: info.color }}>
        {info.label}
      </p>
      <h2>{entity.label}</h2>
      <button
        type="button"
        aria-pressed={pinned}
        onClick={onTogglePin}
        data-testid="pin-toggle"
        title={pinned ? 'Let layouts move this entity again' : 'Keep this entity where it is through layouts'}
      >
        {pinned ? 'Unpin' : 'Pin'}
      </button>{' '}
      <span className="record-actions">
        <button type="button" ref={editor.buttonRef} onClick={editor.open} data-testid="edit-entity">
          Edit
        </button>
        <DeleteButton
          what={`“${entity.label}”`}
          consequences={() => <EntityConsequencesView story={story} id={entity.id} />}
          run={() => deleteEntity(story.dataset, entity.id)}
          dispatch={dispatch}
          testId="delete-entity"
        />
      </span>
      {tools}
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
          <Row key={key} name={key} value={String(value)} />
        ))}
      </dl>
      {entity.description && <p>{entity.description}</p>}
      <h3>
        Relations <span className="count">{total}</span>
      </h3>
      <p className="hint relations-key">
        A tag marks what is not known to have happened
        <Explain term="modality" text={TERMS.modality} />; origins count independent sources
        <Explain term="independent origins" text={TERMS.independentOrigins} />.
      </p>
      <div className="relation-groups" data-testid="entity-relations">
        {groups.map((group) => (
          // A group, not a region: a dozen landmarks in one panel would crowd a screen reader's list of them.
          <div key={group.type} className="relation-group" role="group" aria-label={group.heading}>
            <h4>
              {group.heading} <span className="count">{group.lines.length}</span>
            </h4>
            <ul className="relation-list">
              {group.lines.map((line) => (
                <RelationItem key={line.edge} line={line} onSelect={onSelect} />
              ))}
            </ul>
          </div>
        ))}
      </div>
      {total > LISTED_RELATIONS && (
        <button type="button" className="link more" onClick={() => setListAll((all) => !all)} aria-expanded={listAll}>
          {listAll ? `Show the first ${LISTED_RELATIONS}` : `Show all ${total} relations`}
        </button>
      )}
      {metrics}
    </div>
  );
}

/** One relation: its reading, a tag and words for what it was when it did not simply happen, its origins. */
function RelationItem({ line, onSelect }: { line: RelationLine; onSelect: (s: Selection) => void }) {
  const { edge, phrase, fromHere, otherLabel, modality, origins, disputed, hidden } = line;
  const notes = [modality && NOT_CLAIMED[modality], origins !== null && originsText(origins)].filter(Boolean);
  return (
    <li className={hidden ? 'filtered-out' : undefined} data-modality={modality ?? 'happened'}>
      <button
        type="button"
        onClick={() => onSelect({ kind: 'relation', id: edge })}
        disabled={hidden}
        title={hidden ? 'Hidden by the filters' : undefined}
      >
        {fromHere ? (
          <>
            <span className="muted">{phrase}</span> {otherLabel}
          </>
        ) : (
          <>
            {otherLabel} <span className="muted">{phrase}</span> <em>this</em>
          </>
        )}
        {modality && ' '}
        {modality && (
          <span className={`tag modality-tag modality-${modality}`} data-testid="relation-modality">
            {modalityTag(modality)}
          </span>
        )}
        {disputed && ' '}
        {disputed && <span className="tag disputed">disputed</span>}
        {notes.length > 0 && ' '}
        {notes.length > 0 && (
          <span className="relation-notes" data-testid="relation-notes">
            {notes.join(' · ')}
          </span>
        )}
      </button>
    </li>
  );
}
