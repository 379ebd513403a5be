import { describe, expect, it } from 'vitest';
import { MaskedKeys } from './maskedKeys';

describe('MaskedKeys', () => {
  const all = ['a', 'b', 'c', 'd'];
  const set = new MaskedKeys(all, Uint8Array.from([1, 0, 1, 0]));

  it('holds the keys marked in the mask, in number order', () => {
    expect(set.size).toBe(2);
    expect([...set]).toEqual(['a', 'c']);
    expect([...set.keys()]).toEqual(['a', 'c']);
    expect([...set.entries()]).toEqual([
      ['a', 'a'],
      ['c', 'c'],
    ]);
    const seen: string[] = [];
    set.forEach((key) => seen.push(key));
    expect(seen).toEqual(['a', 'c']);
  });

  it('answers has for marked, unmarked and unknown keys', () => {
    expect(set.has('a')).toBe(true);
    expect(set.has('b')).toBe(false);
    expect(set.has('z')).toBe(false);
  });

  it('is empty with an empty mask, and full with a mask of ones', () => {
    expect([...new MaskedKeys(all, new Uint8Array(4))]).toEqual([]);
    const full = new MaskedKeys(all, new Uint8Array(4).fill(1));
    expect(full.size).toBe(4);
    expect(all.every((key) => full.has(key))).toBe(true);
  });
});
