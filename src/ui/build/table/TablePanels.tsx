// The data table's forms, shown above its rows one at a time: paste rows (with the preview that names each row
// that fails), add a row, bulk edit of one column, and the confirmation of a delete with what goes with it.
import { useState } from 'react';
import type { Dataset } from '../../../model/schema';
import type { Column, TableTab } from '../../../model/table/columns';
import { countOf } from '../../../model/table/columns';
import { parseTsv, MAX_PASTED_ROWS } from '../../../model/table/tsv';
import { applyPaste, preparePaste, RELATION_CLAIM_HEADERS, type PastePreview } from '../../../model/table/paste';
import { bulkEdit, deleteRows, rowsConsequences } from '../../../model/edit/tableEdits';
import type { EditResult } from '../../../model/edit/result';

/** Applies an edit; false (and the error shown by the caller) when refused. */
export type Apply = (result: EditResult) => boolean;

const SHOWN_PROBLEMS = 200;

export function PastePanel(props: {
  dataset: Dataset;
  tab: TableTab;
  initialText: string;
  apply: Apply;
  onClose: () => void;
}) {
  const { dataset, tab, apply, onClose } = props;
  const [text, setText] = useState(props.initialText);
  const [checkedPaste, setChecked] = useState(() => (props.initialText ? check(props.initialText) : null));
  const preview = checkedPaste?.preview ?? null;
  const [applyError, setApplyError] = useState<string | null>(null);
  const error = applyError ?? checkedPaste?.error ?? null;

  /** The rows as they would be added, or why the text cannot be read. Changes nothing. */
  function check(value: string): { preview: PastePreview | null; error: string | null } {
    const parsed = parseTsv(value);
    if (!parsed.ok) return { preview: null, error: parsed.error };
    const prepared = preparePaste(dataset, tab, parsed.header, parsed.rows);
    return prepared.ok ? { preview: prepared.preview, error: null } : { preview: null, error: prepared.error };
  }

  return (
    <section className="data-table__panel" aria-label="Paste rows" data-testid="table-paste">
      <label className="data-table__paste-label">
        Rows copied from a spreadsheet, tab-separated; the first line names the columns (at most{' '}
        {MAX_PASTED_ROWS.toLocaleString('en')} rows)
        <textarea
          value={text}
          rows={4}
          spellCheck={false}
          onChange={(e) => {
            setText(e.target.value);
            setChecked(null);
            setApplyError(null);
          }}
        />
      </label>
      <div className="data-table__panel-actions">
        <button type="button" onClick={() => setChecked(check(text))}>
          Preview
        </button>
        {preview && preview.good.length > 0 && (
          <button
            type="button"
            onClick={() => {
              const result = applyPaste(dataset, preview);
              if (apply(result)) onClose();
              else if (!result.ok) setApplyError(result.error);
            }}
          >
            Add {countOf(preview.good.length, tab)}
          </button>
        )}
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="data-table__error">
          {error}
        </p>
      )}
      {preview && (
        <div className="data-table__preview" data-testid="paste-preview">
          <p>
            {countOf(preview.good.length, tab)} ready
            {preview.good.some((g) => g.replaces)
              ? ` (${preview.good.filter((g) => g.replaces).length} change existing rows)`
              : ''}
            {preview.bad.length > 0 ? `; ${preview.bad.length} refused:` : '.'}
            {preview.ignored.length > 0 ? ` Not edited here, so left out: ${preview.ignored.join(', ')}.` : ''}
          </p>
          {preview.bad.length > 0 && (
            <ul role="alert" aria-label="Refused rows">
              {preview.bad.slice(0, SHOWN_PROBLEMS).map((b) => (
                <li key={b.line}>
                  Line {b.line}: {b.reason}
                </li>
              ))}
              {preview.bad.length > SHOWN_PROBLEMS && <li>and {preview.bad.length - SHOWN_PROBLEMS} more</li>}
            </ul>
          )}
        </div>
      )}
    </section>
  );
}

