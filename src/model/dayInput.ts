// What a date field of the time bar accepts: one day, typed as 2025-10-20, or as "20 Oct 2025" / "October 20, 2025"
// (read by the dataset's own date rules). Anything else is refused with a reason that names it and the expected form.
import { isoDay, parseIsoDay, readDate } from './time';

export type DayInput = { ok: true; day: number } | { ok: false; reason: string };

export const DAY_FORM = 'YYYY-MM-DD (for example 2025-10-20) or 20 Oct 2025';

export function readDayInput(text: string): DayInput {
  const t = text.trim();
  if (/^\d{4}-\d{2}-\d{2}$/.test(t)) {
    const day = parseIsoDay(t);
    return day === undefined ? { ok: false, reason: `“${t}” is not a day on the calendar` } : { ok: true, day };
  }
  const read = readDate(t);
  if (read.ok && read.range.start === read.range.end) return { ok: true, day: read.range.start };
  if (read.ok && Number.isFinite(read.range.start) && Number.isFinite(read.range.end))
    return {
      ok: false,
      reason: `“${t}” is more than one day (${isoDay(read.range.start)} to ${isoDay(read.range.end)}); type one day as ${DAY_FORM}`,
    };
  return { ok: false, reason: `“${t}” does not read as a date; type it as ${DAY_FORM}` };
}
