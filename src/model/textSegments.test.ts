import { describe, expect, it } from 'vitest';
import { segmentText } from './textSegments';

describe('segmentText', () => {
  it('cuts the text at every edge, so the pieces join back into the text, each knowing what covers it', () => {
    const text = 'Maduro wrote to Putin and to Xi.';
    const quotes = [
      { start: 0, end: 21, id: 'q1' },
      { start: 16, end: 32, id: 'q2' },
    ];
    const mentions = [
      { start: 0, end: 6, id: 'maduro' },
      { start: 16, end: 21, id: 'putin' },
      { start: 29, end: 31, id: 'xi' },
    ];
    const pieces = segmentText(text.length, quotes, mentions);
    expect(pieces.map((p) => text.slice(p.start, p.end)).join('')).toBe(text);
    expect(pieces.map((p) => [text.slice(p.start, p.end), p.quotes.map((q) => q.id), p.mention?.id ?? null])).toEqual([
      ['Maduro', ['q1'], 'maduro'],
      [' wrote to ', ['q1'], null],
      ['Putin', ['q1', 'q2'], 'putin'],
      [' and to ', ['q2'], null],
      ['Xi', ['q2'], 'xi'],
      ['.', ['q2'], null],
    ]);
  });

  it('gives one plain piece for a text with nothing marked', () => {
    expect(segmentText(5, [], [])).toEqual([{ start: 0, end: 5, quotes: [], mention: null }]);
  });
});
