// The rows of one tab as an ARIA grid, virtualised: only the rows in view (and a few around them) are in the page,
// so 50,000 rows scroll as smoothly as 50. The grid holds the keyboard focus and points at its active cell with
// aria-activedescendant; headers sort on click or Enter; a cell is edited in place.
import { memo, useEffect, useRef, type ClipboardEvent, type KeyboardEvent, type MouseEvent } from 'react';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Table } from '@tanstack/react-table';
import type { TableRow } from '../../../model/table/rows';
import type { Column } from '../../../model/table/columns';

export const ROW_HEIGHT = 28;
const cellId = (index: number, col: number) => `data-table-cell-${index}-${col}`;
/** The sticky header's height (dataTable.css): the rows start below it. */
const HEADER_HEIGHT = 30;

const WIDE = new Set(['quote', 'title', 'details', 'description', 'note', 'discrepancy', 'dateText', 'url', 'aliases']);
const columnWidth = (c: Column) => (WIDE.has(c.id) ? 280 : c.id === 'id' || c.id === 'label' ? 180 : 120);

export interface Editing {
  key: string;
  col: number;
  text: string;
  error?: string;
}

interface Props {
  label: string;
  table: Table<TableRow>;
  columns: readonly Column[];
  rows: readonly TableRow[];
  selected: ReadonlySet<string>;
  active: { index: number; col: number };
  editing: Editing | null;
  /** Bumped with the index of a row to bring into view (the graph's selection). */
  reveal: { index: number; stamp: number } | null;
  onRowClick: (index: number, event: MouseEvent) => void;
  onCellDoubleClick: (index: number, col: number) => void;
  onKeyDown: (event: KeyboardEvent<HTMLDivElement>) => void;
  onCopy: (event: ClipboardEvent<HTMLDivElement>) => void;
  onPaste: (event: ClipboardEvent<HTMLDivElement>) => void;
  onEditText: (text: string) => void;
  onEditSave: () => void;
  onEditCancel: () => void;
  gridRef: React.RefObject<HTMLDivElement | null>;
}

export function TableGrid(props: Props) {
  const { table, columns, rows, selected, active, editing, reveal } = props;
  const scroller = props.gridRef;
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 6,
    scrollMargin: HEADER_HEIGHT,
    scrollPaddingStart: HEADER_HEIGHT,
  });
  // The active row stays in view as the keys move it.
  useEffect(() => {
    if (active.index >= 0 && active.index < rows.length) virtualizer.scrollToIndex(active.index, { align: 'auto' });
  }, [active.index, rows.length, virtualizer]);
  useEffect(() => {
    if (reveal && reveal.index >= 0) virtualizer.scrollToIndex(reveal.index, { align: 'center' });
  }, [reveal, virtualizer]);
  const editInput = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (editing) editInput.current?.focus();
  }, [editing?.key, editing?.col]); // eslint-disable-line react-hooks/exhaustive-deps

  const template = columns.map((c) => `${columnWidth(c)}px`).join(' ');
  const width = columns.reduce((w, c) => w + columnWidth(c), 0);
  const header = table.getHeaderGroups()[0]!;
  const activeId = rows.length > 0 && !editing ? cellId(active.index, active.col) : undefined;

  return (
    <div
      ref={scroller}
      className="data-table__grid"
      role="grid"
      aria-label={props.label}
      aria-rowcount={rows.length + 1}
      aria-colcount={columns.length}
      aria-multiselectable="true"
      aria-activedescendant={activeId}
      tabIndex={0}
      onKeyDown={props.onKeyDown}
      onCopy={props.onCopy}
      onPaste={props.onPaste}
    >
      <div role="rowgroup" className="data-table__head" style={{ width }}>
        <div role="row" aria-rowindex={1} className="data-table__row" style={{ gridTemplateColumns: template }}>
          {header.headers.map((h, col) => {
            const sorted = h.column.getIsSorted();
            return (
              <div
                key={h.id}
                role="columnheader"
                aria-colindex={col + 1}
                aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
                className="data-table__header"
              >
                <button
                  type="button"
                  tabIndex={-1}
                  onClick={h.column.getToggleSortingHandler()}
                  title={`Sort by ${columns[col]!.label}`}
                >
                  {columns[col]!.label}
                  <span aria-hidden="true">{sorted === 'asc' ? ' ▲' : sorted === 'desc' ? ' ▼' : ''}</span>
                </button>
              </div>
            );
          })}
        </div>
      </div>
      <div role="rowgroup" className="data-table__body" style={{ height: virtualizer.getTotalSize(), width }}>
        {virtualizer.getVirtualItems().map((item) => {
          const row = rows[item.index]!;
          const isActive = item.index === active.index;
          return (
            <GridRow
              key={row.key}
              row={row}
              index={item.index}
              top={item.start - HEADER_HEIGHT}
              template={template}
              columns={columns}
              isSelected={selected.has(row.key)}
              activeCol={isActive ? active.col : -1}
              editing={editing !== null && editing.key === row.key ? editing : null}
              editInput={editInput}
              props={props}
            />
          );
        })}
      </div>
    </div>
  );
}

interface RowProps {
  row: TableRow;
  index: number;
  top: number;
  template: string;
  columns: readonly Column[];
  isSelected: boolean;
  /** The active cell's column when this is the active row, else -1. */
  activeCol: number;
  editing: Editing | null;
  editInput: React.RefObject<HTMLInputElement | null>;
  props: Props;
}

/**
 * One row. Memoised: while the grid scrolls only its position changes, and only the rows coming into view render
 * their cells (the handlers in `props` stay the same while the table is not otherwise changed).
 */
const GridRow = memo(function GridRow({
  row,
  index,
  top,
  template,
  columns,
  isSelected,
  activeCol,
  editing,
  editInput,
  props,
}: RowProps) {
  return (
    <div
      role="row"
      aria-rowindex={index + 2}
      aria-selected={isSelected}
      data-key={row.key}
      className={`data-table__row${isSelected ? ' is-selected' : ''}${activeCol >= 0 ? ' is-active' : ''}`}
      style={{ gridTemplateColumns: template, transform: `translateY(${top}px)` }}
      onClick={(e) => props.onRowClick(index, e)}
    >
      {row.cells.map((text, col) => (
        <div
          key={col}
          id={cellId(index, col)}
          role="gridcell"
          aria-colindex={col + 1}
          aria-readonly={columns[col]!.write ? undefined : true}
          className={`data-table__cell${col === activeCol ? ' is-active' : ''}`}
          title={text.length > 30 ? text : undefined}
          onDoubleClick={() => props.onCellDoubleClick(index, col)}
        >
          {editing && editing.col === col ? (
            <input
              ref={editInput}
              className="data-table__input"
              aria-label={`${columns[col]!.label} of ${row.key}`}
              aria-invalid={editing.error ? true : undefined}
              aria-describedby={editing.error ? 'data-table-edit-error' : undefined}
              value={editing.text}
              onChange={(e) => props.onEditText(e.target.value)}
              onClick={(e) => e.stopPropagation()}
              onKeyDown={(e) => {
                e.stopPropagation();
                if (e.key === 'Enter') {
                  e.preventDefault();
                  props.onEditSave();
                } else if (e.key === 'Escape') {
                  e.preventDefault();
                  props.onEditCancel();
                }
              }}
            />
          ) : (
            text
          )}
        </div>
      ))}
    </div>
  );
});
