// A delete asks first, naming what goes with the record (its relations and claims, or a source's unsupported
// relations), in a modal alert dialog whose first focus is Cancel. Confirmed, the delete is one undo step; refused
// (the last claim of a relation), the dialog says why and nothing changes.
import { useEffect, useId, useRef, useState, type Dispatch, type ReactNode } from 'react';
import type { Action } from '../../state/explorer';
import type { EditResult } from '../../model/edit/result';
import { useReturnFocus } from '../keys/useReturnFocus';
import './editors.css';

interface Props {
  /** "Delete “Nicolás Maduro”?" */
  title: string;
  /** What goes with it, in words and lists. */
  children: ReactNode;
  run: () => EditResult;
  dispatch: Dispatch<Action>;
  onClose: () => void;
  /** Why the delete cannot be done, known before asking (a relation's only claim). */
  refused?: string | null;
}

/** After a delete the button that opened the dialog is gone with its record: Undo is the next thing one may want. */
const undoButton = () => document.querySelector<HTMLElement>('button[title="Undo (Ctrl+Z)"]');

export function DeleteConfirm({ title, children, run, dispatch, onClose, refused = null }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const cancelRef = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const bodyId = useId();
  const [error, setError] = useState<string | null>(refused);
  useReturnFocus(undoButton);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    // Cancel first in focus (showModal would pick Delete, the first button): a stray Enter keeps everything.
    cancelRef.current?.focus();
    return () => dialog?.close();
  }, []);

  function confirm() {
    const result = run();
    if (!result.ok) return setError(result.error);
    dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
    onClose();
  }

  return (
    <dialog
      ref={ref}
      role="alertdialog"
      aria-modal="true"
      aria-labelledby={titleId}
      aria-describedby={bodyId}
      className="delete-confirm"
      data-testid="delete-confirm"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <div id={bodyId} data-testid="delete-consequences">
        {children}
      </div>
      <p role="alert" className="edit-error" data-testid="delete-error">
        {error}
      </p>
      <div className="edit-buttons">
        <button
          type="button"
          className="danger"
          onClick={confirm}
          disabled={error !== null}
          data-testid="confirm-delete"
        >
          Delete
        </button>
        <button type="button" onClick={onClose} ref={cancelRef} data-testid="cancel-delete">
          Cancel
        </button>
      </div>
    </dialog>
  );
}

/** A Delete button that asks first: the dialog shows `consequences` (worked out when it opens). */
export function DeleteButton({
  what,
  consequences,
  run,
  dispatch,
  testId,
  label = 'Delete',
  refusal,
}: {
  /** The record's name, for the dialog's title: "Delete “what”?" */
  what: string;
  consequences: () => ReactNode;
  run: () => EditResult;
  dispatch: Dispatch<Action>;
  testId: string;
  /** The button's accessible name when several Delete buttons share a panel ("Delete claim 2"). */
  label?: string;
  /** Why it cannot be deleted, if so: the dialog says it instead of offering to delete. */
  refusal?: () => string | null;
}) {
  const [open, setOpen] = useState(false);
  return (
    <>
      <button
        type="button"
        className="danger-link"
        onClick={() => setOpen(true)}
        data-testid={testId}
        aria-haspopup="dialog"
        aria-label={label === 'Delete' ? undefined : label}
      >
        Delete
      </button>
      {open && (
        <DeleteConfirm
          title={`Delete ${what}?`}
          run={run}
          dispatch={dispatch}
          onClose={() => setOpen(false)}
          refused={refusal?.() ?? null}
        >
          {consequences()}
        </DeleteConfirm>
      )}
    </>
  );
}
