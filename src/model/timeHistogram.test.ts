import { describe, expect, it } from 'vitest';
import { parseIsoDay } from './time';
import { defaultAxis, timeHistogram } from './timeHistogram';
import { datedMiniStory } from '../test/datedMiniStory';

const day = (iso: string) => parseIsoDay(iso)!;

/** See datedMiniStory.ts: article A out 30 October, B not given. */
const dated = () => datedMiniStory();

describe('the time bar histogram', () => {
  const graph = dated();

  it('counts each dated relation in the bin of its first day, an open start clamped to the axis', () => {
    const h = timeHistogram(graph, { start: day('2025-10-01'), end: day('2025-10-31') }, 'happened', 'type');
    expect(h.unit).toBe('day');
    expect(h.bins).toHaveLength(31);
    const totals = Object.fromEntries(
      h.bins.filter((b) => b.total).map((b) => [b.start - day('2025-10-01') + 1, b.total]),
    );
    // r3 and r5 (since September) on the 1st, r2 on the 11th, r1 on the 26th; r4 has no date.
    expect(totals).toEqual({ 1: 2, 11: 1, 26: 1 });
    expect(h.max).toBe(2);
  });

  it('stacks by relation type or by status', () => {
    const axis = { start: day('2025-10-01'), end: day('2025-10-31') };
    const byType = timeHistogram(graph, axis, 'happened', 'type');
    const types = new Set(['r1', 'r2', 'r3', 'r5'].map((id) => graph.getEdgeAttribute(id, 'type')));
    expect(new Set(byType.categories)).toEqual(types);
    const byStatus = timeHistogram(graph, axis, 'happened', 'status');
    const statuses = new Set(['r1', 'r2', 'r3', 'r5'].map((id) => graph.getEdgeAttribute(id, 'modality')));
    expect(new Set(byStatus.categories)).toEqual(statuses);
    const sum = (h: typeof byType) => h.bins.reduce((n, b) => n + [...b.counts.values()].reduce((a, c) => a + c, 0), 0);
    expect(sum(byType)).toBe(4);
    expect(sum(byStatus)).toBe(4);
  });

  it('"known by" counts claims on their article\'s day, and months as bins over a long axis', () => {
    const known = timeHistogram(graph, { start: day('2025-10-01'), end: day('2025-10-31') }, 'known-by', 'type');
    const claimsOfA = graph
      .mapEdges((_k, r) => r.claims.filter((c) => c.source === 'a').length)
      .reduce((a, b) => a + b);
    expect(known.bins.find((b) => b.start === day('2025-10-30'))!.total).toBe(claimsOfA);
    expect(known.bins.reduce((n, b) => n + b.total, 0)).toBe(claimsOfA);
    const long = timeHistogram(graph, { start: day('2020-01-01'), end: day('2025-12-31') }, 'happened', 'type');
    expect(long.unit).toBe('month');
    expect(long.bins[0]!.start).toBe(day('2020-01-01'));
    expect(long.bins.find((b) => b.start === day('2025-10-01'))!.end).toBe(day('2025-10-31'));
  });

  it("opens on the dated span, or the articles' span, padded", () => {
    expect(defaultAxis(graph, 'happened')).toEqual({ start: day('2025-09-01') - 3, end: day('2025-10-31') + 3 });
    expect(defaultAxis(graph, 'known-by')).toEqual({ start: day('2025-10-30') - 3, end: day('2025-10-30') + 3 });
  });
});
