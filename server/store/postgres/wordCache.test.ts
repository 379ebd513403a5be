// The prefix lookup over an investigation's sorted words, against lists whose answers are read off by eye.
import { describe, expect, it } from 'vitest';
import { wordsStarting } from './wordCache';

const sorted = ['al', 'alba', 'albert', 'alberto', 'ali', 'bay', 'baya', 'ørsted'].sort();

describe('wordsStarting', () => {
  it('gives every word the term starts, in order, up to the limit', () => {
    expect(wordsStarting(sorted, 'alb', 10)).toEqual(['alba', 'albert', 'alberto']);
    expect(wordsStarting(sorted, 'al', 2)).toEqual(['al', 'alba']);
    expect(wordsStarting(sorted, 'ba', 10)).toEqual(['bay', 'baya']);
    expect(wordsStarting(sorted, 'ør', 10)).toEqual(['ørsted']);
  });

  it('gives none for a term that starts no word, before, between or after them all', () => {
    expect(wordsStarting(sorted, 'aa', 10)).toEqual([]);
    expect(wordsStarting(sorted, 'alc', 10)).toEqual([]);
    expect(wordsStarting(sorted, 'zz', 10)).toEqual([]);
    expect(wordsStarting([], 'a', 10)).toEqual([]);
  });
});
