import { describe, expect, it } from 'vitest';
import { earliestDays } from './publication';
import { sourceSchema, type Source } from './schema';
import { parseIsoDay } from './time';

const source = (id: string, extra: Partial<Source> = {}): Source =>
  sourceSchema.parse({ id, kind: 'article', title: id, published: 'not given', ...extra });
const day = (iso: string) => parseIsoDay(iso)!;

describe('the earliest day a source could have been out', () => {
  it('is the first day of its publication date, exact only for a day', () => {
    const days = earliestDays([source('a', { published: '2025-10-30' }), source('b', { published: '2025-11' })]);
    expect(days.get('a')).toEqual({ day: day('2025-10-30'), exact: true });
    expect(days.get('b')).toEqual({ day: day('2025-11-01'), exact: false });
  });

  it('is its own "not before" day, or a later one of a source it retells, named', () => {
    const days = earliestDays([
      source('docs', { kind: 'document' }),
      source('post', { kind: 'news_report', notBefore: '2025-10-26', cites: ['docs'] }),
      source('early', { notBefore: '2025-10-11', cites: ['post'] }),
      source('late', { notBefore: '2025-11-03', cites: ['post'] }),
    ]);
    expect(days.has('docs')).toBe(false);
    expect(days.get('early')).toEqual({ day: day('2025-10-26'), exact: false, via: 'post' });
    expect(days.get('late')).toEqual({ day: day('2025-11-03'), exact: false });
  });

  it('refuses a "notBefore" that is not a real day', () => {
    const parsed = sourceSchema.safeParse({
      id: 'x',
      kind: 'article',
      title: 'x',
      published: 'not given',
      notBefore: '2025-02-30',
    });
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]?.message).toBe(
      '"notBefore" must be a real day written as YYYY-MM-DD (got "2025-02-30")',
    );
  });
});
