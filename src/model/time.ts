// Event time as a range of days. Dates are read into inclusive ranges of UTC day numbers (whole days since
// 1970-01-01, so a day is an integer and ranges compare as numbers); an open end is -Infinity or +Infinity.
// Fuzzy wording is read by fixed rules (see docs/data-format.md, "Dates"); wording the rules do not cover gets a
// reason, never a guess.

export interface DayRange {
  /** First day, inclusive (-Infinity: no known start). */
  start: number;
  /** Last day, inclusive (+Infinity: no known end). */
  end: number;
}

/** The range form of a relation's date: ISO days; `text` keeps the wording it was read from. */
export interface DateRangeForm {
  from?: string;
  to?: string;
  text?: string;
}

/** A relation's `date`: an ISO date, month or year, or a range. */
export type EventDate = string | DateRangeForm;

export type DateReading = { ok: true; range: DayRange } | { ok: false; reason: string };

const DAY_MS = 86_400_000;

// Calendar arithmetic without Date objects (days from the civil calendar, H. Hinnant's method): a big imported
// graph parses hundreds of thousands of dates.
export function dayNumber(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/** "2025-10-26" for a day number. */
export function isoDay(day: number): string {
  return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function daysInMonth(year: number, month: number): number {
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  return month === 2 && leap ? 29 : MONTH_DAYS[month - 1]!;
}

function monthRange(year: number, month: number): DayRange {
  return { start: dayNumber(year, month, 1), end: dayNumber(year, month, daysInMonth(year, month)) };
}

function yearRange(year: number): DayRange {
  return { start: dayNumber(year, 1, 1), end: dayNumber(year, 12, 31) };
}

/** Year, month and day of a day number. */
export function partsOf(day: number): [number, number, number] {
  const d = new Date(day * DAY_MS);
  return [d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate()];
}

function realDay(year: number, month: number, day: number): number | undefined {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)
    ? dayNumber(year, month, day)
    : undefined;
}

/** The day of an ISO "YYYY-MM-DD" that exists on the calendar; undefined otherwise (2025-02-30 included). */
export function parseIsoDay(text: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? realDay(Number(m[1]), Number(m[2]), Number(m[3])) : undefined;
}

/** The range an ISO date, month or year covers: "2025" the year, "2025-10" the month, "2025-10-26" the day. */
export function isoRange(text: string): DayRange | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(text);
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[2] === undefined) return yearRange(year);
  const month = Number(m[2]);
  if (month < 1 || month > 12) return undefined;
  if (m[3] === undefined) return monthRange(year, month);
  const day = realDay(year, month, Number(m[3]));
  return day === undefined ? undefined : { start: day, end: day };
}

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_NAME =
  '(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)';
const monthOf = (name: string) => MONTHS.indexOf(name.slice(0, 3)) + 1;

/** Which part of a month or year "early", "mid" and "late" mean. */
type Part = 'early' | 'mid' | 'late';
const PART = '(early|mid|middle of|late|end of)';
const partOf = (word: string): Part => (word === 'middle of' ? 'mid' : word === 'end of' ? 'late' : (word as Part));

/** Early: days 1–10, mid: 11–20, late: 21 to the month's end. */
function partOfMonth(year: number, month: number, part: Part): DayRange {
  const last = daysInMonth(year, month);
  const [first, final] = part === 'early' ? [1, 10] : part === 'mid' ? [11, 20] : [21, last];
  return { start: dayNumber(year, month, first), end: dayNumber(year, month, final) };
}

/** Early: January–April, mid: May–August, late: September–December. */
function partOfYear(year: number, part: Part): DayRange {
  const [first, final] = part === 'early' ? [1, 4] : part === 'mid' ? [5, 8] : [9, 12];
  return { start: dayNumber(year, first, 1), end: monthRange(year, final).end };
}

/** A decade ("the 2000s"): early is its years 0–3, mid 4–6, late 7–9. */
function partOfDecade(decade: number, part: Part | undefined): DayRange {
  const [first, final] = part === 'early' ? [0, 3] : part === 'mid' ? [4, 6] : part === 'late' ? [7, 9] : [0, 9];
  return { start: yearRange(decade + first).start, end: yearRange(decade + final).end };
}

