// The explorer's own keys: one key each for the controls a keyboard user reaches for most (search, export, the
// evidence views), so none is a dozen Tab presses away. Pure data and checks; useAppKeys.ts listens, and the list
// of keys (KeysDialog.tsx) and the controls' titles read this same table.

/** One key: what it does in words, and the control it works (found by its aria-keyshortcuts). */
export interface AppKey {
  /** The key as KeyboardEvent.key gives it (letters in lower case; Shift+letter works as well). */
  key: string;
  does: string;
  /**
   * 'press': focus the control, then press it, so a dialog or view it opens gives focus back to it;
   * 'focus': only focus it (a field, the drawing); 'here': press it where focus is, so the list of keys gives focus
   * back to where the user was.
   */
  how: 'press' | 'focus' | 'here';
}

/** Each key once; none of the drawing's (arrows, +, -, =, Enter, Escape) nor the Ctrl ones (undo, redo). */
export const APP_KEYS: readonly AppKey[] = [
  { key: '?', does: 'List every key (this list)', how: 'here' },
  { key: '/', does: 'Search entities, sources and relations', how: 'focus' },
  { key: 'g', does: 'Go to the graph drawing (its keys below)', how: 'focus' },
  { key: 'o', does: 'Open a graph file…', how: 'press' },
  { key: 'e', does: 'Export image…', how: 'press' },
  { key: 'd', does: 'Export data…', how: 'press' },
  { key: 's', does: 'Sources (again: back to the filters)', how: 'press' },
  { key: 'x', does: 'Discrepancies (again: back to the filters)', how: 'press' },
  { key: 'c', does: 'Chronology (again: back to the filters)', how: 'press' },
  { key: 'v', does: 'Saved views (again: back to the filters)', how: 'press' },
  { key: 'f', does: 'Back to the filters from a view', how: 'press' },
  { key: 't', does: 'Top entities by a metric (from the filters)', how: 'press' },
  { key: 'p', does: 'Present the saved views as a walkthrough', how: 'press' },
];

/** Keys listed with the others but handled elsewhere: a row of the list. */
export interface KeyRow {
  keys: readonly string[];
  does: string;
}

/** Undo and redo (useUndoShortcut.ts listens for them). */
export const HISTORY_KEYS: readonly KeyRow[] = [
  { keys: ['Ctrl+Z'], does: 'Undo the last step (⌘Z on a Mac)' },
  { keys: ['Ctrl+Shift+Z', 'Ctrl+Y'], does: 'Redo it (⌘⇧Z on a Mac)' },
];

/** The walkthrough's keys (PresentOverlay.tsx), which take over from all the others while it runs. */
export const WALKTHROUGH_KEYS: readonly KeyRow[] = [
  { keys: ['→', '↓', 'Page Down', 'Space'], does: 'Next saved view' },
  { keys: ['←', '↑', 'Page Up'], does: 'Previous saved view' },
  { keys: ['Escape'], does: 'Leave the walkthrough' },
];

/** A node's menu (right-click on a node) and the dialogs. */
export const MENU_KEYS: readonly KeyRow[] = [
  { keys: ['↑', '↓'], does: "Move through a node's menu" },
  { keys: ['Escape'], does: 'Close a dialog, a menu or this list; focus goes back to what opened it' },
];

/** The app key a press asks for, or null: modifiers (but Shift, which types ?) leave the key to the browser. */
export function appKeyFor(press: Pick<KeyboardEvent, 'key' | 'ctrlKey' | 'metaKey' | 'altKey'>): AppKey | null {
  if (press.ctrlKey || press.metaKey || press.altKey) return null;
  const key = press.key.length === 1 ? press.key.toLowerCase() : press.key;
  return APP_KEYS.find((entry) => entry.key === key) ?? null;
}

/** Inputs that take typed text, where a letter is the user's and not a shortcut (checkboxes, radios… are not). */
const NOT_TYPED = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'range', 'color', 'file', 'image']);

/**
 * True where a key press types: a text field, a select (letters pick an option), anything contenteditable, and a
 * data grid (the table), whose keys move, select and edit its cells.
 */
export function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || target.tagName === 'TEXTAREA' || target.tagName === 'SELECT') return true;
  if (target.closest('[role="grid"]')) return true;
  return target instanceof HTMLInputElement && !NOT_TYPED.has(target.type);
}

/** How a key reads in the list and in titles: "E", "/", "?". */
export function keyLabel(key: string): string {
  return key.length === 1 ? key.toUpperCase() : key;
}

/**
 * The attributes that tie a control to its key: aria-keyshortcuts (read out by screen readers, and how useAppKeys
 * finds the control) and a title that names the key, "Export image… (E)".
 */
export function keyHint(key: string, title: string): { 'aria-keyshortcuts': string; title: string } {
  return { 'aria-keyshortcuts': key, title: `${title} (${keyLabel(key)})` };
}
