import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { computeVisibility, NO_FILTERS, togglePick } from './filters';
import { FIXED_FACETS } from './facets';
import { datasetSchema, type Relation } from './schema';
import { parseIsoDay, isoDay, type DayRange } from './time';
import type { TimeFilter } from './timeFilter';
import { chronology, formatDayRange, type Chronology } from './chronology';
import { seededRandom } from './seededRandom';
import { miniDataset } from '../test/miniDataset';

const day = (iso: string) => parseIsoDay(iso)!;
const range = (from: string, to: string): DayRange => ({ start: day(from), end: day(to) });

/**
 * The mini story with dates chosen to exercise every rule: r7 has no known start, r4 is known only to the year,
 * r5 has no end, r9, r3 and r6 all start on 1 October (r9 ends first; r3 and r6 tie and go by id), r2 is
 * mid-October worded by the article, r1 one day; r8 has no date.
 */
function datedStory() {
  const data = miniDataset();
  const dates: Record<string, Relation['date']> = {
    r1: '2025-10-26',
    r2: { from: '2025-10-11', to: '2025-10-20', text: 'mid-October 2025' },
    r3: '2025-10',
    r4: '2025',
    r5: { from: '2025-09-01', text: 'since September 2025' },
  };
  for (const r of data.relations) r.date = dates[r.id];
  data.relations.find((r) => r.id === 'r2')!.dateText = 'mid-October, as article A puts it';
  const claims = [{ source: 'a', quote: 'Maduro sent a letter', status: 'reported' as const }];
  const extra = (id: string, date: Relation['date']) => ({
    id,
    type: 'visited',
    source: 'velasquez',
    target: 'russia',
    claims,
    ...(date === undefined ? {} : { date }),
  });
  data.relations.push(
    extra('r6', '2025-10'),
    extra('r7', { to: '2006-06-30', text: 'before July 2006' }),
    extra('r8', undefined),
    extra('r9', { from: '2025-10-01', to: '2025-10-05' }),
  );
  return buildGraph(datasetSchema.parse(data));
}

const order = (c: Chronology) => c.groups.flatMap((g) => g.items.map((i) => i.id));
const statuses = (c: Chronology) =>
  Object.fromEntries([...c.groups.flatMap((g) => g.items), ...c.undated].map((i) => [i.id, c.statusOf(i.id)]));

describe('chronology: order and groups', () => {
  const graph = datedStory();
  const all = new Set(graph.edges());
  const c = chronology(graph, all);

  it('orders dated relations by first day, then last day, then id, and lists the undated apart', () => {
    expect(order(c)).toEqual(['r7', 'r4', 'r5', 'r9', 'r3', 'r6', 'r2', 'r1']);
    expect(c.undated.map((i) => i.id)).toEqual(['r8']);
  });

  it('groups by the year or month each starts in, in the same order', () => {
    expect(c.groups.map((g) => [g.heading, g.items.map((i) => i.id)])).toEqual([
      ['No known start', ['r7']],
      ['2025', ['r4']],
      ['September 2025', ['r5']],
      ['October 2025', ['r9', 'r3', 'r6', 'r2', 'r1']],
    ]);
  });

  it('gives each item its days in words, the wording of the articles, and its reading', () => {
    const byId = new Map([...c.groups.flatMap((g) => g.items), ...c.undated].map((i) => [i.id, i]));
    expect(byId.get('r1')).toMatchObject({
      when: '26 Oct 2025',
      label: '2025-10-26',
      reading: 'Nicolás Maduro — wrote — Letter to Putin',
    });
    expect(byId.get('r2')).toMatchObject({ when: '11–20 Oct 2025', label: 'mid-October, as article A puts it' });
    expect(byId.get('r5')).toMatchObject({ when: 'since Sep 2025', label: 'since September 2025 (2025-09-01/..)' });
    expect(byId.get('r7')!.when).toBe('until Jun 2006');
    expect(byId.get('r8')).toMatchObject({ range: null, when: '', label: '' });
  });
});

