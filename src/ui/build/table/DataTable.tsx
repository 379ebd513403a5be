// The data table: the investigation's entities, relations, claims and sources as rows, one tab each. Rows sort by
// any column, filter by text or by what the graph shows, and are edited in place, in bulk, by pasting from a
// spreadsheet, added and deleted; every change is a checked edit (model/edit) and one undo step. Selecting a row
// selects its record in the graph, and the graph's selection marks and scrolls to its rows.
import {
  useMemo,
  useRef,
  useState,
  type ClipboardEvent,
  type Dispatch,
  type KeyboardEvent,
  type MouseEvent,
} from 'react';
import {
  getCoreRowModel,
  getSortedRowModel,
  useReactTable,
  type ColumnDef,
  type SortingState,
} from '@tanstack/react-table';
import type { Action, ExplorerState } from '../../../state/explorer';
import type { Selection } from '../../../model/selection';
import { TAB_NAMES, countOf, type TableTab } from '../../../model/table/columns';
import { filterRows, matchesSelection, shownBy, tableModel, type TableRow } from '../../../model/table/rows';
import { writeTsv } from '../../../model/table/tsv';
import { editCell } from '../../../model/edit/tableEdits';
import type { EditResult } from '../../../model/edit/result';
import { csvCell } from '../../../io/formats/csvWrite';
import { downloadBlob, slugify } from '../../download';
import { TableGrid, type Editing } from './TableGrid';
import { AddRowPanel, BulkEditPanel, DeletePanel, PastePanel } from './TablePanels';
import { setTableOpen } from './tableDrawer';
import { MergeDialog } from '../MergeDialog';
import { TableActions, TableTabs } from './TableBars';

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

// Merge has its own dialog (the one the details and the duplicates panel open), started from the rows selected.
type Panel = { kind: 'paste'; text: string } | { kind: 'add' } | { kind: 'bulk' } | { kind: 'delete' } | null;

const collator = new Intl.Collator('en', { numeric: true, sensitivity: 'base' });

/** The rows the table itself selected, and the graph selection it made then (to tell it from a later one). */
interface OwnSelection {
  keys: ReadonlySet<string>;
  anchor: string | null;
  madeFor: Selection | null;
}

