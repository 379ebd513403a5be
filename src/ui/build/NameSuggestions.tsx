// New names a source's text mentions, as suggested by compromise (loaded on first use). Each row: create an entity of
// the chosen type, or add the name as an alias of an entity found by search. One click each; nothing without one.
import { useCallback, useEffect, useMemo, useState, type Dispatch } from 'react';
import type { Action, Story } from '../../state/explorer';
import type { Entity } from '../../model/schema';
import { ENTITY_TYPES, ENTITY_TYPE_IDS } from '../../model/vocabulary';
import { suggestNames, type NameSuggestion } from '../../model/nameSuggestions';
import { fold } from '../../model/search';
import { freshId, putEntity } from '../../model/edit/records';
import { EntityCombobox } from '../EntityCombobox';

interface Props {
  story: Story;
  text: string;
  dispatch: Dispatch<Action>;
  /** Look at once (a source just added); otherwise when asked. */
  auto: boolean;
}

type Status =
  | { kind: 'idle' }
  | { kind: 'loading' }
  | { kind: 'done'; list: NameSuggestion[] }
  | { kind: 'failed'; message: string };

export function NameSuggestions({ story, text, dispatch, auto }: Props) {
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [error, setError] = useState<string | null>(null);
  const run = useCallback(() => {
    setStatus({ kind: 'loading' });
    // All names, filtered below against the entities as they are now: a name added drops out without a new run.
    suggestNames(text, []).then(
      (list) => setStatus({ kind: 'done', list }),
      (err: unknown) =>
        setStatus({ kind: 'failed', message: `New names could not be looked for: ${(err as Error).message}` }),
    );
  }, [text]);
  useEffect(() => {
    if (auto) run();
    else setStatus({ kind: 'idle' });
  }, [auto, run]);

  const known = useMemo(
    () => new Set(story.dataset.entities.flatMap((e) => [e.label, ...e.aliases]).map(fold)),
    [story],
  );

  const apply = (result: ReturnType<typeof putEntity>) => {
    if (!result.ok) return setError(result.error);
    setError(null);
    dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
  };
  const create = (s: NameSuggestion, type: string) => {
    const id = freshId(s.name, new Set(story.dataset.entities.map((e) => e.id)));
    apply(putEntity(story.dataset, { id, type, label: s.name, aliases: [] }));
  };
  const addAlias = (s: NameSuggestion, entity: Entity) => {
    apply(putEntity(story.dataset, { ...entity, aliases: [...entity.aliases, s.name] }));
    return '';
  };

  return (
    <div className="name-suggestions" data-testid="name-suggestions">
      <h3>New names</h3>
      {status.kind === 'idle' && (
        <button type="button" onClick={run} data-testid="suggest-names">
          Suggest new names
        </button>
      )}
      {status.kind === 'loading' && <p role="status">Looking for names of people, places and organisations…</p>}
      {status.kind === 'failed' && <p role="alert">{status.message}</p>}
      {status.kind === 'done' && (
        <Rows list={status.list.filter((s) => !known.has(fold(s.name)))} {...{ story, create, addAlias }} />
      )}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
    </div>
  );
}

interface RowsProps {
  list: NameSuggestion[];
  story: Story;
  create: (s: NameSuggestion, type: string) => void;
  addAlias: (s: NameSuggestion, entity: Entity) => string;
}

function Rows({ list, story, create, addAlias }: RowsProps) {
  if (list.length === 0) return <p className="muted">No new names found.</p>;
  return (
    <>
      <p className="hint">Suggested by a language library: check each. Nothing is added until you choose to.</p>
      <ul className="suggestion-list">
        {list.map((s) => (
          <SuggestionRow key={s.name} suggestion={s} story={story} create={create} addAlias={addAlias} />
        ))}
      </ul>
    </>
  );
}

function SuggestionRow({
  suggestion: s,
  story,
  create,
  addAlias,
}: Omit<RowsProps, 'list'> & { suggestion: NameSuggestion }) {
  const [type, setType] = useState<string>(s.type);
  return (
    <li data-testid="name-suggestion">
      <strong>{s.name}</strong>{' '}
      <span className="muted">
        {s.kind}, {s.count === 1 ? 'once' : `${s.count} times`}
      </span>
      <div className="suggestion-actions">
        <select aria-label={`Type for “${s.name}”`} value={type} onChange={(e) => setType(e.target.value)}>
          {ENTITY_TYPE_IDS.map((t) => (
            <option key={t} value={t}>
              {ENTITY_TYPES[t].label}
            </option>
          ))}
        </select>
        <button type="button" onClick={() => create(s, type)}>
          Create entity “{s.name}”
        </button>
        <EntityCombobox
          story={story}
          onPick={(entity) => addAlias(s, entity)}
          placeholder="or add as an alias of…"
          label={`Add “${s.name}” as an alias of`}
          testId="alias-of"
          className="search alias-of"
        />
      </div>
    </li>
  );
}
