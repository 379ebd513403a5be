// Long work on the page's main thread cut into slices of about SLICE_MS, with a pause between them in which the
// page answers input and draws: at 200,000 entities one loop over them can hold the page for a second or more.
// Pure: the pause is a zero timeout, which Node and workers have too.

/** How long a slice may run before it gives the page a turn; well under the 50 ms a task may take unnoticed. */
export const SLICE_MS = 30;

/** A turn for the page: other tasks (input, frames) run before the promise settles. */
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * Calls `step(i)` for i from 0 to count - 1, pausing whenever a slice has run SLICE_MS; the clock is read every
 * `checkEvery` steps only, since reading it costs more than a cheap step.
 */
export async function forEachInSlices(
  count: number,
  step: (i: number) => void,
  checkEvery = 1024,
  now: () => number = () => performance.now(),
): Promise<void> {
  let sliceStart = now();
  for (let i = 0; i < count; i++) {
    step(i);
    if (i % checkEvery === checkEvery - 1 && now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = now();
    }
  }
}

/**
 * Work written once for both ways of running it: a generator that yields now and then (every thousand items,
 * say) and returns its result. runAtOnce runs it through in one go; runInSlices pauses at a yield once a slice
 * has run SLICE_MS.
 */
export type SlicedWork<T> = Generator<void, T, void>;

export function runAtOnce<T>(work: SlicedWork<T>): T {
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
  }
}

export async function runInSlices<T>(work: SlicedWork<T>, now: () => number = () => performance.now()): Promise<T> {
  let sliceStart = now();
  for (;;) {
    const step = work.next();
    if (step.done) return step.value;
    if (now() - sliceStart > SLICE_MS) {
      await pause();
      sliceStart = now();
    }
  }
}
