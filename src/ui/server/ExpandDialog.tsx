// The selective expand: an entity with more neighbours than is sensible to draw at once (a supernode) asks first.
// The dialog fetches only the counts (by relation type and by entity type), then the user picks which kinds, most
// or least connected first, and how many at most. It stays open to say what was added and what stays out (the
// badge's "+N"), and to add more. A modal dialog: focus stays in it, Escape closes it.
import { useEffect, useId, useRef, useState } from 'react';
import type { Story } from '../../state/explorer';
import type { NeighbourChoice } from '../../state/graphSource/graphSource';
import { EXPAND_ASK_ABOVE } from '../../state/graphSource/graphSource';
import { count, linkedIds, sourceFor } from '../../state/graphSource/explore';
import { EXPAND_LIMIT_MAX, type ExpandOrder, type LeftOut } from '../../io/server/wire';
import { isAborted } from '../../io/server/client';
import { stylesOf } from '../typeStyles';
import type { NeighboursAdded } from './useExplore';
import { useReturnFocus } from '../keys/useReturnFocus';
import './server.css';

interface Props {
  story: Story;
  /** The entity's graph key. */
  entity: string;
  onAdd: (choice: NeighbourChoice) => Promise<NeighboursAdded | null>;
  onClose: () => void;
}

export function ExpandDialog({ story, entity, onAdd, onClose }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const { id, label } = story.graph.getNodeAttributes(entity);
  const [counts, setCounts] = useState<LeftOut | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [relationTypes, setRelationTypes] = useState<ReadonlySet<string>>(new Set());
  const [entityTypes, setEntityTypes] = useState<ReadonlySet<string>>(new Set());
  const [order, setOrder] = useState<ExpandOrder>('most');
  const [maximum, setMaximum] = useState(String(EXPAND_ASK_ABOVE));
  /** Counted again after each addition. */
  const [round, setRound] = useState(0);
  const [adding, setAdding] = useState(false);
  const [outcome, setOutcome] = useState<NeighboursAdded | null>(null);
  const done = useRef<HTMLButtonElement>(null);
  useReturnFocus();

  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  // The counts alone first (limit 0): a supernode's neighbours are never fetched all at once.
  useEffect(() => {
    const abort = new AbortController();
    setCounts(null);
    sourceFor(story)
      .neighbours([id], linkedIds(story.graph, entity), { limit: 0 }, abort.signal)
      .then(
        (answer) => !abort.signal.aborted && setCounts(answer.more),
        (error: unknown) => {
          if (!abort.signal.aborted && !isAborted(error))
            setProblem(`The server could not count the neighbours: ${(error as Error).message}`);
        },
      );
    return () => abort.abort();
    // Counted when the dialog opens and after each addition, on the story then shown.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [round]);

  const styles = stylesOf(story);
  const limit = Number(maximum);
  const limitOk = Number.isInteger(limit) && limit >= 1 && limit <= EXPAND_LIMIT_MAX;
  const matching = counts ? matchingCount(counts, relationTypes, entityTypes) : null;
  const adds = matching === null ? null : Math.min(matching.count, limitOk ? limit : 0);
  const toggle = (set: ReadonlySet<string>, value: string, on: boolean) => {
    const next = new Set(set);
    if (on) next.add(value);
    else next.delete(value);
    return next;
  };

  async function submit() {
    if (!limitOk || !counts || adding) return;
    const choice: NeighbourChoice = { limit, order };
    if (relationTypes.size > 0) choice.relationTypes = [...relationTypes];
    if (entityTypes.size > 0) choice.entityTypes = [...entityTypes];
    setAdding(true);
    const added = await onAdd(choice);
    setAdding(false);
    if (!added) return;
    setOutcome(added);
    setRound((n) => n + 1);
    done.current?.focus();
  }

  return (
    <dialog
      ref={ref}
      aria-modal="true"
      aria-labelledby={titleId}
      className="expand-dialog"
      data-testid="expand-dialog"
      onCancel={(e) => {
        e.preventDefault();
        onClose();
      }}
    >
      <form
        method="dialog"
        onSubmit={(e) => {
          e.preventDefault();
          void submit();
        }}
      >
        <h2 id={titleId}>Add the neighbours of {label}</h2>
        {outcome && (
          <p className="expand-done" role="status" data-testid="expand-done">
            Added {count(outcome.entities, 'neighbour')}.{' '}
            {outcome.left > 0
              ? `${count(outcome.left, 'relation')} of ${label} stay on the server, shown as “+${outcome.left.toLocaleString('en')}” on it.`
              : `Every relation of ${label} is now loaded.`}
          </p>
        )}
        {!counts && !problem && <p role="status">Counting its neighbours on the server…</p>}
        {problem && (
          <p role="alert" className="form-error">
            {problem}
          </p>
        )}
        {counts && (
          <>
            <p data-testid="expand-total">
              {label} has {count(counts.total, 'relation')} to neighbours not in the drawing. Choose which to add;
              nothing ticked in a group means all of it.
            </p>
            <div className="expand-groups">
              <TypeCounts
                legend="By relation"
                counts={counts.byRelationType}
                name={(type) => styles.relation(type).label}
                chosen={relationTypes}
                onToggle={(type, on) => setRelationTypes(toggle(relationTypes, type, on))}
                testId="expand-relation-types"
              />
              <TypeCounts
                legend="By kind of entity"
                counts={counts.byEntityType}
                name={(type) => styles.entity(type).label}
                chosen={entityTypes}
                onToggle={(type, on) => setEntityTypes(toggle(entityTypes, type, on))}
                testId="expand-entity-types"
              />
            </div>
            <fieldset className="expand-order">
              <legend>Which first</legend>
              {(['most', 'least'] as const).map((value) => (
                <label key={value} className="check">
                  <input
                    type="radio"
                    name="expand-order"
                    value={value}
                    checked={order === value}
                    onChange={() => setOrder(value)}
                  />
                  {value === 'most' ? 'Most connected first' : 'Least connected first'}
                </label>
              ))}
            </fieldset>
            <label className="expand-maximum">
              At most{' '}
              <input
                type="number"
                min={1}
                max={EXPAND_LIMIT_MAX}
                step={1}
                value={maximum}
                onChange={(e) => setMaximum(e.target.value)}
                aria-invalid={!limitOk}
                data-testid="expand-maximum"
              />{' '}
              neighbours (up to {EXPAND_LIMIT_MAX})
            </label>
            {!limitOk && (
              <p role="alert" className="form-error">
                The maximum is a whole number from 1 to {EXPAND_LIMIT_MAX}.
              </p>
            )}
            {limitOk && matching && adds !== null && (
              <p data-testid="expand-outcome" role="status">
                Adds {matching.exact ? '' : 'up to '}
                {count(adds, 'neighbour')}
                {matching.exact
                  ? `; about ${count(counts.total - adds, 'relation stays', 'relations stay')} on the server (a neighbour may hold several).`
                  : '; the others stay on the server, counted on its “+” badge.'}
              </p>
            )}
          </>
        )}
        <div className="edit-buttons">
          <button type="submit" disabled={!counts || !limitOk || adds === 0 || adding} data-testid="expand-add">
            {adding ? 'Adding…' : outcome ? 'Add more' : 'Add'}
          </button>
          <button type="button" onClick={onClose} ref={done} data-testid="expand-close">
            {outcome ? 'Done' : 'Cancel'}
          </button>
        </div>
      </form>
    </dialog>
  );
}

function TypeCounts({
  legend,
  counts,
  name,
  chosen,
  onToggle,
  testId,
}: {
  legend: string;
  counts: Record<string, number>;
  name: (type: string) => string;
  chosen: ReadonlySet<string>;
  onToggle: (type: string, on: boolean) => void;
  testId: string;
}) {
  const entries = Object.entries(counts)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  return (
    <fieldset data-testid={testId}>
      <legend>{legend}</legend>
      {entries.map(([type, n]) => (
        <label key={type} className="check">
          <input type="checkbox" checked={chosen.has(type)} onChange={(e) => onToggle(type, e.target.checked)} />
          {name(type)} <span className="muted">({n.toLocaleString('en')})</span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * How many neighbours the choice matches. Exact when at most one group is narrowed; with both, the counts by
 * relation and by entity type do not say how they overlap, so it is the smaller sum, an upper bound.
 */
function matchingCount(
  counts: LeftOut,
  relationTypes: ReadonlySet<string>,
  entityTypes: ReadonlySet<string>,
): { count: number; exact: boolean } {
  const sum = (byType: Record<string, number>, chosen: ReadonlySet<string>) =>
    [...chosen].reduce((total, type) => total + (byType[type] ?? 0), 0);
  const byRelation = relationTypes.size > 0 ? sum(counts.byRelationType, relationTypes) : counts.total;
  const byEntity = entityTypes.size > 0 ? sum(counts.byEntityType, entityTypes) : counts.total;
  const exact = relationTypes.size === 0 || entityTypes.size === 0;
  return { count: Math.min(byRelation, byEntity, counts.total), exact };
}
