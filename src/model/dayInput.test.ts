import { describe, expect, it } from 'vitest';
import { dayNumber } from './time';
import { readDayInput } from './dayInput';

describe('a day typed in a time-bar date field', () => {
  it('reads ISO days and written days', () => {
    const oct20 = dayNumber(2025, 10, 20);
    for (const text of ['2025-10-20', ' 2025-10-20 ', '20 Oct 2025', '20 October 2025', 'October 20, 2025'])
      expect(readDayInput(text)).toEqual({ ok: true, day: oct20 });
  });

  it('refuses what does not read, naming the value and the expected form', () => {
    for (const text of ['mm/dd/202025', '202025-10-20', '2025-1-5', 'soon', '10/20/2025']) {
      const read = readDayInput(text);
      expect(read.ok).toBe(false);
      if (!read.ok) {
        expect(read.reason).toContain(`“${text}”`);
        expect(read.reason).toContain('YYYY-MM-DD');
      }
    }
    const feb30 = readDayInput('2025-02-30');
    expect(feb30.ok === false && feb30.reason).toBe('“2025-02-30” is not a day on the calendar');
    const month = readDayInput('October 2025');
    expect(month.ok === false && month.reason).toContain('is more than one day (2025-10-01 to 2025-10-31)');
  });
});
