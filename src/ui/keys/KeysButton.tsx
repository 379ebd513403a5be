// The toolbar's "Keys (?)" button, which opens the list of keys for mouse users as ? does for keyboard users, and
// the one place the page's keys are listened for (useAppKeys).
import { useState } from 'react';
import { KeysDialog } from './KeysDialog';
import { keyHint } from './appKeys';
import { useAppKeys } from './useAppKeys';

export function KeysButton({ presenting }: { presenting: boolean }) {
  const [open, setOpen] = useState(false);
  useAppKeys(!presenting && !open);
  return (
    <>
      <button type="button" onClick={() => setOpen(true)} aria-haspopup="dialog" {...keyHint('?', 'Every key, listed')}>
        Keys (?)
      </button>
      {open && <KeysDialog onClose={() => setOpen(false)} />}
    </>
  );
}
