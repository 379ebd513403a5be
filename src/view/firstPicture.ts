// A new huge graph's first picture is drawn off the page (the specks worker) and reaches the screen some hundreds of
// milliseconds after the page painted the frame that handed the graph over. Work that waits for "the first paint"
// (ui/afterPaint.ts: the search index, the filter lists, the time bar) waits for that picture too, so that on a
// two-core machine it does not take a core from the worker before the user has seen the graph.

let waiting: { promise: Promise<void>; settle: () => void } | null = null;

/** A renderer has asked for a new graph's first picture off the page. */
export function firstPictureRequested(): void {
  if (waiting) return;
  let settle!: () => void;
  const promise = new Promise<void>((resolve) => (settle = resolve));
  waiting = { promise, settle };
}

/** The picture is on screen, or will not come (drawn on the page instead, the worker failed, the view closed). */
export function firstPictureSettled(): void {
  waiting?.settle();
  waiting = null;
}

/** While a first picture is on its way: a promise of its arrival. */
export function firstPictureOnItsWay(): Promise<void> | null {
  return waiting?.promise ?? null;
}