/** One new row, typed field by field; checked as a pasted row is. */
export function AddRowPanel(props: {
  dataset: Dataset;
  tab: TableTab;
  columns: readonly Column[];
  apply: Apply;
  onClose: () => void;
}) {
  const { dataset, tab, apply, onClose } = props;
  const fields = [
    ...props.columns.filter((c) => c.write).map((c) => c.label),
    ...(tab === 'relations' && dataset.sources.length > 0 ? RELATION_CLAIM_HEADERS : []),
  ];
  const [values, setValues] = useState<Record<string, string>>({});
  const [error, setError] = useState<string | null>(null);
  const add = () => {
    const prepared = preparePaste(dataset, tab, fields, [{ line: 1, cells: fields.map((f) => values[f] ?? '') }]);
    if (!prepared.ok) return setError(prepared.error);
    const bad = prepared.preview.bad[0];
    if (bad) return setError(bad.reason);
    const result = applyPaste(dataset, prepared.preview);
    if (apply(result)) onClose();
    else if (!result.ok) setError(result.error);
  };
  return (
    <section className="data-table__panel" aria-label="Add a row">
      <form
        className="data-table__add"
        onSubmit={(e) => {
          e.preventDefault();
          add();
        }}
      >
        {fields.map((f) => (
          <label key={f}>
            {f}
            <input value={values[f] ?? ''} onChange={(e) => setValues({ ...values, [f]: e.target.value })} />
          </label>
        ))}
        <div className="data-table__panel-actions">
          <button type="submit">Add</button>
          <button type="button" onClick={onClose}>
            Cancel
          </button>
        </div>
      </form>
      {error && (
        <p role="alert" className="data-table__error">
          {error}
        </p>
      )}
    </section>
  );
}

export function BulkEditPanel(props: {
  dataset: Dataset;
  tab: TableTab;
  columns: readonly Column[];
  keys: readonly string[];
  apply: Apply;
  onClose: () => void;
}) {
  const { dataset, tab, keys, apply, onClose } = props;
  const editable = props.columns.filter((c) => c.write && !c.unique && !(tab === 'claims' && c.id === 'relation'));
  const [column, setColumn] = useState(editable[0]?.id ?? '');
  const [value, setValue] = useState('');
  const [error, setError] = useState<string | null>(null);
  return (
    <section className="data-table__panel" aria-label="Bulk edit">
      <form
        className="data-table__bulk"
        onSubmit={(e) => {
          e.preventDefault();
          const result = bulkEdit(dataset, tab, keys, column, value);
          if (apply(result)) onClose();
          else if (!result.ok) setError(result.error);
        }}
      >
        <label>
          Column
          <select value={column} onChange={(e) => setColumn(e.target.value)}>
            {editable.map((c) => (
              <option key={c.id} value={c.id}>
                {c.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          New value
          <input value={value} onChange={(e) => setValue(e.target.value)} />
        </label>
        <button type="submit" disabled={keys.length === 0}>
          Set in {keys.length.toLocaleString('en')} {keys.length === 1 ? 'row' : 'rows'}
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </form>
      {error && (
        <p role="alert" className="data-table__error">
          {error}
        </p>
      )}
    </section>
  );
}

export function DeletePanel(props: {
  dataset: Dataset;
  tab: TableTab;
  keys: readonly string[];
  apply: Apply;
  onClose: () => void;
}) {
  const { dataset, tab, keys, apply, onClose } = props;
  const [error, setError] = useState<string | null>(null);
  const { lines } = rowsConsequences(dataset, tab, keys);
  const shown = keys.slice(0, 8).join(', ') + (keys.length > 8 ? ` and ${keys.length - 8} more` : '');
  return (
    <section className="data-table__panel" aria-label="Delete rows" data-testid="table-delete">
      <p>
        Delete {countOf(keys.length, tab)} ({shown})?
      </p>
      {lines.length > 0 ? (
        <ul>
          {lines.map((l) => (
            <li key={l}>{l}</li>
          ))}
        </ul>
      ) : (
        <p>Nothing else goes with them.</p>
      )}
      <div className="data-table__panel-actions">
        <button
          type="button"
          onClick={() => {
            const result = deleteRows(dataset, tab, keys);
            if (apply(result)) onClose();
            else if (!result.ok) setError(result.error);
          }}
        >
          Delete
        </button>
        <button type="button" onClick={onClose}>
          Cancel
        </button>
      </div>
      {error && (
        <p role="alert" className="data-table__error">
          {error}
        </p>
      )}
    </section>
  );
}
