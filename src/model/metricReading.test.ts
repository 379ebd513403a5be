// Metric values in words: ranks with ties, ordinals, groups with their sizes, estimates said to be estimates.
import { describe, expect, it } from 'vitest';
import { formatScore, ordinal, rankOf, readMetric } from './metricReading';

const column = (entries: Record<string, number>) => new Map(Object.entries(entries));

describe('metric readings', () => {
  it('spells ordinals, teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 1002].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '1,002nd',
    ]);
  });

  it('ranks from the highest value, ties sharing the rank of the first of them', () => {
    const degree = column({ a: 5, b: 3, c: 3, d: 1, e: 3 });
    expect(rankOf(degree, 5)).toEqual({ rank: 1, sharedBy: 1 });
    expect(rankOf(degree, 3)).toEqual({ rank: 2, sharedBy: 3 });
    expect(rankOf(degree, 1)).toEqual({ rank: 5, sharedBy: 1 });
  });

  it('reads a score with its rank among all entities', () => {
    const pagerank = column({ a: 0.0812345, b: 0.5, c: 0.02, d: 0.3 });
    expect(readMetric('pagerank', pagerank, 'a')).toBe('0.0812 (3rd of 4)');
    expect(readMetric('degree', column({ a: 5, b: 3, c: 3 }), 'c')).toBe('3 (joint 2nd of 3)');
  });

  it('reads a community or component numbered from 1, with how many there are and its size', () => {
    const community = column({ a: 0, b: 0, c: 1, d: 0, e: 2 });
    expect(readMetric('community', community, 'a')).toBe('1 of 3 (3 entities)');
    expect(readMetric('component', community, 'e')).toBe('3 of 3 (1 entity)');
  });

  it('says when a value was estimated from a sample', () => {
    const betweenness = column({ a: 0.25, b: 0 });
    expect(readMetric('betweenness', betweenness, 'a', 200)).toBe(
      '0.25 (1st of 2), estimated from 200 sampled entities',
    );
  });

  it('shows a dash for an entity the metric has no value for', () => {
    expect(readMetric('closeness', column({ a: 1 }), 'z')).toBe('–');
  });

  it('formats whole numbers plainly, scores to three digits, big sums rounded', () => {
    expect(formatScore(12)).toBe('12');
    expect(formatScore(0.123456)).toBe('0.123');
    expect(formatScore(12345.67)).toBe('12,346');
    expect(formatScore(1.5)).toBe('1.5');
  });
});
