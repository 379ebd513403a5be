// "New entity" and "New relation": the toolbar's buttons, each opening its form in a modal dialog. Saved, the new
// record is selected, so its details show at once; cancelled (or Escape), nothing changes and focus goes back.
import { useEffect, useId, useRef, useState, type Dispatch, type ReactNode } from 'react';
import type { Action, Story } from '../../state/explorer';
import { nodeKey } from '../../model/graph';
import { useReturnFocus } from '../keys/useReturnFocus';
import { EntityEditor } from './EntityEditor';
import { NewRelationForm } from './NewRelationForm';
import './editors.css';

function NewRecordDialog({ title, onClose, children }: { title: string; onClose: () => void; children: ReactNode }) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useReturnFocus();
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className="new-record-dialog"
      aria-labelledby={titleId}
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  );
}

export function NewRecordButtons({ story, dispatch }: { story: Story | null; dispatch: Dispatch<Action> }) {
  const [open, setOpen] = useState<'entity' | 'relation' | null>(null);
  const close = () => setOpen(null);
  return (
    <>
      <button
        type="button"
        data-testid="new-entity"
        aria-haspopup="dialog"
        disabled={!story}
        title="Add an entity: a person, organisation, country, equipment…"
        onClick={() => setOpen('entity')}
      >
        New entity
      </button>
      <button
        type="button"
        data-testid="new-relation"
        aria-haspopup="dialog"
        disabled={!story || story.dataset.entities.length === 0}
        title="Link two entities, with a first claim quoting a source"
        onClick={() => setOpen('relation')}
      >
        New relation
      </button>
      {story && open === 'entity' && (
        <NewRecordDialog title="New entity" onClose={close}>
          <EntityEditor
            story={story}
            dispatch={dispatch}
            onClose={(id) => {
              if (id !== undefined) dispatch({ type: 'select', selection: { kind: 'entity', id: nodeKey(id) } });
              close();
            }}
          />
        </NewRecordDialog>
      )}
      {story && open === 'relation' && (
        <NewRecordDialog title="New relation" onClose={close}>
          <NewRelationForm
            story={story}
            dispatch={dispatch}
            onClose={(id) => {
              if (id !== undefined) dispatch({ type: 'select', selection: { kind: 'relation', id }, centre: true });
              close();
            }}
          />
        </NewRecordDialog>
      )}
    </>
  );
}
