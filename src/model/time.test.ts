import { describe, expect, it } from 'vitest';
import {
  eventRange,
  formatEventDate,
  isoDay,
  isoRange,
  parseIsoDay,
  rangeProblem,
  readDate,
  toRangeForm,
  type DayRange,
} from './time';

/** A reading as ISO days, so expectations read like the calendar. */
function read(text: string, published?: string): [string, string] | string {
  const reading = readDate(text, published === undefined ? undefined : isoRange(published));
  return reading.ok ? [isoDay(reading.range.start), isoDay(reading.range.end)] : reading.reason;
}

describe('ISO dates', () => {
  it('reads a year, a month and a day as the days they cover', () => {
    expect(read('2025')).toEqual(['2025-01-01', '2025-12-31']);
    expect(read('2024-02')).toEqual(['2024-02-01', '2024-02-29']);
    expect(read('2025-02')).toEqual(['2025-02-01', '2025-02-28']);
    expect(read('2025-10-26')).toEqual(['2025-10-26', '2025-10-26']);
  });

  it('refuses days that are not on the calendar', () => {
    expect(parseIsoDay('2025-02-29')).toBeUndefined();
    expect(parseIsoDay('2024-02-29')).toBe(isoRange('2024-02-29')!.start);
    expect(isoRange('2025-13')).toBeUndefined();
    expect(isoRange('2025-04-31')).toBeUndefined();
  });

  it('day numbers agree with the calendar of the Date object on every day from 1890 to 2110', () => {
    const wrong: string[] = [];
    for (let year = 1890; year <= 2110; year++) {
      for (let month = 1; month <= 12; month++) {
        for (let day = 1; day <= new Date(Date.UTC(year, month, 0)).getUTCDate(); day++) {
          const text = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (parseIsoDay(text) !== Date.UTC(year, month - 1, day) / 86_400_000) wrong.push(text);
        }
      }
    }
    expect(wrong).toEqual([]);
  });

  it('day numbers are whole days since 1970-01-01 and round-trip through ISO', () => {
    expect(parseIsoDay('1970-01-01')).toBe(0);
    expect(parseIsoDay('1970-01-02')).toBe(1);
    for (const day of ['1899-12-31', '2000-02-29', '2025-10-26']) expect(isoDay(parseIsoDay(day)!)).toBe(day);
  });
});

describe('fuzzy wording, kept as written and read as a range', () => {
  it.each([
    ['October 2025', '2025-10-01', '2025-10-31'],
    ['Oct. 2025', '2025-10-01', '2025-10-31'],
    ['Sept 2025', '2025-09-01', '2025-09-30'],
    ['26 October 2025', '2025-10-26', '2025-10-26'],
    ['October 26, 2025', '2025-10-26', '2025-10-26'],
    ['early October 2025', '2025-10-01', '2025-10-10'],
    ['mid-October 2025', '2025-10-11', '2025-10-20'],
    ['mid October 2025', '2025-10-11', '2025-10-20'],
    ['in the middle of October 2025', '2025-10-11', '2025-10-20'],
    ['late October 2025', '2025-10-21', '2025-10-31'],
    ['late February 2024', '2024-02-21', '2024-02-29'],
    ['end of November 2025', '2025-11-21', '2025-11-30'],
    ['early 2025', '2025-01-01', '2025-04-30'],
    ['mid-2025', '2025-05-01', '2025-08-31'],
    ['late 2025', '2025-09-01', '2025-12-31'],
    ['the early 2000s', '2000-01-01', '2003-12-31'],
    ['the 1990s', '1990-01-01', '1999-12-31'],
    ['Mid\u2013October 2025.', '2025-10-11', '2025-10-20'],
    ['end of 2006 to 2008', '2006-09-01', '2008-12-31'],
    ['from 3 May 2025 until June 2025', '2025-05-03', '2025-06-30'],
  ])('%s', (text, from, to) => {
    expect(read(text)).toEqual([from, to]);
  });

  it('reads "since", "before" and "after" as spans with one open end', () => {
    const since = readDate('since September 2025');
    expect(since.ok && [isoDay(since.range.start), since.range.end]).toEqual(['2025-09-01', Infinity]);
    const before = readDate('before July 2006');
    expect(before.ok && [before.range.start, isoDay(before.range.end)]).toEqual([-Infinity, '2006-06-30']);
    const after = readDate('after 2013');
    expect(after.ok && [isoDay(after.range.start), after.range.end]).toEqual(['2014-01-01', Infinity]);
    expect(typeof read('2008 to 2006')).toBe('string');
    expect(typeof read('since 2013 to 2014')).toBe('string');
  });

  it('refuses a day that does not exist rather than moving it', () => {
    expect(typeof read('31 September 2025')).toBe('string');
  });

  it('gives a reason, not a guess, for wording it does not know', () => {
    for (const text of ['recently', 'a few months ago', 'shortly after early October', 'since the war']) {
      expect(read(text)).toMatch(/not a date wording this reader knows/);
    }
    expect(read('   ')).toBe('the date is empty');
  });
});

