// The after-load slices wait from a click until the frame after it is painted, and no longer than HOLD_MAX_MS.
import { describe, expect, it } from 'vitest';
import { HOLD_MAX_MS, inputHold, type Clock } from './inputFirst';

/** A clock run by hand: frames and timers run when the test says. */
function handClock() {
  let frames: (() => void)[] = [];
  let timers: { at: number; run: () => void }[] = [];
  let time = 0;
  const clock: Clock = {
    frame(callback) {
      frames.push(callback);
      return () => (frames = frames.filter((f) => f !== callback));
    },
    later(callback, ms) {
      const timer = { at: time + ms, run: callback };
      timers.push(timer);
      return () => (timers = timers.filter((t) => t !== timer));
    },
  };
  const paint = () => {
    const now = frames;
    frames = [];
    now.forEach((f) => f());
  };
  const advance = (ms: number) => {
    time += ms;
    const due = timers.filter((t) => t.at <= time);
    timers = timers.filter((t) => t.at > time);
    due.forEach((t) => t.run());
  };
  return { clock, paint, advance };
}

async function settled(promise: Promise<void> | null): Promise<boolean> {
  if (!promise) return true;
  let done = false;
  void promise.then(() => (done = true));
  await Promise.resolve();
  await Promise.resolve();
  return done;
}

describe('inputHold', () => {
  it('holds from an input until a task after the next frame', async () => {
    const { clock, paint, advance } = handClock();
    const hold = inputHold(clock);
    expect(hold.held()).toBeNull();
    hold.input();
    const held = hold.held();
    expect(held).not.toBeNull();
    advance(0);
    expect(await settled(held)).toBe(false); // no frame yet
    paint();
    expect(await settled(held)).toBe(false); // the frame is drawn, not yet painted
    advance(0);
    expect(await settled(held)).toBe(true);
    expect(hold.held()).toBeNull();
  });

  it('a second input before the frame is one hold, ended by the frame after it', async () => {
    const { clock, paint, advance } = handClock();
    const hold = inputHold(clock);
    hold.input();
    const held = hold.held();
    hold.input();
    expect(hold.held()).toBe(held);
    paint();
    advance(0);
    expect(await settled(held)).toBe(true);
  });

  it('ends after HOLD_MAX_MS when no frame comes', async () => {
    const { clock, advance } = handClock();
    const hold = inputHold(clock);
    hold.input();
    const held = hold.held();
    advance(HOLD_MAX_MS - 1);
    expect(await settled(held)).toBe(false);
    advance(1);
    expect(await settled(held)).toBe(true);
  });
});
