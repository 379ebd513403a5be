// GEXF dynamics (1.1–1.3): when a node or edge exists, from start/end attributes, <spells>, inline "spells" and
// "timestamps", read as one span of days (the earliest start to the latest end). Only calendar times become days;
// GEXF's abstract numbers (timeformat "double", "integer") are not dates, so they are kept as text, with a warning.
import { parseIsoDay } from '../../model/time';
import type { Attributes, TimeSpan } from './types';
import { quote, type Warnings } from './shared';
import { childrenNamed, type XmlElement } from './xml';

/** The graph's clock: its time format and the span it declares, which bounds open spells. */
export interface GexfClock {
  calendar: boolean;
  span: TimeSpan;
  /** Abstract times are reported once per graph, not once per element. */
  warnedAbstract?: boolean;
}

/** One interval as written; undefined ends are open. */
type RawSpell = [string | undefined, string | undefined];

const TIME_ATTRIBUTES = ['start', 'end', 'startopen', 'endopen', 'timestamp', 'timestamps', 'spells'];
const TIME_CHILDREN = new Set(['spells', 'timestamps']);
const OPEN = new Set(['', '-inf', 'inf', '+inf', '-infinity', 'infinity']);

export function readClock(graph: XmlElement, warnings: Warnings): GexfClock {
  const format = (graph.attrs.get('timeformat') ?? '').trim().toLowerCase();
  const calendar = format === 'date' || format === 'datetime';
  const clock: GexfClock = { calendar, span: {} };
  for (const key of ['start', 'end'] as const) {
    const raw = graph.attrs.get(key);
    const day = raw === undefined ? undefined : dayOf(raw, clock);
    if (day) clock.span[key] = day;
  }
  if (format !== '' && !calendar && format !== 'double' && format !== 'integer' && format !== 'float')
    warnings.add(
      `The graph's timeformat ${quote(format)} is not one GEXF defines; times are read as dates where they are.`,
    );
  return clock;
}

/** "2009-01-05", or the day of "2009-01-05T10:00:00" (the day as written, whatever the time zone). */
function dayOf(raw: string, clock: GexfClock): string | undefined {
  const text = raw.trim();
  const m = /^(\d{4}-\d{2}-\d{2})(?:T[\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  // Without a declared format (GEXF's default is "double"), values written as ISO dates are still read as dates.
  if (!m || (!clock.calendar && !/^\d{4}-/.test(text))) return undefined;
  return parseIsoDay(m[1]!) === undefined ? undefined : m[1];
}

/** Intervals from the inline forms: spells="<[a, b]; [c, d]>" and timestamps="<[a; b]>". */
function inlineSpells(element: XmlElement): RawSpell[] {
  const spells: RawSpell[] = [];
  const inline = element.attrs.get('spells');
  if (inline !== undefined) {
    for (const m of inline.matchAll(/[[(]\s*([^,\])]*?)\s*,\s*([^\])]*?)\s*[\])]/g)) spells.push([m[1], m[2]]);
  }
  const stamps = element.attrs.get('timestamps');
  if (stamps !== undefined) {
    for (const stamp of stamps.replace(/[<>[\]()]/g, '').split(/[;,]/)) if (stamp.trim()) spells.push([stamp, stamp]);
  }
  return spells;
}

function rawSpells(element: XmlElement): RawSpell[] {
  const spells = inlineSpells(element);
  const at = (e: XmlElement, key: string, open: string) => e.attrs.get(key) ?? e.attrs.get(open);
  const start = at(element, 'start', 'startopen');
  const end = at(element, 'end', 'endopen');
  if (start !== undefined || end !== undefined) spells.push([start, end]);
  const stamp = element.attrs.get('timestamp');
  if (stamp !== undefined) spells.push([stamp, stamp]);
  for (const block of childrenNamed(element, 'spells')) {
    for (const spell of childrenNamed(block, 'spell'))
      spells.push([at(spell, 'start', 'startopen'), at(spell, 'end', 'endopen')]);
  }
  for (const block of childrenNamed(element, 'timestamps')) {
    for (const t of childrenNamed(block, 'timestamp')) {
      const value = t.attrs.get('value') ?? t.attrs.get('timestamp');
      if (value !== undefined) spells.push([value, value]);
    }
  }
  return spells;
}

/**
 * When the element exists, as one span of days; undefined when it has no time. Abstract (non-calendar) times come
 * back as `text` for the caller to keep as an attribute.
 */
function readTime(
  element: XmlElement,
  clock: GexfClock,
  what: string,
  warnings: Warnings,
): { span?: TimeSpan; text?: string } {
  // Most elements of most files carry no time: checked without building anything.
  if (!TIME_ATTRIBUTES.some((a) => element.attrs.has(a)) && !element.children.some((c) => TIME_CHILDREN.has(c.local)))
    return {};
  const spells = rawSpells(element);
  if (spells.length === 0) return {};
  let start: string | undefined = '';
  let end: string | undefined = '';
  for (const [rawStart, rawEnd] of spells) {
    const from = readEnd(rawStart, clock);
    const to = readEnd(rawEnd, clock);
    if (from === null || to === null) {
      const text = spells.map(([a, b]) => `[${a ?? ''}, ${b ?? ''}]`).join('; ');
      if (clock.calendar) warnings.add(`${what}: the time ${quote(text)} is not a date; kept as the attribute "time".`);
      else if (!clock.warnedAbstract) {
        clock.warnedAbstract = true;
        warnings.add('The graph\'s times are numbers, not dates (timeformat "double"): kept as the attribute "time".');
      }
      return { text };
    }
    // '' marks "no spell read yet"; undefined an open end, which stays open.
    start = start === '' ? from : start === undefined || from === undefined ? undefined : from < start ? from : start;
    end = end === '' ? to : end === undefined || to === undefined ? undefined : to > end ? to : end;
  }
  if (start !== undefined && end !== undefined && start > end) {
    warnings.add(`${what}: its time ends (${end}) before it starts (${start}); left undated.`);
    return {};
  }
  return { span: { ...(start ? { start } : {}), ...(end ? { end } : {}) } };
}

/** A day, undefined for an open end (bounded by the graph's span when it gives one), null when not a date. */
function readEnd(raw: string | undefined, clock: GexfClock): string | undefined | null {
  if (raw === undefined || OPEN.has(raw.trim().toLowerCase())) return undefined;
  return dayOf(raw, clock) ?? null;
}

/** Gives a node or edge its span of days (open ends bounded by the graph's span), or its abstract time as text. */
export function attachTime(
  item: { time?: TimeSpan; attributes: Attributes },
  element: XmlElement,
  clock: GexfClock,
  what: string,
  warnings: Warnings,
): void {
  const { span, text } = readTime(element, clock, what, warnings);
  if (text !== undefined) item.attributes.set('time', text);
  if (!span) return;
  const start = span.start ?? clock.span.start;
  const end = span.end ?? clock.span.end;
  if (start !== undefined || end !== undefined) item.time = { ...(start ? { start } : {}), ...(end ? { end } : {}) };
}
