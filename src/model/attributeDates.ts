// Dates for imported graphs from an attribute the user picks ("date", "year", "start" and "end"...), read by the
// same rules as the dataset's own dates. Values that do not read stay undated, each with its reason.
import type { Relation } from './schema';
import { isoRange, readDate, toRangeForm, type DateReading, type EventDate } from './time';
import { runAtOnce, runInSlices, type SlicedWork } from './timeSlices';

type Value = string | number | boolean | undefined;

/** A four-digit whole number is a year; any other number is not taken for a date (a count? a timestamp?). */
function readValue(value: Value): DateReading | undefined {
  if (value === undefined || value === '') return undefined;
  if (typeof value === 'number') {
    return Number.isInteger(value) && value >= 1000 && value <= 9999
      ? readDate(String(value))
      : { ok: false, reason: `the number ${value} is not a year, and other numbers are not read as dates` };
  }
  if (typeof value === 'boolean') return { ok: false, reason: `${value} is not a date` };
  return readDate(value);
}

export interface AttributeDates {
  /** The relations, those with a readable value dated by it (a relation's own date gives way to the picked one). */
  relations: Relation[];
  dated: number;
  /** Relations whose value did not read as a date, and why. */
  unread: { id: string; reason: string }[];
}

/** Dates relations from one attribute, or from a start and an end attribute (from the start's first day to the end's last). */
export function datesFromAttribute(relations: readonly Relation[], start: string, end?: string): AttributeDates {
  const unread: AttributeDates['unread'] = [];
  let dated = 0;
  const out = relations.map((relation) => {
    const first = readValue(relation.attributes?.[start]);
    const last = end === undefined ? first : readValue(relation.attributes?.[end]);
    if (!first && !last) return relation;
    const failed = [first, last].find((r) => r && !r.ok);
    if (failed && !failed.ok) {
      unread.push({ id: relation.id, reason: failed.reason });
      return relation;
    }
    const from = first?.ok ? first.range.start : -Infinity;
    const to = last?.ok ? last.range.end : Infinity;
    if (from > to) {
      unread.push({ id: relation.id, reason: `it ends before it starts (${String(relation.attributes?.[end!])})` });
      return relation;
    }
    dated++;
    const raw = relation.attributes?.[start];
    // An ISO value read alone stays as written; anything else becomes a range that keeps its wording.
    const date: EventDate =
      end === undefined && typeof raw === 'string' && isoRange(raw)
        ? raw
        : toRangeForm({ start: from, end: to }, end === undefined ? String(raw) : undefined);
    return { ...relation, date };
  });
  return { relations: out, dated, unread };
}

/** Attributes whose values mostly read as dates (checked on up to `sample` relations that have them): what to offer. */
export function dateLikeAttributes(relations: readonly Relation[], sample = 200): string[] {
  return sample === SAMPLE
    ? (found.get(relations) ?? runAtOnce(dateLikeSteps(relations)))
    : runAtOnce(dateLikeSteps(relations, sample));
}

const SAMPLE = 200;
/** dateLikeAttributes' answers for the default sample, by relation list (made in slices ahead of need). */
const found = new WeakMap<readonly Relation[], string[]>();

/** dateLikeAttributes in slices, kept for the list: at 400,000 relations one pass held the page for 100-250 ms. */
export async function prepareDateLikeAttributesInSlices(relations: readonly Relation[]): Promise<void> {
  if (!found.has(relations)) found.set(relations, await runInSlices(dateLikeSteps(relations)));
}

function* dateLikeSteps(relations: readonly Relation[], sample = SAMPLE): SlicedWork<string[]> {
  const seen = new Map<string, { tried: number; read: number }>();
  for (let i = 0; i < relations.length; i++) {
    if (i % 2048 === 2047) yield;
    const attributes = relations[i]!.attributes;
    if (!attributes) continue;
    for (const name in attributes) {
      const tally = seen.get(name) ?? { tried: 0, read: 0 };
      // Enough read of this one: nothing more to learn from its values.
      if (tally.tried >= sample) continue;
      const reading = readValue(attributes[name]);
      if (!reading) continue;
      tally.tried++;
      if (reading.ok) tally.read++;
      seen.set(name, tally);
    }
  }
  return [...seen].filter(([, t]) => t.read * 2 > t.tried).map(([name]) => name);
}
