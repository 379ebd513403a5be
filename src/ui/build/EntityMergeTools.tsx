// In an entity's details: "Merge…" opens the merge dialog with this entity, and an entity made by a merge says what
// it was merged from, with a Split button that gives the entities back.
import { useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import { mergeOf, splitMerge } from '../../model/edit/merge';
import { MergeDialog } from './MergeDialog';
import './merge.css';

interface Props {
  story: Story;
  /** The entity's id (not its graph key). */
  id: string;
  dispatch: Dispatch<Action>;
}

export function EntityMergeTools({ story, id, dispatch }: Props) {
  const [merging, setMerging] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const record = mergeOf(story.dataset, id);
  function split() {
    const result = splitMerge(story.dataset, id);
    if (result.ok) dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
    else setError(result.error);
  }
  return (
    <>
      <button
        type="button"
        className="merge-open"
        data-testid="merge-entities"
        title="Merge this entity with others that are the same"
        onClick={() => setMerging(true)}
      >
        Merge…
      </button>
      {record && (
        <div className="merged-from" data-testid="merged-from">
          <p>
            Merged from{' '}
            {record.entities.map((e, i) => (
              <span key={e.id}>
                {i > 0 && (i === record.entities.length - 1 ? ' and ' : ', ')}“{e.label}”
              </span>
            ))}{' '}
            on {record.date}.
          </p>
          <button type="button" data-testid="split-entity" onClick={split}>
            Split
          </button>
          {error && (
            <p className="error" role="alert">
              {error}
            </p>
          )}
        </div>
      )}
      {merging && <MergeDialog story={story} ids={[id]} dispatch={dispatch} onClose={() => setMerging(false)} />}
    </>
  );
}
