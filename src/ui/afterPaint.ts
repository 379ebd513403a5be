// Waiting for a painted frame: an animation frame, then a task. Work started then no longer hides what React has
// just rendered (a "working…" label, a first drawing), because that frame has reached the screen.

/** Calls `callback` once the next frame has been painted; returns a function that cancels the call. */
export function onAfterPaint(callback: () => void): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(callback, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => onAfterPaint(resolve));
}
