// Names a view to save: a name (required) and a caption that the walkthrough shows under it.
import { useState, type FormEvent } from 'react';
import { useReturnFocus } from './keys/useReturnFocus';
import './dialogs.css';

interface Props {
  /** How many views are saved already (the default name counts on from them). */
  count: number;
  onSave: (name: string, caption: string) => void;
  onClose: () => void;
}

export function SaveViewDialog({ count, onSave, onClose }: Props) {
  useReturnFocus();
  const [name, setName] = useState(`View ${count + 1}`);
  const [caption, setCaption] = useState('');
  const [error, setError] = useState<string | null>(null);

  function submit(event: FormEvent) {
    event.preventDefault();
    const trimmed = name.trim();
    if (!trimmed) {
      setError('A saved view needs a name.');
      return;
    }
    onSave(trimmed.slice(0, 200), caption.trim().slice(0, 2000));
  }

  return (
    <form
      className="popover"
      role="dialog"
      aria-label="Save view"
      onSubmit={submit}
      onKeyDown={(e) => e.key === 'Escape' && onClose()}
    >
      <label>
        Name{' '}
        <input
          value={name}
          onChange={(e) => setName(e.target.value)}
          maxLength={200}
          autoFocus
          data-testid="view-name"
        />
      </label>
      <label>
        Caption{' '}
        <textarea
          value={caption}
          onChange={(e) => setCaption(e.target.value)}
          maxLength={2000}
          rows={3}
          data-testid="view-caption"
        />
      </label>
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="submit" className="primary">
          Save
        </button>
      </div>
    </form>
  );
}
