// A relation in full: what it says, whether it happened or was only asked for, how many independent origins
// stand behind it, the versions when sources disagree, and every claim with its quote and attribution chain.
import { useMemo, type Dispatch } from 'react';
import type { Action, Story } from '../state/explorer';
import type { Selection } from '../model/selection';
import { chainOf, relationEvidence } from '../model/evidence';
import { MODALITIES } from '../model/vocabulary';
import { stylesOf } from './typeStyles';
import { ClaimList } from './ClaimList';
import { EvidenceSummary } from './EvidenceSummary';
import { versionsOf } from './DisputeVersions';
import { shortSourceName } from './sourceLabel';
import { formatEventDate, isoDay } from '../model/time';
import { claimsKnown, timeIndexOf, type TimeFilter } from '../model/timeFilter';
import { RelationEditor } from './build/RelationEditor';
import { DeleteButton } from './build/DeleteConfirm';
import { RelationConsequencesView } from './build/DeleteConsequences';
import { useEditToggle } from './build/useEditForm';
import { deleteRelation } from '../model/edit/records';
import './details.css';
import './evidence.css';

interface Props {
  story: Story;
  id: string;
  dispatch: Dispatch<Action>;
  /** Under a "known by" window, only the claims whose article could have been out by then are shown and counted. */
  time?: TimeFilter;
}

export function RelationDetails({ story, id, dispatch, time }: Props) {
  const { graph } = story;
  const select = (selection: Selection) => dispatch({ type: 'select', selection, centre: selection.kind !== 'source' });
  const selectSource = (sourceId: string) => select({ kind: 'source', id: sourceId });
  const whole = graph.getEdgeAttributes(id);
  // Known by: only the claims whose article could have been out by the window's end (this relation alone, not the
  // whole graph's selection, so a 50k graph's details do not redo the window's work).
  const knownBy = time?.mode === 'known-by' ? time : null;
  // The claims shown, and where each sits among all the relation's claims (for editing the right one).
  const [relation, claimIndices] = useMemo(() => {
    const all = whole.claims.map((_, i) => i);
    if (!knownBy) return [whole, all] as const;
    const keep = claimsKnown(whole, timeIndexOf(graph), knownBy);
    return keep.length === whole.claims.length
      ? ([whole, all] as const)
      : ([{ ...whole, claims: keep.map((i) => whole.claims[i]!) }, keep] as const);
  }, [whole, graph, knownBy]);
  const editor = useEditToggle();
  const source = graph.getNodeAttributes(graph.source(id));
  const target = graph.getNodeAttributes(graph.target(id));
  const info = stylesOf(story).relation(relation.type);
  const index = graph.getAttribute('sourceIndex');
  const evidence = useMemo(
    () =>
      relation === whole
        ? graph.getAttribute('evidence')(relation)
        : relationEvidence(relation, graph.getAttribute('sourceIndex')),
    [relation, whole, graph],
  );
  const modality = MODALITIES[relation.modality];
  if (editor.editing)
    return (
      <div className="details">
        <RelationEditor
          story={story}
          relation={whole}
          dispatch={dispatch}
          onClose={(savedId) => {
            if (savedId !== undefined && savedId !== whole.id)
              dispatch({ type: 'select', selection: { kind: 'relation', id: savedId } });
            editor.close();
          }}
        />
      </div>
    );
  return (
    <div className="details" data-testid="relation-details">
      <p className="kind">Relation</p>
      <h2>
        <button type="button" className="link" onClick={() => select({ kind: 'entity', id: graph.source(id) })}>
          {source.label}
        </button>{' '}
        <span className="muted">{info.label}</span>{' '}
        <button type="button" className="link" onClick={() => select({ kind: 'entity', id: graph.target(id) })}>
          {target.label}
        </button>
      </h2>
      <div className="record-actions">
        <button type="button" ref={editor.buttonRef} onClick={editor.open} data-testid="edit-relation">
          Edit
        </button>
        <DeleteButton
          what="this relation"
          consequences={() => <RelationConsequencesView relation={whole} />}
          run={() => deleteRelation(story.dataset, whole.id)}
          dispatch={dispatch}
          testId="delete-relation"
        />
      </div>
      {relation.modality !== 'happened' && (
        <p className={`modality modality-${relation.modality}`} data-testid="modality">
          <strong>{modality.label}:</strong> {modality.description.toLowerCase()}
        </p>
      )}
      {knownBy && relation.claims.length < whole.claims.length && (
        <p className="hint" data-testid="known-by-note">
          As known by {isoDay(knownBy.to)}: {relation.claims.length} of {whole.claims.length}{' '}
          {whole.claims.length === 1 ? 'claim' : 'claims'}; the rest come from articles not out by then
          {knownBy.showUndated ? '' : ' (or that give no date)'}.
        </p>
      )}
      <EvidenceSummary evidence={evidence} index={index} disputed={relation.disputed} onSelectSource={selectSource} />
      <dl>
        {(relation.date || relation.dateText) && (
          <>
            <dt>When</dt>
            <dd>{[relation.date && formatEventDate(relation.date), relation.dateText].filter(Boolean).join(' · ')}</dd>
          </>
        )}
        {relation.details && (
          <>
            <dt>Details</dt>
            <dd>{relation.details}</dd>
          </>
        )}
        {relation.label && relation.label !== info.label && <Row name="Label" value={relation.label} />}
        {relation.weight !== undefined && <Row name="Weight" value={String(relation.weight)} />}
        {!relation.directed && <Row name="Direction" value="undirected" />}
        {Object.entries(relation.attributes ?? {}).map(([key, value]) => (
          <Row key={key} name={key} value={String(value)} />
        ))}
      </dl>
      {relation.disputed && (
        <div className="disputed-box" role="note">
          <strong>Sources disagree.</strong> {relation.discrepancy}
          <ul className="version-holders">
            {versionsOf(relation)
              .filter((v) => v.version !== null)
              .map(({ version, claims }) => (
                <li key={version}>
                  <strong>{version}</strong>, held by{' '}
                  {[
                    ...new Set(
                      claims.map((c) =>
                        chainOf(c)
                          .map((s) => shortSourceName(index.byId.get(s), s))
                          .join(' ← '),
                      ),
                    ),
                  ].join('; ')}
                </li>
              ))}
          </ul>
          <button
            type="button"
            className="link"
            onClick={() => dispatch({ type: 'showPanel', panel: 'discrepancies' })}
          >
            Compare the versions side by side
          </button>
        </div>
      )}
      <h3>
        Evidence <span className="count">{relation.claims.length}</span>
      </h3>
      <ClaimList
        claims={relation.claims}
        index={index}
        onSelectSource={selectSource}
        edit={{ story, relationId: whole.id, indices: claimIndices, dispatch }}
      />
    </div>
  );
}

export function Row({ name, value }: { name: string; value: string }) {
  return (
    <>
      <dt>{name}</dt>
      <dd>{value}</dd>
    </>
  );
}
