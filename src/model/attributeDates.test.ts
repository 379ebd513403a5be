import { describe, expect, it } from 'vitest';
import { dateLikeAttributes, datesFromAttribute } from './attributeDates';
import type { Relation } from './schema';

const relation = (id: string, attributes: Record<string, string | number | boolean>): Relation => ({
  id,
  type: 'link',
  source: 'a',
  target: 'b',
  modality: 'happened',
  disputed: false,
  claims: [],
  directed: true,
  attributes,
});

const relations = [
  relation('iso', { when: '2009-01-05', weight: 3, until: '2009-02-01' }),
  relation('fuzzy', { when: 'mid-October 2025', weight: 1 }),
  relation('year', { when: 1999, weight: 2 }),
  relation('vague', { when: 'recently', weight: 4 }),
  relation('count', { when: 12, weight: 5 }),
  relation('none', { weight: 6 }),
];

describe('dates from an attribute the user picks', () => {
  it('reads each value by the dataset rules and says why the others stay undated', () => {
    const { relations: out, dated, unread } = datesFromAttribute(relations, 'when');
    expect(Object.fromEntries(out.map((r) => [r.id, r.date]))).toEqual({
      iso: '2009-01-05',
      fuzzy: { from: '2025-10-11', to: '2025-10-20', text: 'mid-October 2025' },
      year: { from: '1999-01-01', to: '1999-12-31', text: '1999' },
      vague: undefined,
      count: undefined,
      none: undefined,
    });
    expect(dated).toBe(3);
    expect(unread.map((u) => u.id)).toEqual(['vague', 'count']);
    expect(unread[0]!.reason).toMatch(/not a date wording/);
    expect(unread[1]!.reason).toMatch(/12 is not a year/);
  });

  it('takes a start and an end attribute as one range', () => {
    const { relations: out } = datesFromAttribute(relations, 'when', 'until');
    expect(out[0]!.date).toEqual({ from: '2009-01-05', to: '2009-02-01' });
    // No end value: the range stays open at that end.
    expect(out[2]!.date).toEqual({ from: '1999-01-01' });
    const backwards = datesFromAttribute([relation('x', { a: '2010', b: '2009' })], 'a', 'b');
    expect(backwards.unread[0]!.reason).toMatch(/ends before it starts/);
  });

  it('offers the attributes whose values mostly read as dates', () => {
    expect(dateLikeAttributes(relations)).toEqual(['when', 'until']);
  });
});
