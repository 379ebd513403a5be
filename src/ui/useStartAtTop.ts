// A new selection starts at its title: when the key changes, the nearest scrolling ancestor of the element goes
// back to the top. Without it the details of the next selection open at the old scroll position, so a relation's
// evidence shows without the heading saying which relation it is.
// When the selection was picked from inside the details (a relation in an entity's list, a source in a chain), the
// button pressed is gone with the old details and focus would fall to the page: it goes to the new title instead,
// so a keyboard user reads on from there. A pick made elsewhere (the drawing, the search) keeps its focus.
import { useLayoutEffect, useRef } from 'react';

export function useStartAtTop<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  // The page opening is no pick: its focus stays where the browser puts it (the skip link comes first).
  const opened = useRef(false);
  useLayoutEffect(() => {
    const focusLost = opened.current && (document.activeElement === null || document.activeElement === document.body);
    opened.current = true;
    if (focusLost) {
      const title = ref.current?.querySelector<HTMLElement>('h2');
      if (title) {
        title.tabIndex = -1;
        title.focus({ preventScroll: true });
      }
    }
    for (let el = ref.current?.parentElement; el; el = el.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(el).overflowY)) {
        el.scrollTop = 0;
        return;
      }
    }
  }, [key]);
  return ref;
}
