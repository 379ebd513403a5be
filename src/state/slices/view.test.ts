import { describe, expect, it } from 'vitest';
import { FIXED_FACETS } from '../../model/facets';
import { NO_FILTERS } from '../../model/filters';
import { MAX_HOPS } from '../../model/ego';
import { DEFAULT_APPEARANCE } from '../../appearance/appearance';
import { after, openMini } from '../../test/explorerStates';
import { initialState } from '../explorer';
import { viewReducer } from './view';

// The mini dataset: Maduro wrote a letter (r1) that Velásquez carried (r2) to Putin (r3); Maduro asked Russia (r4)
// and Velásquez asked Iran (r5) for aid. Russia and Putin are in RU, Iran in IR, the others but one in VE.
const country = FIXED_FACETS.country;
const sorted = (keys: Iterable<string>) => [...keys].sort();
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const october = { from: day(2025, 10, 1), to: day(2025, 10, 31), mode: 'happened' as const, showUndated: false };
const dated = () =>
  openMini((d) => {
    const dates: Record<string, string> = { r1: '2025-10-26', r3: '2025-10', r5: '2025-09' };
    for (const r of d.relations) r.date = dates[r.id];
  });
const stopped = () => after(openMini(), { type: 'metricStopped', id: 'pagerank', message: 'Cancelled.' });

describe('filters', () => {
  it('togglePick shows what the pick lets through, and a second toggle takes it off', () => {
    const filtered = viewReducer(openMini(), { type: 'togglePick', facet: country, value: 'RU' });
    expect(sorted(filtered.visibility.nodes)).toEqual(['putin', 'russia']);
    const again = viewReducer(filtered, { type: 'togglePick', facet: country, value: 'RU' });
    expect(again.visibility.nodes.size).toBe(7);
  });

  it('setFilters applies the filters given', () => {
    const filters = { ...NO_FILTERS, picks: new Map([[country, ['IR']]]) };
    const state = viewReducer(openMini(), { type: 'setFilters', filters });
    expect(state.filters).toBe(filters);
    expect(sorted(state.visibility.nodes)).toEqual(['iran']);
  });

  it('resetFilters shows everything again', () => {
    const filtered = viewReducer(openMini(), { type: 'togglePick', facet: country, value: 'RU' });
    const reset = viewReducer(filtered, { type: 'resetFilters' });
    expect(reset.filters.picks.size).toBe(0);
    expect(reset.visibility.nodes.size).toBe(7);
    expect(reset.visibility.edges.size).toBe(5);
  });

  it('setTime shows the relations dated inside the window, and null shows them all again', () => {
    const windowed = viewReducer(dated(), { type: 'setTime', time: october });
    expect(windowed.filters.time).toEqual(october);
    expect(sorted(windowed.visibility.edges)).toEqual(['r1', 'r3']);
    const open = viewReducer(windowed, { type: 'setTime', time: null });
    expect('time' in open.filters).toBe(false);
    expect(open.visibility.edges.size).toBe(5);
  });

  it('filters with no graph open are kept for when one opens', () => {
    const state = viewReducer(initialState, { type: 'togglePick', facet: country, value: 'RU' });
    expect(state.filters.picks.get(country)).toEqual(['RU']);
  });
});

describe('select', () => {
  it('selects, centring only when asked', () => {
    const centred = viewReducer(openMini(), {
      type: 'select',
      selection: { kind: 'entity', id: 'maduro' },
      centre: true,
    });
    expect(centred.selection).toEqual({ kind: 'entity', id: 'maduro' });
    expect(centred.centreOnSelection).toBe(true);
    const plain = viewReducer(centred, { type: 'select', selection: { kind: 'relation', id: 'r4' } });
    expect(plain.selection).toEqual({ kind: 'relation', id: 'r4' });
    expect(plain.centreOnSelection).toBe(false);
    expect(viewReducer(plain, { type: 'select', selection: null }).selection).toBeNull();
  });

  it('is dropped when the filters hide it, kept while they show it; a source stays selected whatever they hide', () => {
    const selected = viewReducer(openMini(), { type: 'select', selection: { kind: 'entity', id: 'maduro' } });
    const kept = viewReducer(selected, { type: 'togglePick', facet: country, value: 'VE' });
    expect(kept.selection).toEqual({ kind: 'entity', id: 'maduro' });
    const dropped = viewReducer(kept, { type: 'togglePick', facet: FIXED_FACETS.entityType, value: 'document' });
    expect(dropped.selection).toBeNull();
    const source = viewReducer(openMini(), { type: 'select', selection: { kind: 'source', id: 'docs' } });
    const filtered = viewReducer(source, { type: 'togglePick', facet: country, value: 'IR' });
    expect(filtered.selection).toEqual({ kind: 'source', id: 'docs' });
  });
});

