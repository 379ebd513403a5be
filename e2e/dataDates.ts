// The days a dataset's `date` covers, read by the rule docs/data-format.md states ("Dates": an ISO year, month or
// day is the whole of it; a range runs from `from` to `to`, both inclusive, either open), written here apart from
// the app's date code so the browser tests can check that code against it.

const MS_PER_DAY = 86_400_000;

/** A day as a number of days since 1970-01-01 (UTC), the unit the time window's hook takes. */
export const dayNumber = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / MS_PER_DAY;

/** The ISO day ("YYYY-MM-DD") of a day number. */
export const isoOf = (day: number): string => new Date(day * MS_PER_DAY).toISOString().slice(0, 10);

/** First and last day covered, as day numbers; an open end is -Infinity or Infinity. */
export interface Days {
  first: number;
  last: number;
}

type DataDate = string | { from?: string; to?: string } | null | undefined;

export function daysOf(date: DataDate): Days | undefined {
  if (date === undefined || date === null) return undefined;
  if (typeof date !== 'string') {
    return {
      first: date.from === undefined ? -Infinity : dayNumber(date.from),
      last: date.to === undefined ? Infinity : dayNumber(date.to),
    };
  }
  const [year, month, day] = date.split('-').map(Number) as [number, number?, number?];
  if (day !== undefined) return { first: dayNumber(date), last: dayNumber(date) };
  // The whole month or year: up to the day before the next one begins.
  if (month !== undefined)
    return { first: Date.UTC(year, month - 1, 1) / MS_PER_DAY, last: Date.UTC(year, month, 1) / MS_PER_DAY - 1 };
  return { first: Date.UTC(year, 0, 1) / MS_PER_DAY, last: Date.UTC(year + 1, 0, 1) / MS_PER_DAY - 1 };
}
