// The table's tabs, and its row actions: add, bulk edit, delete, paste, copy, merge (entities) and CSV export, with the line that
// says what the last one did or why it was refused.
import { TABLE_TABS, TAB_NAMES, type TableTab } from '../../../model/table/columns';

interface Props {
  tab: TableTab;
  /** How many rows are selected. */
  selected: number;
  status: { error: boolean; text: string } | null;
  onPanel: (kind: 'add' | 'bulk' | 'delete' | 'paste') => void;
  onCopy: () => void;
  /** Null when nothing can be merged (no investigation open). */
  onMerge: (() => void) | null;
  onExport: () => void;
}

export function TableActions({ tab, selected, status, onPanel, onCopy, onMerge, onExport }: Props) {
  return (
    <div className="data-table__actions" role="toolbar" aria-label="Rows">
      <button type="button" onClick={() => onPanel('add')}>
        Add row
      </button>
      <button type="button" disabled={selected === 0} onClick={() => onPanel('bulk')}>
        Bulk edit…
      </button>
      <button type="button" disabled={selected === 0} onClick={() => onPanel('delete')}>
        Delete…
      </button>
      <button type="button" onClick={() => onPanel('paste')}>
        Paste rows…
      </button>
      <button type="button" disabled={selected === 0} onClick={onCopy}>
        Copy rows
      </button>
      {tab === 'entities' && onMerge && (
        <button
          type="button"
          data-testid="table-merge"
          disabled={selected < 2}
          title="Merge the selected entities into one (select two or more rows)"
          onClick={onMerge}
        >
          Merge…
        </button>
      )}
      <button type="button" onClick={onExport}>
        Export CSV
      </button>
      <p
        className={`data-table__status${status?.error ? ' data-table__error' : ''}`}
        role={status?.error ? 'alert' : 'status'}
        id={status?.error ? 'data-table-edit-error' : undefined}
      >
        {status?.text}
      </p>
    </div>
  );
}

/** One tab per kind of record; the arrow keys move between them (the tabs pattern of WAI-ARIA). */
export function TableTabs({ tab, onTab }: { tab: TableTab; onTab: (tab: TableTab) => void }) {
  return (
    <div role="tablist" aria-label="What the table lists" className="data-table__tabs">
      {TABLE_TABS.map((t, i) => (
        <button
          key={t}
          type="button"
          role="tab"
          id={`data-table-tab-${t}`}
          aria-selected={t === tab}
          aria-controls="data-table-panel"
          tabIndex={t === tab ? 0 : -1}
          onClick={() => onTab(t)}
          onKeyDown={(e) => {
            const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
            if (!step) return;
            e.preventDefault();
            const next = TABLE_TABS[(i + step + TABLE_TABS.length) % TABLE_TABS.length]!;
            onTab(next);
            document.getElementById(`data-table-tab-${next}`)?.focus();
          }}
        >
          {TAB_NAMES[t]}
        </button>
      ))}
    </div>
  );
}
