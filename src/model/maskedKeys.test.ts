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

  it('answers alike before and after many questions (a scan at first, then a map of the keys)', () => {
    const many = Array.from({ length: 100 }, (_, i) => `k${i}`);
    const even = new MaskedKeys(
      many,
      Uint8Array.from(many, (_, i) => (i % 2 === 0 ? 1 : 0)),
    );
    const answers = Array.from({ length: 3 }, () => many.map((key) => even.has(key)));
    for (const round of answers) expect(round.filter(Boolean)).toHaveLength(50);
    expect(answers[2]!.slice(0, 4)).toEqual([true, false, true, false]);
    expect(even.has('k100')).toBe(false);
  });

  it('is empty with an empty mask, and full with a mask of ones', () => {
    expect([...new MaskedKeys(all, new Uint8Array(4))]).toEqual([]);
    const full = new MaskedKeys(all, new Uint8Array(4).fill(1));
    expect(full.size).toBe(4);
    expect(all.every((key) => full.has(key))).toBe(true);
  });
});
