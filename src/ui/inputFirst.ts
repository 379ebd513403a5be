// The page answers a click or a key before the after-load work goes on. A huge graph's search indexes, filter counts,
// time bar and hash are made in slices (model/timeSlices.ts) after its first picture, and a user (or the bench) may
// click a filter meanwhile: at 200,000 entities the first filter click took 230-420 ms against 80-160 for the later
// ones, its answer taking turns with the slices. From a click or a key until the frame after it has been painted, the
// slices wait (at most HOLD_MAX_MS); and where the browser tells that input waits, a slice ends early for it.
import { holdSlicesWhile } from '../model/timeSlices';

/** The longest the slices wait for one answer: a page that paints no frame (hidden) must not stop its work. */
export const HOLD_MAX_MS = 1000;

/** The events that ask the page for an answer; moves and wheels (pan, zoom) do not hold the work up. */
const ASKING = ['pointerdown', 'click', 'keydown'] as const;

export interface Clock {
  frame(callback: () => void): () => void;
  later(callback: () => void, ms: number): () => void;
}

const browserClock: Clock = {
  frame(callback) {
    const id = requestAnimationFrame(callback);
    return () => cancelAnimationFrame(id);
  },
  later(callback, ms) {
    const id = setTimeout(callback, ms);
    return () => clearTimeout(id);
  },
};

/**
 * A hold that an input starts and the painted frame after the last input ends: `held()` is the promise to wait for,
 * or null when there is none.
 */
export function inputHold(clock: Clock = browserClock): { input(): void; held(): Promise<void> | null } {
  let hold: { promise: Promise<void>; release: () => void } | null = null;
  let cancelFrame = () => {};
  let cancelCap = () => {};
  const release = () => {
    cancelFrame();
    cancelCap();
    const over = hold;
    hold = null;
    over?.release();
  };
  return {
    input() {
      if (!hold) {
        let resolve!: () => void;
        const promise = new Promise<void>((r) => (resolve = r));
        hold = { promise, release: resolve };
        cancelCap = clock.later(release, HOLD_MAX_MS);
      }
      // Each input of a click (down, click) or of a key moves the end to the frame after it: then a task, so that
      // the frame has been painted.
      cancelFrame();
      cancelFrame = clock.frame(() => (cancelFrame = clock.later(release, 0)));
    },
    held: () => hold?.promise ?? null,
  };
}

interface Scheduling {
  isInputPending?: () => boolean;
}

/** Starts holding the page's slices for its input; once, at start-up. */
export function answerInputFirst(target: Window = window): void {
  const hold = inputHold();
  for (const type of ASKING) target.addEventListener(type, hold.input, { capture: true, passive: true });
  const scheduling = (target.navigator as Navigator & { scheduling?: Scheduling }).scheduling;
  const pending = scheduling?.isInputPending?.bind(scheduling);
  holdSlicesWhile(hold.held, pending ?? (() => false));
}