describe('relative wording, read against the publication date', () => {
  it('needs a publication date, and says so', () => {
    expect(read('earlier this month')).toMatch(/relative: it needs the publication date/);
    expect(read('mid-October')).toMatch(/relative/);
  });

  it.each([
    ['earlier this month', '2025-10-28', '2025-10-01', '2025-10-27'],
    ['earlier in the month', '2025-10-28', '2025-10-01', '2025-10-27'],
    ['this month', '2025-10-28', '2025-10-01', '2025-10-28'],
    ['last month', '2025-01-15', '2024-12-01', '2024-12-31'],
    ['this year', '2025-10-28', '2025-01-01', '2025-10-28'],
    ['earlier this year', '2025-10-28', '2025-01-01', '2025-10-27'],
    ['last year', '2025-10-28', '2024-01-01', '2024-12-31'],
    ['today', '2025-10-28', '2025-10-28', '2025-10-28'],
    ['yesterday', '2025-03-01', '2025-02-28', '2025-02-28'],
    // 2025-10-29 is a Wednesday: its week began on Monday 27 October.
    ['this week', '2025-10-29', '2025-10-27', '2025-10-29'],
    ['last week', '2025-10-29', '2025-10-20', '2025-10-26'],
    ['last week', '2025-10-27', '2025-10-20', '2025-10-26'],
    ['mid-October', '2025-10-28', '2025-10-11', '2025-10-20'],
    ['late October', '2025-10-15', '2024-10-21', '2024-10-31'],
    ['October', '2026-01-10', '2025-10-01', '2025-10-31'],
  ])('"%s" published %s', (text, published, from, to) => {
    expect(read(text, published)).toEqual([from, to]);
  });

  it('a publication known only as a month gives the widest reading over its days', () => {
    expect(read('earlier in the month', '2025-10')).toEqual(['2025-10-01', '2025-10-30']);
    expect(read('yesterday', '2025-10')).toEqual(['2025-09-30', '2025-10-30']);
  });

  it('says when the wording covers no day before publication', () => {
    expect(read('earlier this month', '2025-10-01')).toMatch(/covers no day before a publication on 2025-10-01/);
  });

  it('absolute wording ignores the publication date', () => {
    expect(read('mid-October 2024', '2025-10-28')).toEqual(['2024-10-11', '2024-10-20']);
  });
});

describe('the range form', () => {
  it('covers its days, with open ends as infinities', () => {
    const range = (r: DayRange | undefined) => r && [r.start, r.end];
    expect(range(eventRange({ from: '2025-10-11', to: '2025-10-20' }))).toEqual([
      parseIsoDay('2025-10-11'),
      parseIsoDay('2025-10-20'),
    ]);
    expect(range(eventRange({ from: '2025-10-11' }))).toEqual([parseIsoDay('2025-10-11'), Infinity]);
    expect(range(eventRange({ to: '2025-10-11' }))).toEqual([-Infinity, parseIsoDay('2025-10-11')]);
    expect(eventRange(undefined)).toBeUndefined();
  });

  it('names what is wrong with a bad range', () => {
    expect(rangeProblem({})).toMatch(/needs "from", "to" or both/);
    expect(rangeProblem({ from: '2025-02-30', to: '2025-03-01' })).toMatch(/"from" must be a real day.*2025-02-30/);
    expect(rangeProblem({ from: '2025-10', to: '2025-11-01' })).toMatch(/YYYY-MM-DD/);
    expect(rangeProblem({ from: '2025-10-20', to: '2025-10-11' })).toMatch(/after "to".*swap/);
    expect(rangeProblem({ from: '2025-10-11', to: '2025-10-11' })).toBeUndefined();
  });

  it('keeps the wording next to the days it was read as', () => {
    const reading = readDate('mid-October 2025');
    if (!reading.ok) throw new Error(reading.reason);
    const form = toRangeForm(reading.range, 'mid-October 2025');
    expect(form).toEqual({ from: '2025-10-11', to: '2025-10-20', text: 'mid-October 2025' });
    expect(formatEventDate(form)).toBe('mid-October 2025 (2025-10-11/2025-10-20)');
    expect(formatEventDate({ from: '2009-01-01' })).toBe('2009-01-01/..');
    expect(formatEventDate('2025-10')).toBe('2025-10');
  });
});
