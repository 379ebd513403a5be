import { describe, expect, it } from 'vitest';
import { dayAt, dragMove, keyMove, xOf } from './brushMath';

const axis = { start: 100, end: 199 }; // 100 days

describe('the time brush', () => {
  it('maps pixels to days and back', () => {
    expect(dayAt(0, 500, axis)).toBe(100);
    expect(dayAt(499.9, 500, axis)).toBe(199);
    expect(dayAt(-20, 500, axis)).toBe(100);
    expect(dayAt(2000, 500, axis)).toBe(199);
    expect(xOf(150, 500, axis)).toBe(250);
    expect(dayAt(xOf(150, 500, axis), 500, axis)).toBe(150);
  });

  it('moves a handle or the window by the key pressed, without crossing', () => {
    const span = { from: 120, to: 130 };
    expect(keyMove('ArrowRight', false, 'from', span, axis)).toEqual({ from: 121, to: 130 });
    expect(keyMove('ArrowRight', true, 'to', span, axis)).toEqual({ from: 120, to: 137 });
    // Kept on the axis: the window stops at its start.
    expect(keyMove('PageDown', false, 'window', span, axis)).toEqual({ from: 100, to: 110 });
    expect(keyMove('PageUp', false, 'to', { from: 120, to: 190 }, axis)).toEqual({ from: 120, to: 199 });
    expect(keyMove('End', false, 'window', span, axis)).toEqual({ from: 189, to: 199 });
    expect(keyMove('Home', false, 'to', span, axis)).toEqual({ from: 120, to: 120 });
    expect(keyMove('PageUp', false, 'from', span, axis)).toEqual({ from: 130, to: 130 });
    expect(keyMove('a', false, 'from', span, axis)).toBeNull();
  });

  it('drags a handle or the window', () => {
    const span = { from: 120, to: 130 };
    expect(dragMove('window', span, 125, 140, axis)).toEqual({ from: 135, to: 145 });
    expect(dragMove('window', span, 125, 199, axis)).toEqual({ from: 189, to: 199 });
    expect(dragMove('from', span, 120, 150, axis)).toEqual({ from: 130, to: 130 });
    expect(dragMove('to', span, 130, 125, axis)).toEqual({ from: 120, to: 125 });
  });
});
