// What every record editor does with a save: apply a checked edit (one undo step, shown at once everywhere), or
// keep the form as typed and say what is wrong, marking and focusing the field the message names.
import {
  useCallback,
  useEffect,
  useId,
  useRef,
  useState,
  type Dispatch,
  type KeyboardEvent,
  type RefObject,
} from 'react';
import type { Action } from '../../state/explorer';
import type { EditResult } from '../../model/edit/result';
import type { Dataset } from '../../model/schema';
import { fieldOfError } from '../../model/edit/forms';

const CONTROLS = 'input, select, textarea';

export interface EditForm {
  error: string | null;
  invalid: { field: string | undefined; messageId: string };
  messageId: string;
  formRef: RefObject<HTMLFormElement | null>;
  /** Applies the result when ok (and returns true), or shows its error. */
  apply: (result: EditResult | { ok: false; error: string }) => boolean;
  /** Escape cancels, unless an open list inside the form takes it first. */
  onKeyDown: (e: KeyboardEvent<HTMLElement>) => void;
}

/**
 * `opened`: the dataset the form began from. Kept from the first render: on a shared investigation someone else may
 * change the same record while the form is open, and the save must then be based on what the form showed.
 */
export function useEditForm(dispatch: Dispatch<Action>, onCancel: () => void, opened?: Dataset): EditForm {
  const messageId = useId();
  const basis = useRef(opened).current;
  const [error, setError] = useState<string | null>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const field = error ? fieldOfError(error) : undefined;
  // After a refusal, focus goes to the field it names (or stays where it was when no field matches).
  const [focusTick, setFocusTick] = useState(0);
  useEffect(() => {
    if (!focusTick || !field) return;
    const marked = formRef.current?.querySelector<HTMLElement>(`[data-field="${CSS.escape(field)}"]`);
    // A group (an end picker, the attribute rows) gives focus to its first control.
    const control = marked?.matches(CONTROLS) ? marked : marked?.querySelector<HTMLElement>(CONTROLS);
    (control ?? marked)?.focus();
  }, [focusTick, field]);

  // Opened, the editor takes focus at its first field: it stands where the Edit button was.
  useEffect(() => {
    formRef.current?.querySelector<HTMLElement>(CONTROLS)?.focus();
  }, []);

  const apply = useCallback(
    (result: EditResult | { ok: false; error: string }) => {
      if (!result.ok) {
        setError(result.error);
        setFocusTick((n) => n + 1);
        return false;
      }
      setError(null);
      dispatch({ type: 'edited', dataset: result.dataset, message: result.message, ...(basis && { basis }) });
      return true;
    },
    [dispatch, basis],
  );

  const onKeyDown = useCallback(
    (e: KeyboardEvent<HTMLElement>) => {
      if (e.key !== 'Escape') return;
      const target = e.target as HTMLElement;
      // An open list of matches closes first; the dialog around the form (if any) stays open too.
      if (target.getAttribute('aria-expanded') === 'true') return void e.preventDefault();
      e.preventDefault();
      e.stopPropagation();
      onCancel();
    },
    [onCancel],
  );

  return { error, invalid: { field, messageId }, messageId, formRef, apply, onKeyDown };
}

/**
 * An "Edit" toggle whose button gets focus back when the editor closes (saved or cancelled), since the editor
 * takes the details' place and the button leaves the page meanwhile.
 */
export function useEditToggle() {
  const [editing, setEditing] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const wasEditing = useRef(false);
  useEffect(() => {
    if (wasEditing.current && !editing) buttonRef.current?.focus();
    wasEditing.current = editing;
  }, [editing]);
  return { editing, open: () => setEditing(true), close: () => setEditing(false), buttonRef };
}