describe('chronology: what the window and the filters let through', () => {
  const graph = datedStory();
  const time: TimeFilter = { from: day('2025-10-15'), to: day('2025-10-31'), mode: 'happened', showUndated: false };

  it('without a window, every shown relation is "shown"', () => {
    const s = statuses(chronology(graph, computeVisibility(graph, NO_FILTERS).edges));
    expect(Object.values(s).every((status) => status === 'shown')).toBe(true);
  });

  it('tells what lies outside the window from what the other filters hide', () => {
    const filters = { ...togglePick(NO_FILTERS, FIXED_FACETS.relationType, 'visited'), time };
    const s = statuses(chronology(graph, computeVisibility(graph, filters).edges, time));
    expect(s).toEqual({
      // Overlap 15–31 October and are visits.
      r6: 'shown',
      // Outside the window: before July 2006, 1–5 October, no date (undated are left out by this window).
      r7: 'outside-window',
      r9: 'outside-window',
      r8: 'outside-window',
      // In the window, but not visits.
      r1: 'filtered',
      r2: 'filtered',
      r3: 'filtered',
      r4: 'filtered',
      r5: 'filtered',
    });
  });
});

describe('formatDayRange', () => {
  it.each([
    [range('2025-10-26', '2025-10-26'), '26 Oct 2025'],
    [range('2025-10-11', '2025-10-20'), '11–20 Oct 2025'],
    [range('2025-09-25', '2025-10-03'), '25 Sep – 3 Oct 2025'],
    [range('2025-12-30', '2026-01-02'), '30 Dec 2025 – 2 Jan 2026'],
    [range('2024-02-01', '2024-02-29'), 'Feb 2024'],
    [range('2025-09-01', '2025-12-31'), 'Sep–Dec 2025'],
    [range('2006-09-01', '2008-12-31'), 'Sep 2006 – Dec 2008'],
    [range('2025-01-01', '2025-12-31'), '2025'],
    [range('2000-01-01', '2003-12-31'), '2000–2003'],
    [{ start: day('2013-01-01'), end: Infinity }, 'since 2013'],
    [{ start: day('2025-10-11'), end: Infinity }, 'since 11 Oct 2025'],
    [{ start: -Infinity, end: day('2006-06-30') }, 'until Jun 2006'],
    [{ start: -Infinity, end: day('2006-12-31') }, 'until 2006'],
    [{ start: -Infinity, end: Infinity }, 'any time'],
  ])('%o reads "%s"', (r, words) => {
    expect(formatDayRange(r)).toBe(words);
  });
});

describe('chronology: groups never repeat, whatever the dates', () => {
  it('keeps every group in one piece over random ranges (open ends, years, months, days)', () => {
    const random = seededRandom(13);
    const data = miniDataset();
    const base = data.relations[0]!;
    data.relations = [];
    const pick = <T>(xs: T[]) => xs[Math.floor(random() * xs.length)]!;
    for (let i = 0; i < 400; i++) {
      const first = day('2024-01-01') + Math.floor(random() * 900);
      const last = first + pick([0, 3, 40, 400]);
      const date: Relation['date'] = pick([
        isoDay(first).slice(0, 4),
        isoDay(first).slice(0, 7),
        isoDay(first),
        { from: isoDay(first), to: isoDay(last) },
        { from: isoDay(first) },
        { to: isoDay(last) },
      ]);
      data.relations.push({ ...base, id: `x${i}`, date });
    }
    const graph = buildGraph(datasetSchema.parse(data));
    const c = chronology(graph, new Set(graph.edges()));
    const keys = c.groups.map((g) => g.key);
    expect(new Set(keys).size).toBe(keys.length);
    const items = c.groups.flatMap((g) => g.items);
    expect(items).toHaveLength(400);
    for (let i = 1; i < items.length; i++) {
      const [a, b] = [items[i - 1]!.range!, items[i]!.range!];
      expect(a.start < b.start || (a.start === b.start && a.end <= b.end)).toBe(true);
    }
  });
});
