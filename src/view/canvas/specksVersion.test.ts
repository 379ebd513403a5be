import { describe, expect, it } from 'vitest';
import { answerIsShown, arraysFingerprint, copiedArrays } from './specksVersion';
import type { SpeckArrays } from './specksPixels';

const arrays = (): SpeckArrays => ({
  x: Float64Array.from([0, 10, 20]),
  y: Float64Array.from([5, 5, 5]),
  radius: Float64Array.from([1, 1, 1]),
  colour: Uint16Array.from([0, 1, 0]),
  source: Uint32Array.from([0, 1]),
  target: Uint32Array.from([1, 2]),
  edgeFlags: Uint8Array.from([0, 0]),
});

describe('arraysFingerprint', () => {
  it('is the same for the same contents, copies included', () => {
    const a = arrays();
    expect(arraysFingerprint(a)).toBe(arraysFingerprint(arrays()));
    expect(arraysFingerprint(copiedArrays(a))).toBe(arraysFingerprint(a));
  });

  it('changes when a value changes in place: a node moved, a colour, a link end, a flag', () => {
    const before = arraysFingerprint(arrays());
    const changes: ((a: SpeckArrays) => void)[] = [
      (a) => (a.x[1] = 10.000001),
      (a) => (a.y[2] = -5),
      (a) => (a.radius[0] = 2),
      (a) => (a.colour[2] = 3),
      (a) => (a.target[0] = 2),
      (a) => (a.edgeFlags[1] = 1),
    ];
    for (const change of changes) {
      const a = arrays();
      change(a);
      expect(arraysFingerprint(a)).not.toBe(before);
    }
  });

  it('tells apart two nodes that swapped places', () => {
    const a = arrays();
    [a.x[0], a.x[2]] = [a.x[2]!, a.x[0]!];
    expect(arraysFingerprint(a)).not.toBe(arraysFingerprint(arrays()));
  });

  it('reads a view into a bigger buffer over its own bytes only, wherever it starts', () => {
    for (const offset of [3, 4]) {
      const buffer = new Uint8Array(16);
      const b = { ...arrays(), edgeFlags: new Uint8Array(buffer.buffer, offset, 2) };
      const before = arraysFingerprint(b);
      buffer[offset + 2] = 7;
      buffer[offset - 1] = 7;
      expect(arraysFingerprint(b)).toBe(before);
      b.edgeFlags[1] = 1;
      expect(arraysFingerprint(b)).not.toBe(before);
    }
  });
});

describe('answerIsShown', () => {
  it('shows the answer to the newest request', () => {
    expect(answerIsShown(4, 4, 1000, 1010, 300)).toBe(true);
  });

  it('drops an answer a newer request has superseded, until the canvas has waited long enough', () => {
    expect(answerIsShown(3, 4, 1000, 1100, 300)).toBe(false);
    expect(answerIsShown(3, 4, 1000, 1300, 300)).toBe(true);
    // Nothing waiting: the pictures asked for so far were dropped (the canvas was drawn otherwise).
    expect(answerIsShown(3, 4, null, 5000, 300)).toBe(false);
  });
});
