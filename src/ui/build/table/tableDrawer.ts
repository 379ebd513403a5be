// Whether the data table is open: a tiny store shared by its toolbar button and the drawer under the drawing, which
// sit in different parts of the page. Not part of the explorer's state: opening the table is not a step to undo.
import { useSyncExternalStore } from 'react';

let open = false;
const listeners = new Set<() => void>();

export function setTableOpen(next: boolean): void {
  if (next === open) return;
  open = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export const useTableOpen = (): boolean => useSyncExternalStore(subscribe, () => open);