describe('the ego view', () => {
  const onMaduro = () => after(openMini(), { type: 'select', selection: { kind: 'entity', id: 'maduro' } });

  it('setEgo centres on the selected entity and shows what lies within the steps asked, at most MAX_HOPS', () => {
    const one = viewReducer(onMaduro(), { type: 'setEgo', hops: 1, direction: 'both' });
    expect(one.ego).toEqual({ centre: 'maduro', hops: 1, direction: 'both', expanded: [] });
    expect(sorted(one.visibility.nodes)).toEqual(['letter', 'maduro', 'russia']);
    // Only outgoing links: Maduro wrote the letter and asked Russia; the letter was addressed to Putin.
    const out = viewReducer(onMaduro(), { type: 'setEgo', hops: 2, direction: 'out' });
    expect(sorted(out.visibility.nodes)).toEqual(['letter', 'maduro', 'putin', 'russia']);
    const far = viewReducer(onMaduro(), { type: 'setEgo', hops: 9, direction: 'both' });
    expect(far.ego?.hops).toBe(MAX_HOPS);
    // Three steps reach everything linked: only the unlinked thing stays out.
    expect(sorted(far.visibility.nodes)).toEqual(['iran', 'letter', 'maduro', 'putin', 'russia', 'velasquez']);
  });

  it('setEgo with 0 steps, or with nothing to centre on, is no ego view', () => {
    const one = viewReducer(onMaduro(), { type: 'setEgo', hops: 1, direction: 'both' });
    const off = viewReducer(one, { type: 'setEgo', hops: 0, direction: 'both' });
    expect(off.ego).toBeNull();
    expect(off.visibility.nodes.size).toBe(7);
    expect(viewReducer(openMini(), { type: 'setEgo', hops: 2, direction: 'both' }).ego).toBeNull();
  });

  it('setEgo stays where it was when a relation is selected', () => {
    const one = viewReducer(onMaduro(), { type: 'setEgo', hops: 1, direction: 'both' });
    const onRelation = viewReducer(one, { type: 'select', selection: { kind: 'relation', id: 'r4' } });
    expect(viewReducer(onRelation, { type: 'setEgo', hops: 2, direction: 'in' }).ego?.centre).toBe('maduro');
  });

  it('expandEgo adds an entity’s neighbours; collapseEgo takes them away again', () => {
    const centred = viewReducer(onMaduro(), { type: 'setEgo', hops: 1, direction: 'both' });
    const grown = viewReducer(centred, { type: 'expandEgo', id: 'letter' });
    expect(grown.ego?.expanded).toEqual(['letter']);
    expect(sorted(grown.visibility.nodes)).toEqual(['letter', 'maduro', 'putin', 'russia', 'velasquez']);
    expect(viewReducer(grown, { type: 'expandEgo', id: 'letter' })).toBe(grown);
    expect(viewReducer(grown, { type: 'expandEgo', id: 'maduro' })).toBe(grown);
    const back = viewReducer(grown, { type: 'collapseEgo', id: 'letter' });
    expect(back.ego?.expanded).toEqual([]);
    expect(sorted(back.visibility.nodes)).toEqual(['letter', 'maduro', 'russia']);
    expect(viewReducer(back, { type: 'collapseEgo', id: 'letter' })).toBe(back);
  });

  it('expandEgo without an ego view starts one around the entity, one step out, and selects it', () => {
    const state = viewReducer(openMini(), { type: 'expandEgo', id: 'iran' });
    expect(state.ego).toEqual({ centre: 'iran', hops: 1, direction: 'both', expanded: [] });
    expect(state.selection).toEqual({ kind: 'entity', id: 'iran' });
    expect(sorted(state.visibility.nodes)).toEqual(['iran', 'velasquez']);
    const before = openMini();
    expect(viewReducer(before, { type: 'expandEgo', id: 'nobody' })).toBe(before);
  });
});

