// A new selection starts at its title: when the key changes, the nearest scrolling ancestor of the element goes
// back to the top. Without it the details of the next selection open at the old scroll position, so a relation's
// evidence shows without the heading saying which relation it is.
import { useLayoutEffect, useRef } from 'react';

export function useStartAtTop<T extends HTMLElement>(key: string) {
  const ref = useRef<T>(null);
  useLayoutEffect(() => {
    for (let el = ref.current?.parentElement; el; el = el.parentElement) {
      if (/auto|scroll/.test(getComputedStyle(el).overflowY)) {
        el.scrollTop = 0;
        return;
      }
    }
  }, [key]);
  return ref;
}
