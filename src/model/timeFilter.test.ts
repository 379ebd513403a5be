import { describe, expect, it } from 'vitest';
import { buildGraph } from './graph';
import { computeVisibility, NO_FILTERS, type Filters } from './filters';
import { FIXED_FACETS } from './facets';
import { datasetSchema, type Relation, type Source } from './schema';
import { parseIsoDay, eventRange } from './time';
import { buildTimeIndex, claimsKnown, selectByTime, timeIndexOf, timeView, type TimeFilter } from './timeFilter';
import { seededRandom } from './seededRandom';
import { miniDataset } from '../test/miniDataset';
import { datedMiniStory } from '../test/datedMiniStory';

/** Article B some day in November 2025 (so it could be out from 1 November); see datedMiniStory.ts. */
const datedStory = (bPublished = '2025-11') => datedMiniStory(bPublished);

const day = (iso: string) => parseIsoDay(iso)!;
const window = (from: string, to: string, mode: TimeFilter['mode'], showUndated = false): TimeFilter => ({
  from: day(from),
  to: day(to),
  mode,
  showUndated,
});
const shown = (graph: ReturnType<typeof datedStory>, time: TimeFilter, rest: Partial<Filters> = {}) =>
  [...computeVisibility(graph, { ...NO_FILTERS, time, ...rest }).edges].sort();

describe('"happened": relations whose dates overlap the window', () => {
  const graph = datedStory();

  it.each([
    ['2025-10-21', '2025-10-31', false, ['r1', 'r3', 'r5']],
    ['2025-10-01', '2025-10-10', false, ['r3', 'r5']],
    ['2025-10-01', '2025-10-10', true, ['r3', 'r4', 'r5']],
    ['2025-10-20', '2025-10-20', false, ['r2', 'r3', 'r5']],
    ['2025-08-01', '2025-08-31', false, []],
    ['2025-08-01', '2025-08-31', true, ['r4']],
    ['2030-01-01', '2030-12-31', false, ['r5']],
  ])('%s to %s (undated shown: %s)', (from, to, showUndated, expected) => {
    expect(shown(graph, window(from, to, 'happened', showUndated))).toEqual(expected);
  });

  it('shows an entity while one of its relations is in the window', () => {
    const visible = computeVisibility(graph, {
      ...NO_FILTERS,
      time: window('2025-08-01', '2025-08-31', 'happened', true),
    });
    const ends = new Set(graph.extremities('r4'));
    // Only r4 (undated, shown) is in: its two ends show, every other entity with relations hides.
    expect([...visible.nodes].filter((n) => graph.degree(n) > 0).sort()).toEqual([...ends].sort());
  });

  it('agrees with reading each relation on its own', () => {
    const index = timeIndexOf(graph);
    const relations = graph.mapEdges((_k, r) => r);
    for (const [from, to] of [
      ['2025-09-15', '2025-10-12'],
      ['2025-10-27', '2025-11-02'],
    ] as const) {
      const picked = selectByTime(index, window(from, to, 'happened'));
      const overlapping = relations.map((r) => {
        const range = eventRange(r.date);
        return range !== undefined && range.start <= day(to) && range.end >= day(from) ? 1 : 0;
      });
      expect([...picked]).toEqual(overlapping);
    }
  });
});

describe('"known by": only claims whose article was out by the end of the window', () => {
  const graph = datedStory();

  it('shows nothing before the first article and everything once both are out', () => {
    expect(shown(graph, window('2025-01-01', '2025-10-29', 'known-by'))).toEqual([]);
    expect(shown(graph, window('2025-01-01', '2025-11-30', 'known-by'))).toEqual(graph.edges().sort());
  });

  it("on the day article A came out, shows what A says, whatever the relations' own dates", () => {
    // From the window's start does not matter: what was known by its end is what counts.
    expect(shown(graph, window('2025-10-30', '2025-10-30', 'known-by'))).toEqual(['r1', 'r2', 'r4']);
    expect(shown(graph, window('2020-01-01', '2025-10-30', 'known-by'))).toEqual(['r1', 'r2', 'r4']);
  });

  it('a month of publication counts from its first day, when the article could have been out: B from 1 November', () => {
    expect(shown(graph, window('2025-10-01', '2025-10-31', 'known-by'))).toEqual(['r1', 'r2', 'r4']);
    expect(shown(graph, window('2025-11-01', '2025-11-01', 'known-by'))).toEqual(graph.edges().sort());
  });

  it('an article without a date counts from the day its text allows, or from a later one it retells', () => {
    const data = miniDataset();
    // B gives no date but tells 2 November as past; A (cited by nobody here) stays dated 30 October.
    data.sources![1]!.notBefore = '2025-11-02';
    const bounded = buildGraph(datasetSchema.parse(data));
    expect(shown(bounded, window('2025-11-01', '2025-11-01', 'known-by'))).toEqual(['r1', 'r2', 'r4']);
    expect(shown(bounded, window('2025-11-02', '2025-11-02', 'known-by'))).toEqual(bounded.edges().sort());
  });

  it('keeps per relation only the claims known, and counts origins and articles from them', () => {
    const early = timeView(graph, window('2025-10-30', '2025-10-30', 'known-by'));
    const late = timeView(graph, window('2025-11-30', '2025-11-30', 'known-by'));
    const r4 = graph.getEdgeAttributes('r4');
    expect(early.asKnown(r4).claims.map((c) => c.source)).toEqual(['a']);
    // A rests on the documents; B's claim adds the officials: one origin, then two.
    expect(early.evidence(early.asKnown(r4)).origins).toEqual(['docs']);
    expect(late.evidence(late.asKnown(r4)).origins.sort()).toEqual(['docs', 'officials']);
    expect(late.asKnown(r4)).toBe(r4);
    const r2 = graph.getEdgeAttributes('r2');
    expect(early.evidence(early.asKnown(r2)).articles).toBe(1);
    expect(claimsKnown(r2, timeIndexOf(graph), window('2025-10-30', '2025-10-30', 'known-by'))).toEqual([0]);
  });

  it('corroboration and source picks follow the claims still present', () => {
    const twoOrigins: Partial<Filters> = { minCorroboration: 2 };
    expect(shown(graph, window('2025-10-01', '2025-10-30', 'known-by'), twoOrigins)).toEqual([]);
    // B cites the documents and the officials, so its own claims (r3, r5) have two origins; r4 gets its second
    // from B's claim through the officials.
    expect(shown(graph, window('2025-10-01', '2025-11-30', 'known-by'), twoOrigins)).toEqual(['r3', 'r4', 'r5']);
    const fromB: Partial<Filters> = { picks: new Map([[FIXED_FACETS.source, ['b']]]) };
    expect(shown(graph, window('2025-10-01', '2025-10-30', 'known-by'), fromB)).toEqual([]);
    expect(shown(graph, window('2025-10-01', '2025-11-30', 'known-by'), fromB)).toEqual(['r2', 'r3', 'r4', 'r5']);
  });

  it('counts claims of an article without a publication date only when asked to', () => {
    const undatedB = datedStory('not given');
    const late = window('2025-01-01', '2026-12-31', 'known-by');
    expect(shown(undatedB, late)).toEqual(['r1', 'r2', 'r4']);
    expect(shown(undatedB, { ...late, showUndated: true })).toEqual(undatedB.edges().sort());
    expect(shown(undatedB, { ...window('2025-01-01', '2025-10-29', 'known-by'), showUndated: true })).toEqual([
      'r2',
      'r3',
      'r4',
      'r5',
    ]);
  });
});

