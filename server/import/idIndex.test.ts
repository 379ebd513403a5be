// The index must answer as a Map from id to position would, through its growth and for ids that share a start.
import { describe, expect, it } from 'vitest';
import { IdIndex } from './idIndex';

describe('IdIndex', () => {
  it('gives each new id the next position and names the first holder of a repeated one', () => {
    const index = new IdIndex();
    expect(index.add('a')).toBe(0);
    expect(index.add('ab')).toBe(1);
    expect(index.add('ä')).toBe(2);
    expect(index.add('ab')).toBe(-2);
    expect(index.add('a')).toBe(-1);
    expect([index.get('a'), index.get('ab'), index.get('ä'), index.get('abc'), index.get('')]).toEqual([
      0, 1, 2, -1, -1,
    ]);
    expect(index.size).toBe(3);
  });

  it('finds every one of many ids, and none it was not given', () => {
    const index = new IdIndex();
    const ids = Array.from({ length: 30_000 }, (_, i) =>
      i % 3 === 0 ? `o${i}` : i % 3 === 1 ? `Ørsted ${i} 東京` : `x`.repeat(1 + (i % 40)) + i,
    );
    expect(ids.map((id) => index.add(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => i));
    const absent = Array.from({ length: 1000 }, (_, i) => `o${i * 3 + 1}`);
    expect(absent.filter((id) => index.has(id))).toEqual([]);
    expect(index.add('o0')).toBe(-1);
  });

  it('tells apart ids that differ only in length, in a zero character or past the eighth character', () => {
    const ids = ['a', 'a\u0000', 'a\u0000\u0000', 'abcdefgh', 'abcdefghi', 'abcdefgi', 'ÿÿÿÿÿÿÿÿ', 'ÿÿÿÿÿÿÿĀ', 'Āÿ'];
    const index = new IdIndex();
    expect(ids.map((id) => index.add(id))).toEqual(ids.map((_, i) => i));
    expect(ids.map((id) => index.get(id))).toEqual(ids.map((_, i) => i));
    expect(['\u0000', 'abcdefg', 'abcdefghij', 'ÿÿÿÿÿÿÿ', 'ÿ'].map((id) => index.get(id))).toEqual([
      -1, -1, -1, -1, -1,
    ]);
  });
});
