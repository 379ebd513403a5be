// Source-over in a non-premultiplied pixel buffer (ImageData's bytes): the results are the compositing formula's
// worked by hand.
import { describe, expect, it } from 'vitest';
import { blendPixel } from './pixelGraph';

describe('blendPixel', () => {
  it('mixes a colour at half opacity half and half with an opaque white', () => {
    const data = new Uint8ClampedArray([255, 255, 255, 255]);
    blendPixel(data, 0, 0, 0, 0, 0.5);
    expect([...data]).toEqual([128, 128, 128, 255]);
  });

  it('on a transparent pixel, leaves the colour as it is at its own opacity', () => {
    const data = new Uint8ClampedArray(8);
    blendPixel(data, 1, 148, 163, 184, 0.4);
    expect([...data]).toEqual([0, 0, 0, 0, 148, 163, 184, 102]);
  });

  it('an opaque colour covers what was there', () => {
    const data = new Uint8ClampedArray([10, 20, 30, 100]);
    blendPixel(data, 0, 220, 38, 38, 1);
    expect([...data]).toEqual([220, 38, 38, 255]);
  });
});
