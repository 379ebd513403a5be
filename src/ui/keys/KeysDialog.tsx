// The list of every key: the explorer's own (appKeys.ts), the drawing's (graphKeys.ts, the table the renderers
// read), undo and redo, the walkthrough's and the menus'. Opened by ? or the toolbar's "Keys (?)" button; a modal
// <dialog>, so Tab stays inside it and Escape closes it; focus then goes back to where it was (useReturnFocus).
import { useEffect, useRef } from 'react';
import { GRAPH_KEYS } from '../../view/graphKeys';
import { APP_KEYS, HISTORY_KEYS, MENU_KEYS, WALKTHROUGH_KEYS, keyLabel, type KeyRow } from './appKeys';
import { useReturnFocus } from './useReturnFocus';
import './keys.css';
import '../dialogs.css';

/** How the drawing's keys read: arrows as arrows. */
const KEY_NAMES: Record<string, string> = { ArrowLeft: '←', ArrowRight: '→', ArrowUp: '↑', ArrowDown: '↓' };

export function KeysDialog({ onClose }: { onClose: () => void }) {
  useReturnFocus();
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const element = dialog.current;
    if (element && !element.open) element.showModal();
  }, []);
  return (
    <dialog
      ref={dialog}
      className="modal keys-dialog"
      aria-labelledby="keys-title"
      data-testid="keys-dialog"
      onCancel={(event) => {
        // Escape: React closes it by removing it, so the page and the state agree.
        event.preventDefault();
        onClose();
      }}
    >
      <div className="keys-head">
        <h2 id="keys-title">Keys</h2>
        {/* At the top, so focus on it leaves the list in view from its start. */}
        <button type="button" onClick={onClose} autoFocus>
          Close
        </button>
      </div>
      <p className="muted">The letter keys work anywhere but in a text field, and not during a walkthrough.</p>
      <KeyTable
        caption="Anywhere on the page"
        rows={APP_KEYS.map((entry) => ({ keys: [keyLabel(entry.key)], does: entry.does }))}
      />
      <KeyTable
        caption="On the graph drawing (reach it with Tab, G or a click)"
        rows={GRAPH_KEYS.map((entry) => ({ keys: entry.keys.map((k) => KEY_NAMES[k] ?? k), does: entry.does }))}
      />
      <KeyTable caption="History" rows={HISTORY_KEYS} />
      <KeyTable caption="During a walkthrough (Present)" rows={WALKTHROUGH_KEYS} />
      <KeyTable caption="Menus and dialogs" rows={MENU_KEYS} />
    </dialog>
  );
}

function KeyTable({ caption, rows }: { caption: string; rows: readonly KeyRow[] }) {
  return (
    <table className="keys-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Key</th>
          <th scope="col">Does</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row.keys.join(' ')}>
            <th scope="row">
              {row.keys.map((key, i) => (
                <span key={key}>
                  {i > 0 && ' or '}
                  <kbd>{key}</kbd>
                </span>
              ))}
            </th>
            <td>{row.does}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
