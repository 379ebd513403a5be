// How a source is named in the UI: outlet and author where known, else its headline; and a short name for chains.
import type { Source } from '../model/schema';
import { NOT_GIVEN, SOURCE_KINDS, type SourceKind } from '../model/vocabulary';
import type { EarliestDay } from '../model/publication';
import { isoDay } from '../model/time';

export function sourceLabel(source: Source): string {
  const who = [source.outlet, source.author].filter(Boolean).join(', ');
  return who ? `${who}: “${source.title}”` : `“${source.title}”`;
}

/** Past this many characters a headline standing in for a name is shortened in chains (the full one is on hover). */
const SHORT_NAME = 48;

/** The name a chain shows: "ILKHA", "The Washington Post", "internal U.S. government documents". */
export function shortSourceName(source: Source | undefined, id: string): string {
  if (!source) return id;
  const name = source.outlet ?? source.author ?? source.title;
  if (name.length <= SHORT_NAME) return name;
  const cut = name.slice(0, SHORT_NAME);
  return `${cut.slice(0, cut.lastIndexOf(' ') > 20 ? cut.lastIndexOf(' ') : SHORT_NAME)}…`;
}

/** The full name behind a short one, for a tooltip and an accessible name. */
export function fullSourceName(source: Source | undefined, id: string): string {
  return source ? [source.outlet ?? source.author, source.title].filter(Boolean).join(': ') : id;
}

export function sourceKindLabel(kind: string): string {
  return SOURCE_KINDS[kind as SourceKind] ?? kind;
}

/**
 * A source named in full for a tooltip: who published it, when, and its headline. "The Washington Post, 2025-10-31:
 * “…”"; without a date, the earliest day it could have appeared ("not before 2025-10-26"), else "date not given".
 */
export function sourceInFull(source: Source, earliest: EarliestDay | undefined): string {
  const who = source.outlet ?? source.author ?? 'No outlet named';
  const when =
    source.published !== NOT_GIVEN
      ? source.published
      : earliest
        ? `not before ${isoDay(earliest.day)}`
        : `date ${NOT_GIVEN}`;
  return `${who}, ${when}: “${source.title}”`;
}
