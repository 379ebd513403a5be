import { describe, expect, it } from 'vitest';
import {
  canRedo,
  canUndo,
  explorerReducer,
  initialState,
  lastStepOpened,
  type Action,
  type ExplorerState,
} from './explorer';
import { FIXED_FACETS } from '../model/facets';
import { DEFAULT_APPEARANCE } from '../appearance/appearance';
import { after, mini, openMini, people } from '../test/explorerStates';

// The root reducer: each action reaches its slice (slices/*.test.ts test what each one does), and the steps of
// undo and redo are recorded here. The mini dataset: 7 entities (Russia and Putin in RU), 5 relations r1…r5.
const RU = { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' } as const;
const steps = (state: ExplorerState) => state.history.past.length;
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const october = { from: day(2025, 10, 1), to: day(2025, 10, 31), mode: 'happened' as const, showUndated: false };
const dated = (): ExplorerState =>
  openMini((d) => {
    const dates: Record<string, string> = { r1: '2025-10-26', r3: '2025-10', r5: '2025-09' };
    for (const r of d.relations) r.date = dates[r.id];
  });

describe('the root reducer', () => {
  it('sends each action to its slice', () => {
    const state = after(
      openMini(),
      { type: 'notify', notice: { kind: 'error', message: 'x' } },
      RU,
      { type: 'setLayout', layout: 'grid' },
      { type: 'metricStarted', id: 'degree' },
      { type: 'saveView', view: { id: 'v', name: 'V', caption: '', params: '' } },
      { type: 'showPanel', panel: 'lint' },
    );
    expect(state.notice).toEqual({ kind: 'error', message: 'x' });
    expect([...state.visibility.nodes].sort()).toEqual(['putin', 'russia']);
    expect(state.layout).toBe('grid');
    expect(state.metrics.running?.id).toBe('degree');
    expect(state.savedViews.map((v) => v.id)).toEqual(['v']);
    expect(state.panel).toBe('lint');
    expect(explorerReducer(state, { type: 'undo' }).layout).toBe(initialState.layout);
  });
});

describe('the steps it records', () => {
  it('starts history with the first graph shown; opening another is a step', () => {
    const first = openMini();
    expect(steps(first)).toBe(0);
    expect(canUndo(first)).toBe(false);
    // Nothing shown yet: a filter is no step either.
    expect(steps(explorerReducer(initialState, RU))).toBe(0);
    const opened = explorerReducer(first, { type: 'loaded', dataset: people(1), origin: { name: 'p', format: 'CSV' } });
    expect(steps(opened)).toBe(1);
    expect(lastStepOpened(opened)).toBe(true);
    expect(lastStepOpened(after(opened, RU))).toBe(false);
  });

  it('records one step for each action that changes what is shown', () => {
    const path = { from: 'maduro', to: 'putin', directed: false, rules: null, bestSupported: false };
    const shown: Action[] = [
      { type: 'redated', dataset: mini(), notice: { kind: 'restored', message: 'Dates.' } },
      { type: 'edited', dataset: mini((d) => d.entities.pop()), message: 'Deleted.' },
      RU,
      { type: 'setFilters', filters: initialState.filters },
      { type: 'togglePick', facet: FIXED_FACETS.country, value: 'VE' },
      { type: 'resetFilters' },
      { type: 'setTime', time: october },
      { type: 'select', selection: { kind: 'entity', id: 'maduro' } },
      { type: 'setEgo', hops: 1, direction: 'both' },
      { type: 'expandEgo', id: 'letter' },
      { type: 'collapseEgo', id: 'letter' },
      { type: 'setPath', path },
      { type: 'setAppearance', appearance: { ...DEFAULT_APPEARANCE, labelBy: 'none' } },
      { type: 'setLayout', layout: 'circle' },
      { type: 'moved', id: 'maduro', from: { x: 0, y: 0 }, to: { x: 1, y: 1 } },
      { type: 'togglePin', id: 'maduro' },
      { type: 'resetLayout' },
      { type: 'restoreView', patch: { selection: { kind: 'entity', id: 'russia' } } },
      { type: 'loaded', dataset: mini() },
    ];
    let state = dated();
    for (const action of shown) {
      const next = explorerReducer(state, action);
      expect({ action: action.type, steps: steps(next) }).toEqual({ action: action.type, steps: steps(state) + 1 });
      state = next;
    }
  });

  it('records nothing for what does not change what is shown', () => {
    const view = { id: 'v', name: 'V', caption: '', params: '' };
    const other: Action[] = [
      { type: 'busy', busy: { message: 'Reading…', fraction: null } },
      { type: 'drawn' },
      { type: 'notify', notice: { kind: 'error', message: 'x' } },
      { type: 'dismissNotice' },
      { type: 'loadFailed', message: 'bad file' },
      { type: 'showPanel', panel: 'ranking' },
      { type: 'setRankBy', metric: 'pagerank' },
      { type: 'computeMetrics' },
      { type: 'metricStarted', id: 'pagerank' },
      { type: 'metricProgress', id: 'pagerank', fraction: 0.5 },
      { type: 'metricDone', id: 'pagerank', values: new Map() },
      { type: 'metricStopped', id: 'closeness', message: 'Cancelled.' },
      { type: 'saveView', view },
      { type: 'setSavedViews', views: [view, { ...view, id: 'w' }] },
      { type: 'moveView', id: 'w', by: -1 },
      { type: 'present', step: 0 },
      { type: 'deleteView', id: 'w' },
      { type: 'resumeWork', savedViews: [], arranged: true },
      { type: 'restorePlacement', positions: new Map([['iran', { x: 1, y: 1 }]]), pinned: [] },
      { type: 'restoreView', patch: { selection: { kind: 'entity', id: 'russia' } }, record: false },
    ];
    const start = after(openMini(), RU);
    const end = after(start, ...other);
    expect(steps(end)).toBe(steps(start));
    expect(end.history).toBe(start.history);
  });

  it('records no step for an action that changes nothing, except moves and layouts, which carry positions', () => {
    const selected = after(openMini(), { type: 'select', selection: { kind: 'entity', id: 'iran' } });
    expect(steps(after(selected, { type: 'select', selection: { kind: 'entity', id: 'iran' } }))).toBe(1);
    const moved = after(openMini(), { type: 'moved', id: 'iran', from: { x: 3, y: 4 }, to: { x: 5, y: 6 } });
    expect(moved.history.past[0]?.positions).toEqual(new Map([['iran', { x: 3, y: 4 }]]));
    const before = new Map([['iran', { x: 7, y: 8 }]]);
    const laidOut = after(openMini(), { type: 'setLayout', layout: 'fcose', before });
    expect(laidOut.history.past[0]?.positions).toBe(before);
  });

  it('clears what could be redone when a new step is taken', () => {
    const undone = after(openMini(), RU, { type: 'undo' });
    expect(canRedo(undone)).toBe(true);
    expect(canRedo(after(undone, { type: 'select', selection: { kind: 'entity', id: 'iran' } }))).toBe(false);
  });
});

describe('a time gesture', () => {
  it('filters as it goes and is one step back to the window before it', () => {
    const start = dated();
    const dragging = explorerReducer(start, {
      type: 'setTime',
      time: { ...october, to: october.to - 12 },
      record: false,
    });
    expect(steps(dragging)).toBe(steps(start));
    expect(dragging.timeGesture?.filters).toBe(start.filters);
    const settled = explorerReducer(dragging, { type: 'setTime', time: october });
    // Dated in October: r1 (the 26th) and r3 (the month).
    expect([...settled.visibility.edges].sort()).toEqual(['r1', 'r3']);
    expect(steps(settled)).toBe(steps(start) + 1);
    expect(settled.timeGesture).toBeNull();
    const undone = explorerReducer(settled, { type: 'undo' });
    expect(undone.filters.time).toBeUndefined();
    expect(undone.visibility.edges.size).toBe(5);
  });

  it('brings back a selection the gesture hid, with the window before it', () => {
    const selected = explorerReducer(dated(), { type: 'select', selection: { kind: 'relation', id: 'r1' } });
    // r1 is dated 26 October: a window on early October hides it, and the selection with it.
    const early = { ...october, to: day(2025, 10, 10) };
    const dragging = explorerReducer(selected, { type: 'setTime', time: early, record: false });
    expect(dragging.selection).toBeNull();
    const settled = explorerReducer(dragging, { type: 'setTime', time: early });
    const undone = explorerReducer(settled, { type: 'undo' });
    expect(undone.selection).toEqual({ kind: 'relation', id: 'r1' });
    expect(undone.filters.time).toBeUndefined();
  });

  it('ends without a step when something else happens before the window settles', () => {
    const dragging = explorerReducer(dated(), { type: 'setTime', time: october, record: false });
    const panel = explorerReducer(dragging, { type: 'showPanel', panel: 'chronology' });
    expect(panel.timeGesture).toBeNull();
    expect(steps(panel)).toBe(0);
  });
});
