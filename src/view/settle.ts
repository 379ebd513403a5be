// Work that waits until things rest: each call to `schedule` pushes the run back, so a gesture (a pan, a zoom, a
// layout's last steps) pays for it once, when it ends.
export interface Settled {
  schedule(): void;
  cancel(): void;
}

/** The viewport counts as resting this long (ms) after its last change. */
export const SETTLE_MS = 120;

export function whenSettled(run: () => void, ms = SETTLE_MS): Settled {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    schedule() {
      clearTimeout(timer);
      timer = setTimeout(() => {
        timer = undefined;
        run();
      }, ms);
    },
    cancel() {
      clearTimeout(timer);
      timer = undefined;
    },
  };
}
