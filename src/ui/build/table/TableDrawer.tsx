// The drawer under the drawing that holds the data table. The table's code (TanStack Table and Virtual) loads only
// when the drawer first opens, so the first page load does not grow. Its height is dragged, or set with the arrow
// keys on its edge; the drawing refits itself as its box changes.
import { lazy, Suspense, useCallback, useState, type Dispatch, type PointerEvent as ReactPointerEvent } from 'react';
import type { Action, ExplorerState } from '../../../state/explorer';
import { useTableOpen } from './tableDrawer';
import './dataTable.css';

const DataTable = lazy(() => import('./DataTable'));

const MIN_HEIGHT = 160;
const STEP = 40;
/** Leaves the drawing at least this much of the window. */
const maxHeight = () => Math.max(MIN_HEIGHT, window.innerHeight - 260);

interface Props {
  state: ExplorerState;
  dispatch: Dispatch<Action>;
}

export function TableDrawer({ state, dispatch }: Props) {
  const open = useTableOpen();
  const [height, setHeight] = useState(320);
  const clamp = useCallback((h: number) => Math.round(Math.min(maxHeight(), Math.max(MIN_HEIGHT, h))), []);

  const startDrag = (event: ReactPointerEvent<HTMLDivElement>) => {
    const startY = event.clientY;
    const startHeight = height;
    const handle = event.currentTarget;
    handle.setPointerCapture(event.pointerId);
    const move = (e: PointerEvent) => setHeight(clamp(startHeight + startY - e.clientY));
    const up = () => {
      handle.removeEventListener('pointermove', move);
      handle.removeEventListener('pointerup', up);
    };
    handle.addEventListener('pointermove', move);
    handle.addEventListener('pointerup', up);
  };

  if (!open || !state.story) return null;
  return (
    <div className="table-drawer" style={{ height }}>
      <div
        className="table-drawer__handle"
        role="separator"
        aria-orientation="horizontal"
        aria-label="Table height"
        aria-valuenow={height}
        aria-valuemin={MIN_HEIGHT}
        aria-valuemax={maxHeight()}
        tabIndex={0}
        onPointerDown={startDrag}
        onKeyDown={(e) => {
          if (e.key === 'ArrowUp') setHeight((h) => clamp(h + STEP));
          else if (e.key === 'ArrowDown') setHeight((h) => clamp(h - STEP));
          else return;
          e.preventDefault();
        }}
      />
      <Suspense fallback={<p className="table-drawer__loading">Loading the table…</p>}>
        <DataTable state={state} dispatch={dispatch} />
      </Suspense>
    </div>
  );
}
