// The toolbar's "Table" button: opens and closes the data table under the drawing.
import { setTableOpen, useTableOpen } from './tableDrawer';

export function TableButton() {
  const open = useTableOpen();
  return (
    <button
      type="button"
      data-testid="table-button"
      aria-pressed={open}
      aria-controls={open ? 'data-table' : undefined}
      title="Every entity, relation, claim and source as rows: sort, filter, edit, paste from a spreadsheet"
      onClick={() => setTableOpen(!open)}
    >
      Table
    </button>
  );
}
