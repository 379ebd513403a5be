// Which source the reader shows. It outlives the reader panel (a highlight selects a relation, the panel may close
// and open again) without a field in the explorer's state: the reader is one view of a source, like the details.
import { useSyncExternalStore, type Dispatch } from 'react';
import type { Action } from '../../state/explorer';

interface Reading {
  sourceId: string | null;
  /** The source was just added: the reader offers the names found in it first. */
  justAdded: boolean;
}

let reading: Reading = { sourceId: null, justAdded: false };
const listeners = new Set<() => void>();

function set(next: Reading) {
  reading = next;
  for (const listener of listeners) listener();
}

export function useReading(): Reading {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => reading,
  );
}

/** Shows a source in the reader, in the left sidebar. */
export function openReader(dispatch: Dispatch<Action>, sourceId: string, justAdded = false): void {
  set({ sourceId, justAdded });
  dispatch({ type: 'showPanel', panel: 'reader' });
}

export function chooseReaderSource(sourceId: string): void {
  set({ sourceId, justAdded: false });
}