function normalise(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[\u2010-\u2015]/g, '-')
      .replace(/[\u2018\u2019\u201c\u201d"]/g, '')
      .replace(/\s+/g, ' ')
      .replace(/[.,;:!?]+$/, '')
      // "Oct. 2025": an abbreviation's full stop.
      .replace(/([a-z])\. /g, '$1 ')
      .replace(/^(in|on|during|around) /, '')
      .replace(/^the /, '')
      .trim()
  );
}

/** Readings that need no context: absolute dates and spans between them ("since 2013", "end of 2006 to 2008"). */
function readAbsolute(t: string): DayRange | undefined {
  const span =
    /^(since|before|after|from) (.+?)(?: (?:to|until) (.+))?$/.exec(t) ?? /^()(.+?) (?:to|until) (.+)$/.exec(t);
  if (!span) return readPoint(t);
  const [, word, first, last] = span;
  const a = readPoint(first!);
  const b = last === undefined ? undefined : readPoint(last);
  if (!a || (last !== undefined && !b) || (word !== 'from' && word !== '' && last !== undefined)) return undefined;
  if (word === 'before') return { start: -Infinity, end: a.start - 1 };
  if (word === 'after') return { start: a.end + 1, end: Infinity };
  if (!b) return word === 'since' ? { start: a.start, end: Infinity } : undefined;
  return a.start <= b.end ? { start: a.start, end: b.end } : undefined;
}

/** One date, with or without a part of the month or year. */
function readPoint(text: string): DayRange | undefined {
  const t = text.replace(/^the /, '');
  const iso = isoRange(t);
  if (iso) return iso;
  let m = new RegExp(`^${PART}[ -]${MONTH_NAME},? (\\d{4})$`).exec(t);
  if (m) return partOfMonth(Number(m[3]), monthOf(m[2]!), partOf(m[1]!));
  m = new RegExp(`^${MONTH_NAME},? (\\d{4})$`).exec(t);
  if (m) return monthRange(Number(m[2]), monthOf(m[1]!));
  m = new RegExp(`^(\\d{1,2}) ${MONTH_NAME},? (\\d{4})$`).exec(t);
  if (m) return single(realDay(Number(m[3]), monthOf(m[2]!), Number(m[1])));
  m = new RegExp(`^${MONTH_NAME} (\\d{1,2}),? (\\d{4})$`).exec(t);
  if (m) return single(realDay(Number(m[3]), monthOf(m[1]!), Number(m[2])));
  m = new RegExp(`^${PART}[ -](\\d{4})$`).exec(t);
  if (m) return partOfYear(Number(m[2]), partOf(m[1]!));
  m = new RegExp(`^(?:${PART}[ -])?(\\d{3}0)'?s$`).exec(t);
  if (m) return partOfDecade(Number(m[2]), m[1] === undefined ? undefined : partOf(m[1]));
  return undefined;
}

const single = (day: number | undefined): DayRange | undefined =>
  day === undefined ? undefined : { start: day, end: day };

