// Ctrl+Z (Cmd+Z on a Mac) puts back the graph the last open replaced, unless the user is typing in a field,
// where the shortcut belongs to the text.
import { useEffect, type Dispatch } from 'react';
import type { Action } from '../../state/explorer';

function isTextEntry(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function useUndoShortcut(canUndo: boolean, dispatch: Dispatch<Action>): void {
  useEffect(() => {
    if (!canUndo) return;
    const onKey = (event: KeyboardEvent) => {
      const undo =
        (event.ctrlKey || event.metaKey) && !event.shiftKey && !event.altKey && event.key.toLowerCase() === 'z';
      if (!undo || isTextEntry(event.target)) return;
      event.preventDefault();
      dispatch({ type: 'restorePrevious' });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [canUndo, dispatch]);
}
