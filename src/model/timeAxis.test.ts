import { describe, expect, it } from 'vitest';
import { dayNumber, parseIsoDay } from './time';
import { axisTicks, focusSpan, outside, padded } from './timeAxis';

const day = (iso: string) => parseIsoDay(iso)!;
const on = (iso: string) => ({ start: day(iso), end: day(iso) });

describe('the span a time bar opens on', () => {
  it('is where most items crowd, widened to the last day of those in it', () => {
    const items = [
      { start: -Infinity, end: day('2006-06-30') },
      { start: day('2000-01-01'), end: Infinity },
      on('2006-07-15'),
      ...Array.from({ length: 10 }, () => ({ start: day('2025-01-01'), end: day('2025-12-31') })),
      ...['2025-10-01', '2025-10-05', '2025-10-12', '2025-10-26'].map(on),
    ];
    expect(focusSpan(items)).toEqual({ start: day('2025-01-01'), end: day('2025-12-31') });
    expect(outside(items, padded(focusSpan(items)!))).toEqual({ before: 2, after: 0 });
  });

  it('opens on a crowd of most, not nearly all, of the items', () => {
    // Eight old dates spread over two decades and thirteen in one year (the bundled story's shape): the year.
    const old = ['2000-01-01', '2003-06-01', '2006-06-30', '2006-07-01', '2006-07-15', '2006-09-01', '2013-01-01'];
    const items = [
      ...old.map(on),
      on('2019-09-25'),
      { start: day('2025-01-01'), end: day('2025-12-31') },
      ...Array.from({ length: 12 }, (_, i) => on(`2025-10-${String(i + 10)}`)),
    ];
    expect(focusSpan(items)).toEqual({ start: day('2025-01-01'), end: day('2025-12-31') });
    // Half of them in the crowd is not enough to open on the crowd alone.
    expect(focusSpan([...old.map(on), on('2019-09-25'), ...items.slice(8, 16)])!.start).toBeLessThan(day('2025-01-01'));
  });

  it('takes in items near the crowd and is left out when the crowd is most of the span anyway', () => {
    const crowd = ['2025-10-01', '2025-10-02', '2025-10-03', '2025-10-04', '2025-10-05', '2025-10-06'].map(on);
    // A week later is near a week-wide crowd (within a month); 2020 is not.
    expect(focusSpan([...crowd, on('2025-10-13'), on('2020-01-01')])).toEqual({
      start: day('2025-10-01'),
      end: day('2025-10-13'),
    });
    expect(focusSpan([...crowd, on('2025-09-01')])).toBeUndefined();
    expect(focusSpan([on('2025-10-01')])).toBeUndefined();
  });
});

describe('the axis ticks', () => {
  it('mark months on a year, January named by its year', () => {
    const ticks = axisTicks({ start: day('2024-12-25'), end: day('2026-01-07') }, 600);
    expect(ticks.map((t) => t.label)).toEqual([
      '2025',
      'Feb',
      'Mar',
      'Apr',
      'May',
      'Jun',
      'Jul',
      'Aug',
      'Sep',
      'Oct',
      'Nov',
      'Dec',
      '2026',
    ]);
    expect(ticks[9]!.day).toBe(dayNumber(2025, 10, 1));
  });

  it('mark days on a month when there is room, and fewer when there is not', () => {
    const october = { start: day('2025-10-01'), end: day('2025-10-31') };
    expect(
      axisTicks(october, 31 * 50)
        .map((t) => t.label)
        .slice(0, 3),
    ).toEqual(['Oct', '2', '3']);
    expect(axisTicks(october, 31 * 8).map((t) => t.label)).toEqual(['Oct', '8', '15', '22']);
  });

  it('mark years, then decades, on long spans', () => {
    const long = { start: day('1999-06-25'), end: day('2026-07-09') };
    const ticks = axisTicks(long, 600).map((t) => t.label);
    expect(ticks[0]).toBe('2000');
    expect(ticks.every((t) => /^\d{4}$/.test(t))).toBe(true);
    // At least 36 pixels between labels.
    expect(ticks.length).toBeLessThanOrEqual(600 / 36 + 1);
    // Ten years take 48 pixels on 130.
    expect(axisTicks(long, 130).map((t) => t.label)).toEqual(['2000', '2010', '2020']);
  });
});
