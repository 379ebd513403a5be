// The column-mapping step for CSV edge lists: which column holds the sources, the targets, and the optional
// fields, with a preview of the first rows and an optional nodes file. Errors keep the dialog open.
import { useEffect, useRef, useState } from 'react';
import type { CsvMapping, CsvOptions } from '../../io/formats';
import { readFileText } from '../../io/readSource';
import type { PendingCsv } from './useGraphImport';
import { useReturnFocus } from '../keys/useReturnFocus';
import '../dialogs.css';
import './notices.css';

interface Props {
  pending: PendingCsv;
  onConfirm: (options: CsvOptions) => Promise<string | null>;
  onCancel: () => void;
}

const OPTIONAL_ROLES: [Exclude<keyof CsvMapping, 'source' | 'target'>, string][] = [
  ['type', 'Relation type'],
  ['label', 'Label'],
  ['weight', 'Weight'],
  ['directed', 'Directed (yes/no)'],
  ['id', 'Edge id'],
];

export function CsvMappingDialog({ pending, onConfirm, onCancel }: Props) {
  // Reading the file disables Open…, which drops its focus: without an opener, focus goes back to Open… itself.
  useReturnFocus(openButton);
  const dialogRef = useRef<HTMLDialogElement>(null);
  const { columns, sample } = pending.inspection;
  const [mapping, setMapping] = useState<CsvMapping>(pending.inspection.mapping);
  const [nodes, setNodes] = useState<{ name: string; text: string } | null>(
    pending.nodesText !== undefined ? { name: pending.nodesFileName ?? 'nodes file', text: pending.nodesText } : null,
  );
  const [createMissing, setCreateMissing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [working, setWorking] = useState(false);

  useEffect(() => {
    const dialog = dialogRef.current;
    if (dialog && !dialog.open) dialog.showModal();
  }, []);

  const setRole = (role: keyof CsvMapping, column: string) =>
    setMapping((m) => {
      const next = { ...m };
      if (column === '') delete next[role as Exclude<keyof CsvMapping, 'source' | 'target'>];
      else next[role] = column;
      return next;
    });

  async function pickNodesFile(file: File | undefined) {
    if (!file) return;
    try {
      setNodes({ name: file.name, text: await readFileText(file) });
      setError(null);
    } catch (err) {
      setError((err as Error).message);
    }
  }

  async function confirm() {
    setWorking(true);
    const problem = await onConfirm({ mapping, nodesText: nodes?.text, createMissingNodes: createMissing });
    setWorking(false);
    setError(problem);
  }

  const sameEnds = mapping.source === mapping.target;
  return (
    <dialog
      ref={dialogRef}
      className="modal csv-mapping"
      aria-labelledby="csv-mapping-title"
      data-testid="csv-mapping"
      onCancel={(e) => {
        e.preventDefault();
        onCancel();
      }}
    >
      <h2 id="csv-mapping-title">Columns of {pending.fileName}</h2>
      <p className="muted">
        Each row is one relation. Say which columns hold its two ends; the other columns are kept as attributes.
      </p>
      <div className="mapping-grid">
        {(['source', 'target'] as const).map((role) => (
          <label key={role}>
            {role === 'source' ? 'Source (from)' : 'Target (to)'}
            <select value={mapping[role]} onChange={(e) => setRole(role, e.target.value)} data-testid={`csv-${role}`}>
              <ColumnOptions columns={columns} />
            </select>
          </label>
        ))}
        {OPTIONAL_ROLES.map(([role, label]) => (
          <label key={role}>
            {label}
            <select value={mapping[role] ?? ''} onChange={(e) => setRole(role, e.target.value)}>
              <option value="">—</option>
              <ColumnOptions columns={columns} />
            </select>
          </label>
        ))}
      </div>
      <div className="table-scroll">
        <table className="preview">
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={i} scope="col">
                  {c}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {sample.map((row, r) => (
              <tr key={r}>
                {columns.map((_, i) => (
                  <td key={i}>{row[i] ?? ''}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <fieldset>
        <legend>Nodes file (optional)</legend>
        <p className="muted">A CSV with an id column and any attributes (label, type, country…) for the nodes.</p>
        <input
          type="file"
          accept=".csv,.tsv,.txt,text/csv"
          aria-label="Nodes file"
          onChange={(e) => void pickNodesFile(e.target.files?.[0])}
        />
        {nodes && <p>Using {nodes.name}.</p>}
        <label>
          <input
            type="checkbox"
            checked={createMissing}
            onChange={(e) => setCreateMissing(e.target.checked)}
            disabled={!nodes}
          />{' '}
          Create nodes that relations name but the nodes file lacks
        </label>
      </fieldset>
      {sameEnds && <p className="error">The source and the target must be two different columns.</p>}
      {error && (
        <p className="error" role="alert">
          {error}
        </p>
      )}
      <div className="popover-actions">
        <button type="button" onClick={onCancel}>
          Cancel
        </button>
        <button
          type="button"
          className="primary"
          onClick={() => void confirm()}
          disabled={sameEnds || working}
          data-testid="csv-open"
        >
          {working ? 'Opening…' : 'Open graph'}
        </button>
      </div>
    </dialog>
  );
}

function ColumnOptions({ columns }: { columns: string[] }) {
  return columns.map((c, i) => (
    <option key={i} value={c}>
      {c || `(column ${i + 1})`}
    </option>
  ));
}

const openButton = () => document.querySelector<HTMLElement>('[aria-keyshortcuts="o"]');
