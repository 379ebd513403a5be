// A "?" beside a term that opens its plain-words explanation (glossary.ts). A button, so it is reached by Tab and
// opened by Enter or Space; Escape or a second press closes it, and focus stays on the "?" throughout.
import { useEffect, useId, useLayoutEffect, useRef, useState, type CSSProperties } from 'react';
import './explain.css';

interface Props {
  /** The term explained, for the button's accessible name ("What is Betweenness?"). */
  term: string;
  /** The explanation, in plain words. */
  text: string;
}

/** Space kept between the explanation and the window's edges, in pixels. */
const MARGIN = 8;

export function Explain({ term, text }: Props) {
  const [open, setOpen] = useState(false);
  const [place, setPlace] = useState<CSSProperties>({ visibility: 'hidden' });
  const id = useId();
  const ref = useRef<HTMLSpanElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const noteRef = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes it, as a tooltip would.
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  // The "?" often sits in a scrolling sidebar or dialog, which would cut off a note placed inside it: the note is
  // placed against the window instead, under the "?" and moved left or above where the window ends. It follows the
  // "?" when something scrolls, and closes once the "?" is scrolled out of sight.
  useLayoutEffect(() => {
    if (!open) return;
    const follow = () => {
      const button = buttonRef.current?.getBoundingClientRect();
      const note = noteRef.current?.getBoundingClientRect();
      if (!button || !note) return;
      if (buttonRef.current && !inSight(buttonRef.current)) {
        setOpen(false);
        return;
      }
      const left = Math.max(MARGIN, Math.min(button.left, window.innerWidth - note.width - MARGIN));
      const below = button.bottom + 4;
      const top = below + note.height + MARGIN > window.innerHeight ? button.top - note.height - 4 : below;
      setPlace({ left, top: Math.max(MARGIN, top) });
    };
    follow();
    window.addEventListener('scroll', follow, true);
    window.addEventListener('resize', follow);
    return () => {
      window.removeEventListener('scroll', follow, true);
      window.removeEventListener('resize', follow);
      setPlace({ visibility: 'hidden' });
    };
  }, [open]);
  return (
    <span className="explain" ref={ref}>
      <button
        ref={buttonRef}
        type="button"
        className="explain-button"
        aria-label={`What is ${term}?`}
        aria-expanded={open}
        aria-controls={open ? id : undefined}
        title={text}
        onClick={(event) => {
          // Inside a <label> or a <summary>, the "?" must not also toggle what it sits in.
          event.preventDefault();
          event.stopPropagation();
          setOpen((o) => !o);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Escape' && open) {
            event.stopPropagation();
            setOpen(false);
          }
        }}
      >
        ?
      </button>
      {open && (
        <span id={id} ref={noteRef} role="note" className="explain-text" data-testid="explanation" style={place}>
          {text}
        </span>
      )}
    </span>
  );
}

/** Whether the element is at least partly inside every scrolling box around it and the window. */
function inSight(element: HTMLElement): boolean {
  const own = element.getBoundingClientRect();
  const overlaps = (box: { top: number; bottom: number; left: number; right: number }) =>
    own.bottom > box.top && own.top < box.bottom && own.right > box.left && own.left < box.right;
  if (!overlaps({ top: 0, left: 0, bottom: window.innerHeight, right: window.innerWidth })) return false;
  for (let box = element.parentElement; box; box = box.parentElement) {
    const { overflowX, overflowY } = getComputedStyle(box);
    if (overflowX === 'visible' && overflowY === 'visible') continue;
    if (!overlaps(box.getBoundingClientRect())) return false;
  }
  return true;
}
