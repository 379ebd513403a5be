// Work that waits for the first paint also waits for a huge graph's first picture from the worker, but not forever.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { onAfterPaint } from './afterPaint';
import { firstPictureRequested, firstPictureSettled } from '../view/firstPicture';

describe('after the next paint', () => {
  beforeEach(() => {
    vi.useFakeTimers();
    // Node has no animation frames: one every 16 ms stands in for the browser's.
    vi.stubGlobal('requestAnimationFrame', (run: () => void) => setTimeout(run, 16));
    vi.stubGlobal('cancelAnimationFrame', (frame: ReturnType<typeof setTimeout>) => clearTimeout(frame));
  });
  afterEach(() => {
    firstPictureSettled();
    vi.unstubAllGlobals();
    vi.useRealTimers();
  });

  it('runs once a frame has been painted', () => {
    const done = vi.fn();
    onAfterPaint(done);
    expect(done).not.toHaveBeenCalled();
    vi.advanceTimersByTime(20);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('waits for a first picture on its way, and runs once it is shown', async () => {
    const done = vi.fn();
    firstPictureRequested();
    onAfterPaint(done);
    vi.advanceTimersByTime(1_000);
    expect(done).not.toHaveBeenCalled();
    firstPictureSettled();
    await vi.advanceTimersByTimeAsync(0);
    expect(done).toHaveBeenCalledTimes(1);
    await vi.advanceTimersByTimeAsync(5_000);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('stops waiting for a picture that does not come after three seconds', async () => {
    const done = vi.fn();
    firstPictureRequested();
    onAfterPaint(done);
    await vi.advanceTimersByTimeAsync(2_900);
    expect(done).not.toHaveBeenCalled();
    await vi.advanceTimersByTimeAsync(200);
    expect(done).toHaveBeenCalledTimes(1);
  });

  it('does nothing once cancelled, picture or not', async () => {
    const done = vi.fn();
    firstPictureRequested();
    const cancel = onAfterPaint(done);
    await vi.advanceTimersByTimeAsync(20);
    cancel();
    firstPictureSettled();
    await vi.advanceTimersByTimeAsync(5_000);
    expect(done).not.toHaveBeenCalled();
  });
});