export default function DataTable({ state, dispatch }: Props) {
  const dataset = state.story!.dataset;
  const [tab, setTab] = useState<TableTab>('entities');
  const [query, setQuery] = useState('');
  const [onlyShown, setOnlyShown] = useState(false);
  const [sorting, setSorting] = useState<SortingState>([]);
  const [own, setOwn] = useState<OwnSelection>({ keys: new Set(), anchor: null, madeFor: null });
  const [activeKey, setActiveKey] = useState<string | null>(null);
  const [activeCol, setActiveCol] = useState(0);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [panel, setPanel] = useState<Panel>(null);
  const [merging, setMerging] = useState<string[] | null>(null);
  const [status, setStatus] = useState<{ error: boolean; text: string } | null>(null);
  const grid = useRef<HTMLDivElement>(null);

  const model = useMemo(() => tableModel(tab, dataset), [tab, dataset]);
  const shownRows = useMemo(() => {
    const shown = onlyShown ? model.rows.filter(shownBy(tab, dataset, state.visibility)) : model.rows;
    return filterRows(shown, query);
  }, [model, onlyShown, tab, dataset, state.visibility, query]);

  const columnDefs = useMemo<ColumnDef<TableRow>[]>(
    () =>
      model.columns.map((c, i) => ({
        id: c.id,
        accessorFn: (row: TableRow) => row.cells[i],
        sortingFn: (a, b) => compareCells(a.original.cells[i]!, b.original.cells[i]!),
        sortDescFirst: false,
      })),
    [model.columns],
  );
  const table = useReactTable({
    data: shownRows,
    columns: columnDefs,
    state: { sorting },
    onSortingChange: setSorting,
    getCoreRowModel: getCoreRowModel(),
    getSortedRowModel: getSortedRowModel(),
    getRowId: (row) => row.key,
  });
  const rows = useMemo(() => table.getRowModel().rows.map((r) => r.original), [table, shownRows, sorting]); // eslint-disable-line react-hooks/exhaustive-deps

  // The table's own selection while the graph still shows what it selected; else the rows of the graph's selection.
  const ownCurrent = own.madeFor === state.selection && own.keys.size > 0;
  const graphRows = useMemo(
    () => (ownCurrent ? [] : rows.filter((r) => matchesSelection(r, state.selection)).map((r) => r.key)),
    [ownCurrent, rows, state.selection],
  );
  const selected: ReadonlySet<string> = useMemo(
    () => (ownCurrent ? own.keys : new Set(graphRows)),
    [ownCurrent, own.keys, graphRows],
  );
  const selectedKeys = useMemo(() => rows.filter((r) => selected.has(r.key)).map((r) => r.key), [rows, selected]);
  const indexOf = useMemo(() => new Map(rows.map((r, i) => [r.key, i])), [rows]);
  const activeIndex = Math.min(rows.length - 1, indexOf.get(activeKey ?? '') ?? indexOf.get(graphRows[0] ?? '') ?? 0);
  // The graph's selection, changed elsewhere, is brought into view.
  const reveal = useMemo(
    () => (graphRows.length > 0 ? { index: indexOf.get(graphRows[0]!) ?? -1, stamp: Date.now() } : null),
    [graphRows, indexOf],
  );

  const apply = (result: EditResult): boolean => {
    if (!result.ok) {
      setStatus({ error: true, text: result.error });
      return false;
    }
    dispatch({ type: 'edited', dataset: result.dataset, message: result.message });
    setStatus({ error: false, text: result.message });
    return true;
  };

  const switchTab = (next: TableTab) => {
    setTab(next);
    setSorting([]);
    // The filter's words are about the tab it was typed in.
    setQuery('');
    setOwn({ keys: new Set(), anchor: null, madeFor: null });
    setActiveKey(null);
    setActiveCol(0);
    setEditing(null);
    setPanel(null);
    setStatus(null);
  };

  /** Selects rows in the table and the last one's record in the graph. */
  const selectRows = (keys: ReadonlySet<string>, anchor: string | null, focusKey: string | null) => {
    const row = focusKey ? rows[indexOf.get(focusKey) ?? -1] : undefined;
    const selection = row ? row.selection : state.selection;
    setOwn({ keys, anchor, madeFor: selection });
    if (row && selection !== state.selection) dispatch({ type: 'select', selection: row.selection, centre: true });
  };

  const moveTo = (index: number, extend: boolean, toggle = false) => {
    const row = rows[Math.max(0, Math.min(rows.length - 1, index))];
    if (!row) return;
    setActiveKey(row.key);
    setEditing(null);
    if (extend) {
      const from = indexOf.get(own.anchor ?? row.key) ?? index;
      const [lo, hi] = from < index ? [from, index] : [index, from];
      selectRows(new Set(rows.slice(lo, hi + 1).map((r) => r.key)), own.anchor ?? row.key, row.key);
    } else if (toggle) {
      const keys = new Set(selected);
      if (keys.has(row.key)) keys.delete(row.key);
      else keys.add(row.key);
      selectRows(keys, row.key, row.key);
    } else selectRows(new Set([row.key]), row.key, row.key);
  };

  const startEdit = (index: number, col: number) => {
    const row = rows[index];
    const column = model.columns[col];
    if (!row || !column) return;
    setActiveKey(row.key);
    setActiveCol(col);
    if (!column.write) {
      setStatus({ error: true, text: `${column.label} is not edited in the table.` });
      return;
    }
    setEditing({ key: row.key, col, text: row.cells[col]! });
  };

  const saveEdit = () => {
    if (!editing) return;
    const column = model.columns[editing.col]!;
    const result = editCell(dataset, tab, editing.key, column.id, editing.text);
    if (!result.ok) {
      setEditing({ ...editing, error: result.error });
      setStatus({ error: true, text: result.error });
      return;
    }
    apply(result);
    // An id change renames the row.
    if (column.unique) {
      setActiveKey(editing.text.trim());
      setOwn({ keys: new Set([editing.text.trim()]), anchor: null, madeFor: null });
    }
    setEditing(null);
    grid.current?.focus();
  };

  const copyText = (keys: readonly string[]) =>
    writeTsv(
      model.columns.map((c) => c.label),
      keys.map((k) => rows[indexOf.get(k)!]!.cells),
    );

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.target !== grid.current) return;
    const mod = event.ctrlKey || event.metaKey;
    const col = Math.min(activeCol, model.columns.length - 1);
    switch (event.key) {
      case 'ArrowDown':
        moveTo(activeIndex + 1, event.shiftKey);
        break;
      case 'ArrowUp':
        moveTo(activeIndex - 1, event.shiftKey);
        break;
      case 'PageDown':
        moveTo(activeIndex + 10, event.shiftKey);
        break;
      case 'PageUp':
        moveTo(activeIndex - 10, event.shiftKey);
        break;
      case 'Home':
        if (mod) moveTo(0, event.shiftKey);
        else setActiveCol(0);
        break;
      case 'End':
        if (mod) moveTo(rows.length - 1, event.shiftKey);
        else setActiveCol(model.columns.length - 1);
        break;
      case 'ArrowLeft':
        setActiveCol(Math.max(0, col - 1));
        break;
      case 'ArrowRight':
        setActiveCol(Math.min(model.columns.length - 1, col + 1));
        break;
      case ' ':
        moveTo(activeIndex, false, true);
        break;
      case 'Enter':
      case 'F2':
        startEdit(activeIndex, col);
        break;
      case 'Delete':
        if (selectedKeys.length > 0) setPanel({ kind: 'delete' });
        break;
      case 'a':
        if (!mod) return;
        selectRows(new Set(rows.map((r) => r.key)), null, null);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  const onRowClick = (index: number, event: MouseEvent) => {
    if (editing) setEditing(null);
    moveTo(index, event.shiftKey, event.ctrlKey || event.metaKey);
  };

  const onCopy = (event: ClipboardEvent<HTMLDivElement>) => {
    if (event.target !== grid.current || selectedKeys.length === 0) return;
    event.clipboardData.setData('text/plain', copyText(selectedKeys));
    event.preventDefault();
    setStatus({ error: false, text: `Copied ${countOf(selectedKeys.length, tab)}.` });
  };

  const onPaste = (event: ClipboardEvent<HTMLDivElement>) => {
    if (event.target !== grid.current) return;
    event.preventDefault();
    setPanel({ kind: 'paste', text: event.clipboardData.getData('text/plain') });
  };

  const copyRows = async () => {
    try {
      await navigator.clipboard.writeText(copyText(selectedKeys));
      setStatus({ error: false, text: `Copied ${countOf(selectedKeys.length, tab)}.` });
    } catch {
      setStatus({ error: true, text: 'The browser did not allow copying: select rows in the table and press Ctrl+C.' });
    }
  };

  const exportCsv = () => {
    const lines = [model.columns.map((c) => c.label), ...rows.map((r) => r.cells)].map((r) => r.map(csvCell).join(','));
    const blob = new Blob([lines.join('\r\n') + '\r\n'], { type: 'text/csv' });
    downloadBlob(blob, `${slugify(dataset.title)}-${tab}.csv`);
  };

  const closePanel = () => {
    setPanel(null);
    grid.current?.focus();
  };

  return (
    <section id="data-table" className="data-table" data-testid="data-table" aria-label="Table">
      <div className="data-table__top">
        <TableTabs tab={tab} onTab={switchTab} />
        <input
          type="search"
          className="data-table__filter"
          aria-label={`Filter ${TAB_NAMES[tab].toLowerCase()}`}
          placeholder="Filter rows"
          value={query}
          onChange={(e) => setQuery(e.target.value)}
        />
        <label className="data-table__switch">
          <input type="checkbox" role="switch" checked={onlyShown} onChange={(e) => setOnlyShown(e.target.checked)} />
          Only what the graph shows
        </label>
        <span className="data-table__count" data-testid="table-count">
          {rows.length.toLocaleString('en')} of {countOf(model.rows.length, tab)}
          {selectedKeys.length > 0 ? ` · ${selectedKeys.length.toLocaleString('en')} selected` : ''}
        </span>
        <button type="button" className="data-table__close" onClick={() => setTableOpen(false)}>
          Close table
        </button>
      </div>
      <TableActions
        tab={tab}
        selected={selectedKeys.length}
        status={status}
        onPanel={(kind) => setPanel(kind === 'paste' ? { kind, text: '' } : { kind })}
        onCopy={() => void copyRows()}
        onMerge={state.story ? () => setMerging([...selectedKeys]) : null}
        onExport={exportCsv}
      />
      {panel?.kind === 'paste' && (
        <PastePanel dataset={dataset} tab={tab} initialText={panel.text} apply={apply} onClose={closePanel} />
      )}
      {panel?.kind === 'add' && (
        <AddRowPanel dataset={dataset} tab={tab} columns={model.columns} apply={apply} onClose={closePanel} />
      )}
      {panel?.kind === 'bulk' && (
        <BulkEditPanel
          dataset={dataset}
          tab={tab}
          columns={model.columns}
          keys={selectedKeys}
          apply={apply}
          onClose={closePanel}
        />
      )}
      {panel?.kind === 'delete' && (
        <DeletePanel dataset={dataset} tab={tab} keys={selectedKeys} apply={apply} onClose={closePanel} />
      )}
      {merging && state.story && (
        <MergeDialog story={state.story} ids={merging} dispatch={dispatch} onClose={() => setMerging(null)} />
      )}
      <div
        id="data-table-panel"
        role="tabpanel"
        aria-labelledby={`data-table-tab-${tab}`}
        className="data-table__panelbox"
      >
        <TableGrid
          label={TAB_NAMES[tab]}
          table={table}
          columns={model.columns}
          rows={rows}
          selected={selected}
          active={{ index: activeIndex, col: Math.min(activeCol, model.columns.length - 1) }}
          editing={editing}
          reveal={reveal}
          gridRef={grid}
          onRowClick={onRowClick}
          onCellDoubleClick={startEdit}
          onKeyDown={onKeyDown}
          onCopy={onCopy}
          onPaste={onPaste}
          onEditText={(text) => setEditing((e) => (e ? { ...e, text } : e))}
          onEditSave={saveEdit}
          onEditCancel={() => {
            setEditing(null);
            setStatus(null);
            grid.current?.focus();
          }}
        />
      </div>
    </section>
  );
}

/** Empty cells last; numbers by value ("9" before "10"); text ignoring case and accents. */
function compareCells(a: string, b: string): number {
  if (a === '' || b === '') return a === b ? 0 : a === '' ? 1 : -1;
  return collator.compare(a, b);
}
