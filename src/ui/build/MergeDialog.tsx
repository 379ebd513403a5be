// Merging entities that are one: the user adds the others, picks the id and the name to keep, and sees what moves,
// what joins and which relations would join the entity to itself before confirming. A modal <dialog>: Tab stays
// inside, Escape cancels, and focus goes back to the button that opened it.
import { useEffect, useMemo, useRef, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { nodeKey } from '../../model/graph';
import { mergeEntities, previewMerge } from '../../model/edit/merge';
import { plural } from '../../model/edit/records';
import { EntityCombobox } from '../EntityCombobox';
import { useReturnFocus } from '../keys/useReturnFocus';
import './merge.css';
import '../dialogs.css';

interface Props {
  story: Story;
  /** Entity ids to start with (the selected entity, or a pair of possible duplicates). */
  ids: readonly string[];
  /** The id to keep at first: the first of `ids` unless told. */
  keepId?: string;
  dispatch: Dispatch<Action>;
  onClose: () => void;
}

/** Today as YYYY-MM-DD, in the user's own time zone: the day the decision was made. */
export function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

export function MergeDialog({ story, ids: initial, keepId: initialKeep, dispatch, onClose }: Props) {
  useReturnFocus();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const { dataset, graph } = story;
  const byId = useMemo(() => new Map(dataset.entities.map((e) => [e.id, e])), [dataset]);
  const [ids, setIds] = useState<string[]>(() => [...new Set(initial)].filter((id) => byId.has(id)));
  const [keepId, setKeepId] = useState(initialKeep ?? ids[0] ?? '');
  const [label, setLabel] = useState(() => byId.get(initialKeep ?? ids[0] ?? '')?.label ?? '');
  const [dropSelf, setDropSelf] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const entities = ids.map((id) => byId.get(id)!).filter(Boolean);
  const labels = [...new Set(entities.map((e) => e.label))];
  const preview = useMemo(
    () => (ids.length < 2 ? null : previewMerge(dataset, { ids, keepId, label, dropSelfRelations: dropSelf })),
    [dataset, ids, keepId, label, dropSelf],
  );
  const degree = (id: string) => (graph.hasNode(nodeKey(id)) ? graph.degree(nodeKey(id)) : 0);

  function remove(id: string) {
    const rest = ids.filter((x) => x !== id);
    setIds(rest);
    if (keepId === id) setKeepId(rest[0] ?? '');
    if (!rest.some((x) => byId.get(x)?.label === label)) setLabel(byId.get(rest[0] ?? '')?.label ?? '');
  }

  function confirm() {
    const result = mergeEntities(dataset, { ids, keepId, label, dropSelfRelations: dropSelf, date: today() });
    if (!result.ok) {
      setError(result.error);
      return;
    }
    dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
    onClose();
  }

  return (
    <dialog
      ref={dialog}
      className="modal merge-dialog"
      aria-labelledby="merge-title"
      data-testid="merge-dialog"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
      onKeyDownCapture={(event) => {
        // Escape in the entity box closes its list of matches, not the whole dialog.
        const target = event.target as HTMLElement;
        if (event.key === 'Escape' && target.getAttribute('aria-expanded') === 'true') event.preventDefault();
      }}
    >
      <h2 id="merge-title">Merge entities</h2>
      <p className="muted">
        The same person, organisation or thing recorded more than once becomes one entity. The other names become
        aliases; relations and claims move to it. It can be split again from its details.
      </p>
      <ul className="merge-list" aria-label="Entities to merge">
        {entities.map((e) => (
          <li key={e.id}>
            <span>
              {e.label} <span className="muted">({e.id})</span>
            </span>
            <button type="button" onClick={() => remove(e.id)} aria-label={`Leave out “${e.label}”`}>
              Leave out
            </button>
          </li>
        ))}
      </ul>
      <EntityCombobox
        story={story}
        label="Add an entity to merge"
        placeholder="Add an entity to merge…"
        testId="merge-add-entity"
        className="search merge-add"
        onPick={(entity) => {
          if (!ids.includes(entity.id)) setIds([...ids, entity.id]);
          setError(null);
          return '';
        }}
      />
      {entities.length >= 2 && (
        <div className="merge-choices">
          <fieldset>
            <legend>Id to keep</legend>
            {entities.map((e) => (
              <label key={e.id}>
                <input type="radio" name="merge-keep-id" checked={keepId === e.id} onChange={() => setKeepId(e.id)} />{' '}
                {e.id} <span className="muted">({plural(degree(e.id), 'relation')})</span>
              </label>
            ))}
          </fieldset>
          <fieldset>
            <legend>Name to keep</legend>
            {labels.map((name) => (
              <label key={name}>
                <input type="radio" name="merge-keep-name" checked={label === name} onChange={() => setLabel(name)} />{' '}
                {name}
              </label>
            ))}
          </fieldset>
        </div>
      )}
      {entities.length < 2 && <p className="muted">Add at least one more entity to merge with.</p>}
      {preview && typeof preview !== 'string' && (
        <MergeSummary preview={preview} nameOf={(id) => byId.get(id)?.label ?? id} />
      )}
      {preview && typeof preview !== 'string' && preview.selfRelations.length > 0 && (
        <label className="merge-drop-self">
          <input type="checkbox" checked={dropSelf} onChange={(e) => setDropSelf(e.target.checked)} /> Delete the{' '}
          {preview.selfRelations.length === 1 ? 'relation' : 'relations'} between them instead of keeping{' '}
          {preview.selfRelations.length === 1 ? 'it' : 'them'} as a link to itself
        </label>
      )}
      {typeof preview === 'string' && <p className="error">{preview}</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          data-testid="merge-confirm"
          disabled={!preview || typeof preview === 'string'}
          onClick={confirm}
        >
          Merge
        </button>
      </div>
    </dialog>
  );
}

function MergeSummary({
  preview,
  nameOf,
}: {
  preview: Exclude<ReturnType<typeof previewMerge>, string>;
  nameOf: (id: string) => string;
}) {
  const name = (r: { source: string; target: string; type: string }) =>
    `${nameOf(r.source)} → ${nameOf(r.target)} (${r.type.replace(/_/g, ' ')})`;
  return (
    <div className="merge-summary" data-testid="merge-preview" aria-live="polite">
      <p>
        “{preview.kept.label}” keeps the id {preview.kept.id}
        {preview.kept.aliases.length > 0 && <>, also called {preview.kept.aliases.join('; ')}</>}.{' '}
        {plural(preview.moved, 'relation')} {preview.moved === 1 ? 'moves' : 'move'} to it.
      </p>
      {preview.joined.length > 0 && (
        <>
          <p>These become one relation each, with all their claims:</p>
          <ul>
            {preview.joined.map((group) => (
              <li key={group[0]!.id}>
                {name(group[0]!)}: {group.length} relations
                {new Set(group.map((r) => r.modality)).size > 1 && (
                  <span className="muted"> (modalities differ: drawn as the most definite)</span>
                )}
              </li>
            ))}
          </ul>
        </>
      )}
      {preview.selfRelations.length > 0 && (
        <div className="merge-warning" data-testid="merge-self-relations">
          <p>
            <strong>
              {preview.selfRelations.length === 1
                ? 'This relation would join the entity to itself:'
                : 'These relations would join the entity to itself:'}
            </strong>
          </p>
          <ul>
            {preview.selfRelations.map((r) => (
              <li key={r.id}>
                {r.id}: {name(r)}
              </li>
            ))}
          </ul>
        </div>
      )}
      {preview.conflicts.length > 0 && (
        <>
          <p>Values that differ (the kept entity’s stay; a split gives the others back):</p>
          <ul>
            {preview.conflicts.map((c) => (
              <li key={c}>{c}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