describe('path, appearance and ranking', () => {
  const path = { from: 'maduro', to: 'putin', directed: true, rules: null, bestSupported: false };

  it('setPath asks about a connection, and null stops asking', () => {
    const asked = viewReducer(openMini(), { type: 'setPath', path });
    expect(asked.path).toEqual(path);
    expect(viewReducer(asked, { type: 'setPath', path: null }).path).toBeNull();
  });

  it('setAppearance changes the look and clears the message of a metric that stopped', () => {
    const appearance = { ...DEFAULT_APPEARANCE, colourBy: 'metric:community' };
    const state = viewReducer(stopped(), { type: 'setAppearance', appearance });
    expect(state.appearance).toBe(appearance);
    expect(state.metrics.message).toBeNull();
  });

  it('setRankBy ranks by another metric and clears the message of a metric that stopped', () => {
    const state = viewReducer(stopped(), { type: 'setRankBy', metric: 'pagerank' });
    expect(state.rankBy).toBe('pagerank');
    expect(state.metrics.message).toBeNull();
  });
});

describe('restoreView', () => {
  it('applies what the view carries and leaves the rest', () => {
    const before = after(openMini(), {
      type: 'setPath',
      path: { from: 'maduro', to: 'iran', directed: false, rules: null, bestSupported: false },
    });
    const appearance = { ...DEFAULT_APPEARANCE, sizeBy: 'metric:pagerank' };
    const state = viewReducer(before, {
      type: 'restoreView',
      patch: {
        filters: { ...NO_FILTERS, picks: new Map([[country, ['RU']]]) },
        selection: { kind: 'entity', id: 'putin' },
        appearance,
        camera: { x: 1, y: 2, width: 30, height: 40 },
      },
      animate: true,
    });
    expect(sorted(state.visibility.nodes)).toEqual(['putin', 'russia']);
    expect(state.selection).toEqual({ kind: 'entity', id: 'putin' });
    expect(state.centreOnSelection).toBe(false);
    expect(state.appearance).toBe(appearance);
    expect(state.cameraRequest).toEqual({ camera: { x: 1, y: 2, width: 30, height: 40 }, animate: true });
    // Not in the view: the path asked before stays.
    expect(state.path?.to).toBe('iran');
    // Each restored view tells the time bar (a run under way ends).
    expect(state.viewJumps).toBe(before.viewJumps + 1);
  });

  it('applies an ego view, a path and a time window', () => {
    const path = { from: 'maduro', to: 'putin', directed: true, rules: null, bestSupported: false };
    const ego = { centre: 'maduro', hops: 1, direction: 'both' as const, expanded: [] };
    const state = viewReducer(dated(), { type: 'restoreView', patch: { ego, path, time: october } });
    expect(state.ego).toBe(ego);
    expect(state.path).toBe(path);
    expect(state.filters.time).toEqual(october);
    // One step from Maduro, and dated in October: only the letter he wrote.
    expect(sorted(state.visibility.edges)).toEqual(['r1']);
  });

  it('runs another layout, unless what opens with the page brings back an arrangement', () => {
    const state = viewReducer(openMini(), { type: 'restoreView', patch: { layout: 'circle' } });
    expect(state.layout).toBe('circle');
    expect(state.layoutRun).toBe(openMini().layoutRun + 1);
    const arranged = after(openMini(), { type: 'moved', id: 'iran', from: { x: 0, y: 0 }, to: { x: 5, y: 5 } });
    const restored = viewReducer(arranged, { type: 'restoreView', patch: { layout: 'grid' }, record: false });
    expect(restored.layout).toBe('grid');
    expect(restored.layoutRun).toBe(arranged.layoutRun);
  });

  it('shows its notice, keeps the one on screen when it has none, and clears it on null', () => {
    const told = after(openMini(), { type: 'notify', notice: { kind: 'error', message: 'x' } });
    const notice = { kind: 'warning', message: 'Part of the link was not understood.' } as const;
    expect(viewReducer(told, { type: 'restoreView', patch: {}, notice }).notice).toBe(notice);
    expect(viewReducer(told, { type: 'restoreView', patch: {} }).notice).toBe(told.notice);
    expect(viewReducer(told, { type: 'restoreView', patch: {}, notice: null }).notice).toBeNull();
  });
});
