// Two people changed the same record: the server kept the first change and refused the second whole. This dialog
// shows both versions side by side, field by field, and the user keeps theirs, the other, or a combination (a choice
// per field). Nothing is lost: until the user settles it, their change waits, and the other stays on the server.
import { useEffect, useId, useRef, useState } from 'react';
import { combineRecords, differingFields, recordKey, type AnyRecord } from '../../model/edit/recordChanges';
import type { Conflict } from '../../state/shared/sharedSync';
import { useReturnFocus } from '../keys/useReturnFocus';

interface Props {
  conflict: Conflict;
  onSettle: (chosen: Map<string, AnyRecord | null>) => void;
}

type Side = 'mine' | 'theirs';

const shown = (value: unknown) =>
  value === undefined ? '—' : typeof value === 'string' ? value : JSON.stringify(value);
const titleOf = (record: AnyRecord | null, id: string) =>
  record && 'label' in record ? record.label : record && 'title' in record ? record.title : id;

export function ConflictDialog({ conflict, onSettle }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useReturnFocus();
  // Per record, the fields to take from the user's version (the rest from the server's). Each differing field starts
  // on the user's own value: settling without looking keeps their work, and the other version stays in the history.
  const [fromMine, setFromMine] = useState<Map<string, Set<string>>>(
    () =>
      new Map(
        conflict.records.map((r) => [
          recordKey(r.kind, r.id),
          new Set(r.mine && r.theirs ? differingFields(r.mine, r.theirs) : []),
        ]),
      ),
  );
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);

  const keepAll = (side: Side) =>
    onSettle(new Map(conflict.records.map((r) => [recordKey(r.kind, r.id), side === 'mine' ? r.mine : r.theirs])));
  const combine = () =>
    onSettle(
      new Map(
        conflict.records.map((r) => {
          const key = recordKey(r.kind, r.id);
          const chosen = r.mine && r.theirs ? combineRecords(r.mine, r.theirs, fromMine.get(key)!) : r.mine;
          return [key, chosen];
        }),
      ),
    );
  const pick = (key: string, field: string, side: Side) =>
    setFromMine((before) => {
      const next = new Map(before);
      const fields = new Set(next.get(key));
      if (side === 'mine') fields.add(field);
      else fields.delete(field);
      next.set(key, fields);
      return next;
    });

  return (
    <dialog
      ref={ref}
      className="conflict-dialog"
      data-testid="conflict-dialog"
      aria-labelledby={titleId}
      // Escape would leave the conflict unsettled with nothing on screen to settle it: it keeps theirs only by choice.
      onCancel={(event) => event.preventDefault()}
    >
      <h2 id={titleId}>Someone else changed this first</h2>
      <p>
        Your change was not saved, and theirs was not overwritten. Choose what to keep: yours, theirs, or a field from
        each.
      </p>
      {conflict.records.map((r) => {
        const key = recordKey(r.kind, r.id);
        const fields = r.mine && r.theirs ? differingFields(r.mine, r.theirs) : [];
        return (
          <section key={key} className="conflict-record" aria-label={`${r.kind} ${titleOf(r.mine ?? r.theirs, r.id)}`}>
            <h3>
              {r.kind} {titleOf(r.mine ?? r.theirs, r.id)} — changed by {r.by ?? 'someone'}
            </h3>
            {(!r.mine || !r.theirs) && (
              <p>{!r.mine ? 'You deleted it; they changed it.' : 'They deleted it; you changed it.'}</p>
            )}
            {fields.length > 0 && (
              <table>
                <thead>
                  <tr>
                    <th scope="col">Field</th>
                    <th scope="col">Yours</th>
                    <th scope="col">Theirs ({r.by ?? 'someone'})</th>
                  </tr>
                </thead>
                <tbody>
                  {fields.map((field) => {
                    const mineChosen = fromMine.get(key)?.has(field) ?? false;
                    const name = `${key}-${field}`;
                    return (
                      <tr key={field}>
                        <th scope="row">{field}</th>
                        {(['mine', 'theirs'] as const).map((side) => (
                          <td key={side}>
                            <label>
                              <input
                                type="radio"
                                name={name}
                                checked={side === 'mine' ? mineChosen : !mineChosen}
                                onChange={() => pick(key, field, side)}
                              />{' '}
                              <span data-testid={`conflict-${side}`}>
                                {shown((side === 'mine' ? r.mine : r.theirs)?.[field as keyof AnyRecord])}
                              </span>
                              <span className="visually-hidden">
                                {' '}
                                ({side === 'mine' ? 'yours' : 'theirs'}, {field})
                              </span>
                            </label>
                          </td>
                        ))}
                      </tr>
                    );
                  })}
                </tbody>
              </table>
            )}
          </section>
        );
      })}
      <div className="dialog-actions">
        <button type="button" onClick={() => keepAll('mine')}>
          Keep mine
        </button>
        <button type="button" onClick={() => keepAll('theirs')}>
          Keep theirs
        </button>
        <button type="button" onClick={combine}>
          Keep the fields chosen
        </button>
      </div>
    </dialog>
  );
}
