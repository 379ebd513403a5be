// The graph's keys, one table for both renderers (canvasInput.ts, cytoscapeKeys.ts): a key press becomes a command
// that each renderer carries out its own way. Pure, so the keys are tested without a browser.

/** What a key asks of the drawing. Pans say how far the drawing moves on screen, in CSS pixels. */
export type GraphCommand =
  | { kind: 'pan'; dx: number; dy: number }
  | { kind: 'zoom'; factor: number }
  | { kind: 'clearSelection' }
  | { kind: 'expandSelected' };

/** How far one arrow press moves the drawing (px): a few node widths, so holding the key scans a graph quickly. */
export const KEY_PAN = 60;
/** One + press; - undoes it exactly. */
export const KEY_ZOOM = 1.25;

export type KeyPress = Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>;

/** The command for a key press, or null where the key belongs to someone else. */
export function graphCommandFor(press: KeyPress): GraphCommand | null {
  // Ctrl, Cmd and Alt combinations are the browser's and the app's shortcuts (undo, zoom the page). Shift is let
  // through: on many layouts + is typed with it.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  switch (press.key) {
    // An arrow looks that way: the drawing moves the other way.
    case 'ArrowLeft':
      return { kind: 'pan', dx: KEY_PAN, dy: 0 };
    case 'ArrowRight':
      return { kind: 'pan', dx: -KEY_PAN, dy: 0 };
    case 'ArrowUp':
      return { kind: 'pan', dx: 0, dy: KEY_PAN };
    case 'ArrowDown':
      return { kind: 'pan', dx: 0, dy: -KEY_PAN };
    // = is + without Shift on US keyboards.
    case '+':
    case '=':
      return { kind: 'zoom', factor: KEY_ZOOM };
    case '-':
      return { kind: 'zoom', factor: 1 / KEY_ZOOM };
    case 'Escape':
      return { kind: 'clearSelection' };
    case 'Enter':
      return { kind: 'expandSelected' };
    default:
      return null;
  }
}
