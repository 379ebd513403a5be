// The graph's keys, one table for both renderers (canvas/canvasInput.ts, cytoscape/keys.ts): a key press becomes a command
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

/** A graph key (or keys doing the same), what it does in words, and the command it gives. */
export interface GraphKey {
  keys: readonly string[];
  does: string;
  command: GraphCommand;
}

/**
 * Every key the drawing answers, in the order the page's list of keys shows them (KeysDialog.tsx). The one table
 * both the renderers and that list read, so the list cannot drift from what the keys do.
 */
export const GRAPH_KEYS: readonly GraphKey[] = [
  // An arrow looks that way: the drawing moves the other way.
  { keys: ['ArrowLeft'], does: 'Look left (pan)', command: { kind: 'pan', dx: KEY_PAN, dy: 0 } },
  { keys: ['ArrowRight'], does: 'Look right (pan)', command: { kind: 'pan', dx: -KEY_PAN, dy: 0 } },
  { keys: ['ArrowUp'], does: 'Look up (pan)', command: { kind: 'pan', dx: 0, dy: KEY_PAN } },
  { keys: ['ArrowDown'], does: 'Look down (pan)', command: { kind: 'pan', dx: 0, dy: -KEY_PAN } },
  // = is + without Shift on US keyboards.
  { keys: ['+', '='], does: 'Zoom in around the centre', command: { kind: 'zoom', factor: KEY_ZOOM } },
  { keys: ['-'], does: 'Zoom out around the centre', command: { kind: 'zoom', factor: 1 / KEY_ZOOM } },
  { keys: ['Escape'], does: 'Clear the selection', command: { kind: 'clearSelection' } },
  {
    keys: ['Enter'],
    does: "Add the selected entity's neighbours to the view (as a double-click does)",
    command: { kind: 'expandSelected' },
  },
];

/** The command for a key press, or null where the key belongs to someone else. */
export function graphCommandFor(press: KeyPress): GraphCommand | null {
  // Ctrl, Cmd and Alt combinations are the browser's and the app's shortcuts (undo, zoom the page). Shift is let
  // through: on many layouts + is typed with it.
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  return GRAPH_KEYS.find((entry) => entry.keys.includes(press.key))?.command ?? null;
}
