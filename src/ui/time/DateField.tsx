// A date field that mirrors one end of the time window. While it has focus, what the browser reports as each part
// of the date is typed (an empty value while a part is cleared, years 0002, 0020, 0202 on the way to 2025) is a
// draft: a complete day from the year 1000 on is shown at once but not recorded; leaving the field (or Enter)
// records it as one step, and an empty field then means "no limit at this end".
import { useState, type KeyboardEvent } from 'react';

interface Props {
  testId: string;
  label: string;
  /** The window's day here ("" when time does not filter). */
  value: string;
  /** `settled` false while typing, true on leaving the field or Enter. An empty value: this end is cleared. */
  onInput: (value: string, settled: boolean) => void;
  hint?: string;
}

const complete = (value: string) => /^\d{4}-\d{2}-\d{2}$/.test(value) && Number(value.slice(0, 4)) >= 1000;

export function DateField({ testId, label, value, onInput, hint }: Props) {
  const [draft, setDraft] = useState<string | null>(null);
  // Anything typed since the field took focus is settled, even if it is already on screen (shown while typing).
  const commit = () => {
    if (draft === null) return;
    setDraft(null);
    onInput(draft, true);
  };
  return (
    <label title={hint}>
      {label}{' '}
      <input
        type="date"
        data-testid={testId}
        value={draft ?? value}
        onChange={(e) => {
          setDraft(e.target.value);
          if (complete(e.target.value)) onInput(e.target.value, false);
        }}
        onBlur={commit}
        onKeyDown={(e: KeyboardEvent) => e.key === 'Enter' && commit()}
      />
    </label>
  );
}
