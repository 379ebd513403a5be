// Listens for the explorer's keys (appKeys.ts) on the whole page and works the control each one names, as a user
// reaching it by Tab and pressing it would, so what the control does, and where focus goes after, stays its own.
import { useEffect } from 'react';
import { appKeyFor, isTyping } from './appKeys';

/** Dialogs and menus keep their keys: a letter there is an answer to them, not a way elsewhere. */
const OWN_KEYS = '[role="dialog"], dialog, [role="menu"], [role="listbox"]';

/**
 * `active` is false while the walkthrough runs: its keys step through it, and the page's controls are hidden.
 */
export function useAppKeys(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const onKey = (event: KeyboardEvent) => {
      // A key something else has handled (the drawing's, a field's) is not handled twice.
      if (event.defaultPrevented || event.repeat || isTyping(event.target)) return;
      if (event.target instanceof Element && event.target.closest(OWN_KEYS)) return;
      const entry = appKeyFor(event);
      if (!entry) return;
      const control = document.querySelector<HTMLElement>(`[aria-keyshortcuts="${entry.key}"]`);
      // A control that is not there now (no view open for "back") or is disabled: the key does nothing.
      if (!control || (control as HTMLButtonElement).disabled) return;
      event.preventDefault();
      if (entry.how !== 'here') control.focus();
      if (entry.how !== 'focus') control.click();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [active]);
}
