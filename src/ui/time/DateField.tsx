// A date field that mirrors one end of the time window. It is a text field, not the browser's date picker: a click in
// the middle of a picker's date and a few digits gave years like 202025 with no word said. What is typed is a draft;
// a draft that reads as one day (model/dayInput.ts) is shown at once but not recorded; leaving the field or Enter
// hands the draft over to be checked and recorded (or refused with a message), and an empty field then means "no
// limit at this end". Escape gives the draft up.
import { useState, type KeyboardEvent } from 'react';
import { readDayInput } from '../../model/dayInput';

interface Props {
  testId: string;
  label: string;
  /** The window's day here ("" when time does not filter). */
  value: string;
  /** `settled` false while typing (only days that read), true on leaving the field or Enter. "": this end is cleared. */
  onInput: (value: string, settled: boolean) => void;
  /** Escape: the draft is given up, and the window goes back to where it was before typing. */
  onCancel: () => void;
  /** The id of the message that says why the last value was refused, while it shows. */
  errorId?: string;
  hint?: string;
}

export function DateField({ testId, label, value, onInput, onCancel, errorId, hint }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  // Anything typed since the field took focus is settled, even if it is already on screen (shown while typing).
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    onInput(draft.trim(), true);
  };
  const onKeyDown = (e: KeyboardEvent) => {
    if (e.key === 'Enter') commit();
    else if (e.key === 'Escape' && draft !== null) {
      e.stopPropagation();
      setDraft(null);
      onCancel();
    }
  };
  return (
    <label title={hint}>
      {label}{' '}
      <input
        type="text"
        className="time-date"
        placeholder="YYYY-MM-DD"
        autoComplete="off"
        spellCheck={false}
        data-testid={testId}
        value={draft ?? value}
        aria-invalid={errorId ? true : undefined}
        aria-describedby={errorId}
        onChange={(e) => {
          setDraft(e.target.value);
          if (readDayInput(e.target.value).ok) onInput(e.target.value.trim(), false);
        }}
        onBlur={commit}
        onKeyDown={onKeyDown}
      />
    </label>
  );
}
