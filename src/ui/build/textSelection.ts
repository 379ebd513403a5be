// The words selected inside an element, and where they start in its text (which is the stored text exactly: see
// ReaderText), so the quote can be anchored at the occurrence the user chose.
export interface TextSelection {
  quote: string;
  /** Offset of the selection's start in the element's text; undefined for a typed quote. */
  start: number | undefined;
}

export function selectionIn(root: HTMLElement): TextSelection | null {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!root.contains(range.startContainer) || !root.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.setStart(root, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const quote = range.toString();
  return quote.trim() ? { quote, start: before.toString().length } : null;
}
