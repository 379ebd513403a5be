// One lint item: what it is about (a link that selects it), what looks wrong, and its answer, or a small form to
// keep it with a note. The note is required; Escape closes the form and leaves everything as it was.
import { useEffect, useRef, useState, type Dispatch, type FormEvent } from 'react';
import type { Action, Story } from '../../../state/explorer';
import type { LintItem } from '../../../model/lint';
import type { Review } from '../../../model/schema';
import { nodeKey } from '../../../model/graph';
import { relationReading } from '../../../model/describeView';
import { keepLintItem, reopenLintItem } from '../../../model/edit/reviews';
import type { Selection } from '../../../model/selection';

interface Props {
  item: LintItem;
  story: Story;
  answer: Review | undefined;
  dispatch: Dispatch<Action>;
}

function about(item: LintItem, story: Story): { name: string; selection: Selection | null } {
  const { graph, dataset } = story;
  const { kind, id } = item.target;
  if (kind === 'relation')
    return graph.hasEdge(id)
      ? { name: relationReading(graph, id), selection: { kind: 'relation', id } }
      : { name: id, selection: null };
  if (kind === 'source') {
    const source = graph.getAttribute('sourceIndex').byId.get(id);
    return { name: source?.title ?? id, selection: source ? { kind: 'source', id } : null };
  }
  const key = nodeKey(id);
  return graph.hasNode(key)
    ? { name: graph.getNodeAttribute(key, 'label'), selection: { kind: 'entity', id: key } }
    : { name: dataset.entities.find((e) => e.id === id)?.label ?? id, selection: null };
}

const today = () => new Date().toISOString().slice(0, 10);

export function LintItemView({ item, story, answer, dispatch }: Props) {
  const [editing, setEditing] = useState(false);
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const reopen = useRef<HTMLButtonElement>(null);
  // After keeping, focus moves to the answer's Reopen button (the form it was in is gone).
  const [justKept, setJustKept] = useState(false);
  useEffect(() => {
    if (justKept && answer) {
      reopen.current?.focus();
      setJustKept(false);
    }
  }, [justKept, answer]);
  const { name, selection } = about(item, story);

  const keep = (event: FormEvent) => {
    event.preventDefault();
    if (!note.trim()) {
      setError('Write a note saying why it is kept as it is.');
      return;
    }
    const result = keepLintItem(story.dataset, item.key, note, today());
    if (!result.ok) {
      setError(result.error);
      return;
    }
    setEditing(false);
    setError(null);
    setNote('');
    setJustKept(true);
    dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
  };
  const cancel = () => {
    setEditing(false);
    setError(null);
    // Back to the button that opened the form, after it is drawn again.
    requestAnimationFrame(() => opener.current?.focus());
  };
  const doReopen = () => {
    const result = reopenLintItem(story.dataset, item.key);
    if (result.ok) dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
  };

  return (
    <li
      className={`lint-item${answer ? ' answered' : ''}`}
      data-testid="lint-item"
      data-rule={item.rule}
      data-target={item.target.id}
    >
      {selection ? (
        <button
          type="button"
          className="link lint-target"
          title="Show it in the graph and its details"
          onClick={() => dispatch({ type: 'select', selection, centre: true })}
        >
          {name}
        </button>
      ) : (
        <span className="lint-target">{name}</span>
      )}
      <p className="lint-message">{item.message}</p>
      {answer ? (
        <div className="lint-answer" data-testid="lint-answer">
          <p>
            <strong>Answered</strong> <span className="muted">({answer.date})</span>: {answer.note}
          </p>
          <button type="button" ref={reopen} onClick={doReopen} aria-label={`Reopen: ${name}`}>
            Reopen
          </button>
        </div>
      ) : editing ? (
        <form className="lint-keep" onSubmit={keep} aria-label={`Keep with a note: ${name}`}>
          <label>
            Note (why it stays as it is)
            <textarea
              value={note}
              autoFocus
              rows={2}
              aria-required="true"
              aria-invalid={error !== null}
              onChange={(e) => setNote(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === 'Escape') {
                  e.stopPropagation();
                  cancel();
                }
              }}
            />
          </label>
          {error && (
            <p className="lint-error" role="alert">
              {error}
            </p>
          )}
          <div className="lint-actions">
            <button type="submit" className="primary">
              Keep
            </button>
            <button type="button" onClick={cancel}>
              Cancel
            </button>
          </div>
        </form>
      ) : (
        <button type="button" ref={opener} onClick={() => setEditing(true)} aria-label={`Keep with a note: ${name}`}>
          Keep with a note
        </button>
      )}
    </li>
  );
}
