// A "?" beside a term that opens its plain-words explanation (glossary.ts). A button, so it is reached by Tab and
// opened by Enter or Space; Escape or a second press closes it, and focus stays on the "?" throughout.
import { useEffect, useId, useRef, useState } from 'react';

interface Props {
  /** The term explained, for the button's accessible name ("What is Betweenness?"). */
  term: string;
  /** The explanation, in plain words. */
  text: string;
}

export function Explain({ term, text }: Props) {
  const [open, setOpen] = useState(false);
  const id = useId();
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    if (!open) return;
    // A click anywhere else closes it, as a tooltip would.
    const away = (event: MouseEvent) => {
      if (!ref.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('mousedown', away);
    return () => document.removeEventListener('mousedown', away);
  }, [open]);
  return (
    <span className="explain" ref={ref}>
      <button
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
        <span id={id} role="note" className="explain-text" data-testid="explanation">
          {text}
        </span>
      )}
    </span>
  );
}
