// Gives focus back to the control that opened a dialog, popover, menu or side view once it closes. Without it,
// focus falls to the page when the focused element inside is removed, and a keyboard user starts again from the top.
import { useEffect, useRef, useState } from 'react';

/**
 * Call at the top of the dialog (or view) component. The opener is what has focus when the dialog first renders:
 * the button that was pressed, or the control a key (useAppKeys) focused before pressing it. Focus goes back only
 * when it was lost with the dialog, not when the user has since moved it elsewhere (clicked another control).
 * `fallback` names where it goes when nothing had focus (a menu opened by a right-click) or the opener is gone.
 */
export function useReturnFocus(fallback?: () => HTMLElement | null): void {
  // Read during the first render, before the dialog's autofocus takes focus inside it.
  const [opener] = useState(() => (typeof document === 'undefined' ? null : document.activeElement));
  // The latest fallback, without making the effect (and its cleanup) run again when it changes.
  const fallbackRef = useRef(fallback);
  useEffect(() => {
    fallbackRef.current = fallback;
  });
  useEffect(
    () => () => {
      // Runs after the dialog has left the page (and, in development, once on React's trial unmount, when focus is
      // still inside and so nothing is moved).
      if (!focusLost()) return;
      if (opener instanceof HTMLElement && opener !== document.body && opener.isConnected) opener.focus();
      else fallbackRef.current?.()?.focus();
    },
    [opener],
  );
}

/** Focus is nowhere the user chose: on the page itself, or on an element no longer in it. */
function focusLost(): boolean {
  const now = document.activeElement;
  return now === null || now === document.body || !now.isConnected;
}
