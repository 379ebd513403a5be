// A click or a key holds work in slices back a moment (model/timeSlices.ts): the filter, selection or drawing it
// asks for gets the main thread and the cores first. Mouse moves and the wheel do not: a pan or a zoom is drawn from
// a snapshot, and they come too often.
import { holdSlices } from '../model/timeSlices';

/** Long enough for a filter click's answer at 200,000 nodes (the page's share and the worker's picture). */
const HOLD_MS = 200;

export function holdSlicesOnInput(target: Pick<Window, 'addEventListener'> = window): void {
  const hold = () => holdSlices(HOLD_MS);
  for (const type of ['pointerdown', 'keydown'] as const)
    target.addEventListener(type, hold, { capture: true, passive: true });
}
