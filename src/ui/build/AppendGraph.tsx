// "Append a graph…": reads another graph or investigation file (any format the explorer opens), lists which of its
// entities match ours and why, lets the user refuse any match, and appends it as one undo step.
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Dataset } from '../../model/schema';
import { appendGraph, matchEntities, type AppendMatch } from '../../model/edit/append';
import { readFileText } from '../../io/readSource';
import { useReturnFocus } from '../keys/useReturnFocus';
import { AppendStored } from './AppendStored';
import './merge.css';
import '../dialogs.css';

interface Props {
  story: Story;
  dispatch: Dispatch<Action>;
}

interface Pending {
  fileName: string;
  other: Dataset;
  matches: AppendMatch[];
}

export function AppendGraph({ story, dispatch }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const [pending, setPending] = useState<Pending | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [reading, setReading] = useState(false);

  async function read(file: File) {
    setError(null);
    setReading(true);
    try {
      const text = await readFileText(file);
      // The readers load with the first use: the page starts without their code.
      const { openGraphText } = await import('../../io/openGraph');
      const { dataset: other } = openGraphText(text, file.name);
      setPending({ fileName: file.name, other, matches: matchEntities(story.dataset, other) });
    } catch (err) {
      setError(`“${file.name}” could not be appended: ${(err as Error).message}`);
    } finally {
      setReading(false);
    }
  }

  return (
    <div className="append-graph">
      <button type="button" data-testid="append-graph" disabled={reading} onClick={() => input.current?.click()}>
        {reading ? 'Reading…' : 'Append a graph…'}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        aria-label="Graph file to append"
        data-testid="append-file"
        accept=".json,.gexf,.graphml,.xml,.csv,.tsv,.txt"
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) void read(file);
        }}
      />
      <AppendStored
        story={story}
        onError={setError}
        onRead={(name, other) => {
          setError(null);
          setPending({ fileName: name, other, matches: matchEntities(story.dataset, other) });
        }}
      />
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      {pending && (
        <AppendReview
          story={story}
          pending={pending}
          onClose={() => setPending(null)}
          onAppended={(dataset, message) => {
            setPending(null);
            dispatch({ type: 'edited', dataset, message });
          }}
        />
      )}
    </div>
  );
}

function AppendReview({
  story,
  pending,
  onClose,
  onAppended,
}: {
  story: Story;
  pending: Pending;
  onClose: () => void;
  onAppended: (dataset: Dataset, message: string) => void;
}) {
  useReturnFocus();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  const [refused, setRefused] = useState<ReadonlySet<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const { other, matches } = pending;

  function toggle(id: string, accepted: boolean) {
    const next = new Set(refused);
    if (accepted) next.delete(id);
    else next.add(id);
    setRefused(next);
  }

  function confirm() {
    const result = appendGraph(story.dataset, other, refused);
    if (result.ok) onAppended(result.dataset, result.message);
    else setError(result.error);
  }

  const count = (n: number, one: string, many: string) => `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
  return (
    <dialog
      ref={dialog}
      className="modal merge-dialog"
      aria-labelledby="append-title"
      data-testid="append-review"
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id="append-title">Append “{other.title}”</h2>
      <p>
        {pending.fileName}: {count(other.entities.length, 'entity', 'entities')},{' '}
        {count(other.relations.length, 'relation', 'relations')}, {count(other.sources.length, 'source', 'sources')}.
      </p>
      {matches.length === 0 ? (
        <p>None of its entities matches one of ours: all come in as new entities.</p>
      ) : (
        <fieldset>
          <legend>{count(matches.length, 'entity matches', 'entities match')} one of ours</legend>
          <p className="muted">Untick a match that is wrong: that entity comes in as a new one.</p>
          <ul className="append-matches">
            {matches.map((m) => (
              <li key={m.theirs.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={!refused.has(m.theirs.id)}
                    onChange={(e) => toggle(m.theirs.id, e.target.checked)}
                  />{' '}
                  “{m.theirs.label}” is our “{m.ours.label}” <span className="muted">({m.reason})</span>
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" data-testid="append-confirm" onClick={confirm} autoFocus>
          Append
        </button>
      </div>
    </dialog>
  );
}