describe('the time index', () => {
  it('knows the span of the dates, ignoring open ends, for a time bar', () => {
    const { extent } = timeIndexOf(datedStory());
    expect(extent).toEqual({ start: day('2025-09-01'), end: day('2025-10-31') });
  });

  it('without a time window, the filters behave as before', () => {
    const graph = datedStory();
    expect([...computeVisibility(graph, NO_FILTERS).edges].sort()).toEqual(graph.edges().sort());
  });
});

describe('50,000 relations', () => {
  // Random dates (some months, some open), random claims from 40 articles of which 5 give no date.
  const random = seededRandom(13);
  const base = day('2020-01-01');
  const iso = (d: number) => new Date(d * 86_400_000).toISOString().slice(0, 10);
  const sources: Source[] = Array.from({ length: 40 }, (_, i) => ({
    id: `s${i}`,
    kind: 'article',
    title: `Article ${i}`,
    published:
      i < 5
        ? 'not given'
        : i % 3 === 0
          ? iso(base + Math.floor(random() * 2000)).slice(0, 7)
          : iso(base + Math.floor(random() * 2000)),
    cites: [],
  }));
  const relations: Relation[] = Array.from({ length: 50_000 }, (_, i) => {
    const start = base + Math.floor(random() * 2000);
    const kind = random();
    const date: Relation['date'] =
      kind < 0.1
        ? undefined
        : kind < 0.2
          ? { from: iso(start) }
          : kind < 0.5
            ? iso(start).slice(0, 7)
            : { from: iso(start), to: iso(start + Math.floor(random() * 60)) };
    const claims = Array.from({ length: Math.floor(random() * 4) }, () => ({
      source: `s${Math.floor(random() * 40)}`,
      quote: 'q',
      status: 'reported' as const,
    }));
    return {
      id: `r${i}`,
      type: 'link',
      source: 'x',
      target: 'y',
      date,
      modality: 'happened',
      disputed: false,
      claims,
      directed: true,
    };
  });
  const index = buildTimeIndex(relations, sources);
  const publishedBy = new Map(
    sources.map((s) => [s.id, eventRange(s.published === 'not given' ? undefined : s.published)?.start]),
  );

  it.each([
    ['2021-03-01', '2021-03-31', false],
    ['2020-01-01', '2020-01-01', true],
    ['2022-06-15', '2024-01-10', false],
    // A window ending mid-month of an article dated only by its month: that article counts (it could be out).
    ['2020-01-01', `${sources.find((s) => s.published.length === 7)!.published}-15`, false],
  ])('both modes agree with reading every relation on its own: %s to %s', (from, to, showUndated) => {
    const happened = selectByTime(index, window(from, to, 'happened', showUndated));
    const knownBy = selectByTime(index, window(from, to, 'known-by', showUndated));
    const expectHappened = relations.map((r) => {
      const range = eventRange(r.date);
      if (!range) return showUndated ? 1 : 0;
      return range.start <= day(to) && range.end >= day(from) ? 1 : 0;
    });
    const expectKnown = relations.map(
      (r) =>
        r.claims.filter((c) => {
          const out = publishedBy.get(c.source);
          return out === undefined ? showUndated : out <= day(to);
        }).length,
    );
    expect([...happened]).toEqual(expectHappened);
    expect([...knownBy]).toEqual(expectKnown);
    // Neither answer is trivial: some relations are in, some out.
    for (const answer of [expectHappened, expectKnown]) {
      expect(answer.some((v) => v > 0)).toBe(true);
      expect(answer.some((v) => v === 0)).toBe(true);
    }
  });
});
