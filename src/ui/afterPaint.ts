// Waiting for a painted frame: an animation frame, then a task. Work started then no longer hides what React has
// just rendered (a "working…" label, a first drawing), because that frame has reached the screen. A huge graph's
// first picture, drawn in a worker, comes later than that frame: the wait lasts until it is shown
// (view/firstPicture.ts), or at most FIRST_PICTURE_PATIENCE_MS, so that no work waits on a picture that never comes.
import { firstPictureOnItsWay } from '../view/firstPicture';

const FIRST_PICTURE_PATIENCE_MS = 3_000;

/** Calls `callback` once the next frame has been painted; returns a function that cancels the call. */
export function onAfterPaint(callback: () => void): () => void {
  let over = false; // called, or cancelled: the callback runs at most once
  let timer: ReturnType<typeof setTimeout> | undefined;
  const call = () => {
    if (over) return;
    over = true;
    callback();
  };
  const frame = requestAnimationFrame(() => {
    timer = setTimeout(() => {
      const picture = firstPictureOnItsWay();
      if (!picture) return call();
      timer = setTimeout(call, FIRST_PICTURE_PATIENCE_MS);
      void picture.then(() => {
        clearTimeout(timer);
        call();
      });
    }, 0);
  });
  return () => {
    over = true;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
}

export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => onAfterPaint(resolve));
}