/** Readings against one publication day `p`; undefined when the wording is not one of them. */
function readRelative(t: string, p: number): DayRange | null | undefined {
  const [year, month] = partsOf(p);
  const monthStart = dayNumber(year, month, 1);
  const yearStart = dayNumber(year, 1, 1);
  // Monday of the publication's week (ISO weeks start on Monday; 1970-01-01 was a Thursday).
  const weekStart = p - ((((p + 3) % 7) + 7) % 7);
  const upTo = (start: number, end: number) => (start <= end ? { start, end } : null);
  switch (t) {
    case 'today':
      return { start: p, end: p };
    case 'yesterday':
      return { start: p - 1, end: p - 1 };
    case 'this week':
      return { start: weekStart, end: p };
    case 'last week':
      return { start: weekStart - 7, end: weekStart - 1 };
    case 'this month':
      return { start: monthStart, end: p };
    case 'earlier this month':
    case 'earlier in the month':
      return upTo(monthStart, p - 1);
    case 'last month':
      return month === 1 ? monthRange(year - 1, 12) : monthRange(year, month - 1);
    case 'this year':
      return { start: yearStart, end: p };
    case 'earlier this year':
    case 'earlier in the year':
      return upTo(yearStart, p - 1);
    case 'last year':
      return yearRange(year - 1);
  }
  // A month without a year ("mid-October"): the latest such period that began on or before publication.
  const m = new RegExp(`^(?:${PART}[ -])?${MONTH_NAME}$`).exec(t);
  if (!m) return undefined;
  const named = monthOf(m[2]!);
  const periodIn = (y: number) => (m[1] ? partOfMonth(y, named, partOf(m[1])) : monthRange(y, named));
  const thisYear = periodIn(year);
  return thisYear.start <= p ? thisYear : periodIn(year - 1);
}

/**
 * Reads a date as written: ISO forms, "October 2025", "26 October 2025", "mid-October 2025", "early 2025",
 * "the early 2000s"; and, read against the publication date, "earlier this month", "last week", "this year",
 * "mid-October" (no year). A publication known only as a month or year gives the widest reading over its days.
 */
export function readDate(text: string, published?: DayRange): DateReading {
  const t = normalise(text);
  if (t === '') return { ok: false, reason: 'the date is empty' };
  const absolute = readAbsolute(t);
  if (absolute) return { ok: true, range: absolute };
  if (readRelative(t, 0) === undefined)
    return { ok: false, reason: `"${text}" is not a date wording this reader knows (see docs/data-format.md, Dates)` };
  if (!published || !Number.isFinite(published.start) || !Number.isFinite(published.end))
    return { ok: false, reason: `"${text}" is relative: it needs the publication date of the source that says it` };
  // Every reading moves forward with the publication day, so the first and last possible days bound them all.
  const readings = [readRelative(t, published.start), readRelative(t, published.end)].filter((r) => r);
  if (readings.length === 0)
    return { ok: false, reason: `"${text}" covers no day before a publication on ${isoDay(published.start)}` };
  return {
    ok: true,
    range: { start: Math.min(...readings.map((r) => r!.start)), end: Math.max(...readings.map((r) => r!.end)) },
  };
}

/** The range a validated event date covers; undefined for no date. */
export function eventRange(date: EventDate | undefined): DayRange | undefined {
  if (date === undefined) return undefined;
  if (typeof date === 'string') return isoRange(date);
  const start = date.from === undefined ? -Infinity : parseIsoDay(date.from);
  const end = date.to === undefined ? Infinity : parseIsoDay(date.to);
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** What is wrong with a range form, in words that say how to fix it; undefined when it is sound. */
export function rangeProblem(form: DateRangeForm): string | undefined {
  if (form.from === undefined && form.to === undefined) return 'a date range needs "from", "to" or both';
  for (const key of ['from', 'to'] as const) {
    const value = form[key];
    if (value !== undefined && parseIsoDay(value) === undefined)
      return `"${key}" must be a real day written as YYYY-MM-DD (got "${value}")`;
  }
  if (form.from !== undefined && form.to !== undefined && form.from > form.to)
    return `"from" (${form.from}) is after "to" (${form.to}): swap them`;
  return undefined;
}

/** The range form of a reading, keeping the words it was read from. */
export function toRangeForm(range: DayRange, text?: string): DateRangeForm {
  return {
    ...(Number.isFinite(range.start) ? { from: isoDay(range.start) } : {}),
    ...(Number.isFinite(range.end) ? { to: isoDay(range.end) } : {}),
    ...(text === undefined ? {} : { text }),
  };
}

/** A date for people and for attribute columns: the ISO string, or "2025-10-11/2025-10-20" (".." for an open end). */
export function formatEventDate(date: EventDate): string {
  if (typeof date === 'string') return date;
  const span = `${date.from ?? '..'}/${date.to ?? '..'}`;
  return date.text ? `${date.text} (${span})` : span;
}
