// Starting an investigation: a title, then an empty graph to fill with sources, entities and claims.
import { useState } from 'react';
import { MAX_TITLE_CHARS } from './investigationLimits';

export function NewInvestigationForm({ onCreate }: { onCreate: (title: string) => void }) {
  const [open, setOpen] = useState(false);
  const [title, setTitle] = useState('');
  const [error, setError] = useState<string | null>(null);
  if (!open)
    return (
      <button type="button" data-testid="new-investigation" onClick={() => setOpen(true)}>
        New investigation
      </button>
    );
  function submit() {
    const trimmed = title.trim();
    if (!trimmed) return setError('Title: give the investigation a title.');
    if (trimmed.length > MAX_TITLE_CHARS) return setError(`Title: at most ${MAX_TITLE_CHARS} characters.`);
    onCreate(trimmed);
    setOpen(false);
    setTitle('');
    setError(null);
  }
  return (
    <form
      className="new-investigation"
      data-testid="new-investigation-form"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
      onKeyDown={(event) => {
        if (event.key === 'Escape') setOpen(false);
      }}
    >
      <label>
        Title
        <input
          autoFocus
          value={title}
          aria-invalid={error !== null}
          aria-describedby={error ? 'new-investigation-error' : undefined}
          onChange={(event) => setTitle(event.target.value)}
        />
      </label>
      {error && (
        <p id="new-investigation-error" role="alert" className="form-error">
          {error}
        </p>
      )}
      <button type="submit">Create</button>
      <button type="button" onClick={() => setOpen(false)}>
        Cancel
      </button>
    </form>
  );
}
