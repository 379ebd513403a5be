import { describe, expect, it } from 'vitest';
import { firstSpan, nextSpan } from './usePlayback';

const axis = { start: 0, end: 99 };

describe('playback', () => {
  it('moves a window of fixed width to the end of the axis, then stops', () => {
    let span = firstSpan('window', axis, 7, null);
    expect(span).toEqual({ from: 0, to: 9 });
    const seen = [span];
    for (let next = nextSpan('window', axis, 7, span); next; next = nextSpan('window', axis, 7, span)) {
      span = next;
      seen.push(span);
    }
    expect(span).toEqual({ from: 90, to: 99 });
    expect(seen.every((s) => s.to - s.from === 9)).toBe(true);
    expect(seen.length).toBe(1 + Math.ceil(90 / 7));
  });

  it('grows a range from its start, and starts again from the beginning once at the end', () => {
    expect(firstSpan('growing', axis, 10, { from: 20, to: 30 })).toEqual({ from: 20, to: 30 });
    expect(nextSpan('growing', axis, 10, { from: 20, to: 30 })).toEqual({ from: 20, to: 40 });
    expect(nextSpan('growing', axis, 10, { from: 20, to: 95 })).toEqual({ from: 20, to: 99 });
    expect(nextSpan('growing', axis, 10, { from: 20, to: 99 })).toBeNull();
    expect(firstSpan('growing', axis, 10, { from: 20, to: 99 })).toEqual({ from: 0, to: 9 });
  });
});
