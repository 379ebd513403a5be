// Long work on the page's main thread cut into slices of about SLICE_MS, with a pause between them in which the
// page answers input and draws: at 200,000 entities one loop over them can hold the page for a second or more.
// Pure: the pause is a zero timeout, which Node and workers have too.

/** How long a slice may run before it gives the page a turn; well under the 50 ms a task may take unnoticed. */
export const SLICE_MS = 30;

/** A turn for the page: other tasks (input, frames) run before the promise settles. */
export const pause = (): Promise<void> => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * A turn for the page between slices. A browser makes a zero timeout set from within a timeout wait at least 4 ms
 * (after five in a row), and slices follow one another that way: at 200,000 entities some 200 slices of model,
 * records and scene waited ~0.5 s in all with nothing to do. A message to itself is a task without that wait, and the
 * page still answers input and draws between them. Elsewhere (Node, tests) the timeout.
 */
export async function betweenSlices(): Promise<void> {
  await aTurn();
  // The page's answer to the user's latest click or key goes first (ui/inputFirst.ts): the slices wait for it.
  for (let held = heldFor(); held; held = heldFor()) await held;
}

/**
 * What the slices wait for between them, when the page sets it: a promise while the page answers the user, null
 * otherwise. And whether input waits for the page (ends a slice early). Unset (Node, tests, workers): neither.
 */
let heldFor: () => Promise<void> | null = () => null;
let inputWaits: () => boolean = () => false;

export function holdSlicesWhile(held: () => Promise<void> | null, waits: () => boolean = () => false): void {
  heldFor = held;
  inputWaits = waits;
}

/** Whether the slice begun at `sliceStart` should give the page its turn now. */
const sliceOver = (sliceStart: number, now: () => number): boolean => now() - sliceStart > SLICE_MS || inputWaits();

function aTurn(): Promise<void> {
  if (typeof document === 'undefined' || typeof MessageChannel !== 'function') return pause();
  return new Promise((resolve) => {
    // One message, and so one task, per waiting loop: two loops never run their slices in the same task.
    waiting.push(resolve);
    (channel ??= turnChannel()).port2.postMessage(null);
  });
}

const waiting: (() => void)[] = [];
let channel: MessageChannel | undefined;

function turnChannel(): MessageChannel {
  const made = new MessageChannel();
  made.port1.onmessage = () => waiting.shift()?.();
  return made;
}

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
    if (i % checkEvery === checkEvery - 1 && sliceOver(sliceStart, now)) {
      await betweenSlices();
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
    if (sliceOver(sliceStart, now)) {
      await betweenSlices();
      sliceStart = now();
    }
  }
}
