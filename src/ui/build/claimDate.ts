// The date field of the claim editor, read as the time bar reads dates (model/time.ts): an ISO date, month or year
// is kept as it is; other wording ("mid-October 2025", "last week") becomes a range of days keeping the words.
import type { Source } from '../../model/schema';
import { NOT_GIVEN } from '../../model/vocabulary';
import { isoDay, isoRange, readDate, toRangeForm, type EventDate } from '../../model/time';

export type DateField =
  | { kind: 'none' }
  | { kind: 'read'; date: EventDate; dateText?: string; says: string }
  | { kind: 'unread'; reason: string };

const day = (n: number) => (Number.isFinite(n) ? isoDay(n) : '…');

export function readClaimDate(text: string, source: Source | undefined): DateField {
  const t = text.trim();
  if (!t) return { kind: 'none' };
  const published = source && source.published !== NOT_GIVEN ? isoRange(source.published) : undefined;
  const reading = readDate(t, published);
  if (!reading.ok) return { kind: 'unread', reason: reading.reason };
  const { start, end } = reading.range;
  const says = start === end ? `Read as ${day(start)}` : `Read as ${day(start)} to ${day(end)}`;
  if (isoRange(t)) return { kind: 'read', date: t, says };
  return { kind: 'read', date: toRangeForm(reading.range, t), dateText: t, says };
}
