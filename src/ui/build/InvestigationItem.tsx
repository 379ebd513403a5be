// One stored investigation in the list, with what can be done to it. Rename edits in place; delete asks first.
import { useState } from 'react';
import type { InvestigationSummary } from '../../state/investigations';
import { MAX_TITLE_CHARS } from './investigationLimits';

interface Props {
  summary: InvestigationSummary;
  isOpen: boolean;
  onOpen: () => void;
  onRename: (title: string) => void;
  onDuplicate: () => void;
  onDelete: () => void;
}

const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;

export function InvestigationItem({ summary, isOpen, onOpen, onRename, onDuplicate, onDelete }: Props) {
  const [mode, setMode] = useState<'show' | 'rename' | 'delete'>('show');
  const [title, setTitle] = useState(summary.title);
  const [error, setError] = useState<string | null>(null);
  const name = summary.title;
  const kind = summary.kind === 'imported' ? 'Imported' : 'Yours';
  return (
    <li className={`investigation${isOpen ? ' open' : ''}`} data-testid="investigation-item">
      {mode === 'rename' ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            const trimmed = title.trim();
            if (!trimmed) return setError('Title: a title must not be empty.');
            if (trimmed.length > MAX_TITLE_CHARS) return setError(`Title: at most ${MAX_TITLE_CHARS} characters.`);
            onRename(trimmed);
            setMode('show');
          }}
          onKeyDown={(event) => event.key === 'Escape' && setMode('show')}
        >
          <label>
            New title for “{name}”
            <input autoFocus value={title} onChange={(event) => setTitle(event.target.value)} />
          </label>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <button type="submit">Save title</button>
          <button type="button" onClick={() => setMode('show')}>
            Cancel
          </button>
        </form>
      ) : (
        <div className="investigation-title">{name}</div>
      )}
      <div className="investigation-meta">
        {kind} · {count(summary.entities, 'entity', 'entities')} · {count(summary.relations, 'relation', 'relations')} ·
        changed {new Date(summary.updated).toLocaleString('en-GB')}
        {isOpen && ' · open'}
      </div>
      {mode === 'delete' ? (
        <div role="group" aria-label={`Confirm deleting ${name}`} className="confirm-inline">
          <span>Delete “{name}” from this browser? This cannot be undone.</span>
          <button type="button" className="danger" autoFocus onClick={onDelete}>
            Delete for good
          </button>
          <button type="button" onClick={() => setMode('show')}>
            Keep it
          </button>
        </div>
      ) : (
        mode === 'show' && (
          <div className="investigation-actions">
            {!isOpen && (
              <button type="button" onClick={onOpen} aria-label={`Open ${name}`}>
                Open
              </button>
            )}
            <button type="button" onClick={() => setMode('rename')} aria-label={`Rename ${name}`}>
              Rename
            </button>
            <button type="button" onClick={onDuplicate} aria-label={`Duplicate ${name}`}>
              Duplicate
            </button>
            <button type="button" onClick={() => setMode('delete')} aria-label={`Delete ${name}`}>
              Delete
            </button>
          </div>
        )
      )}
    </li>
  );
}
