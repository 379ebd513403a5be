import { describe, expect, it } from 'vitest';
import { FIXED_FACETS } from '../../model/facets';
import { DEFAULT_APPEARANCE } from '../../appearance/appearance';
import { after, openMini, people } from '../../test/explorerStates';
import { explorerReducer } from '../explorer';
import { sliceOf, undoRedoReducer } from './undoRedo';

// Undo and redo walk the history the root reducer records, so the steps are taken through it (after()); the
// action under test goes to the slice. The mini dataset is titled "Mini story": 7 entities, Russia and Putin in RU.
const RU = { type: 'togglePick', facet: FIXED_FACETS.country, value: 'RU' } as const;
const sorted = (keys: Iterable<string>) => [...keys].sort();
const day = (y: number, m: number, d: number) => Date.UTC(y, m - 1, d) / 86_400_000;
const october = { from: day(2025, 10, 1), to: day(2025, 10, 31), mode: 'happened' as const, showUndated: false };
const dated = () =>
  openMini((d) => {
    const dates: Record<string, string> = { r1: '2025-10-26', r3: '2025-10', r5: '2025-09' };
    for (const r of d.relations) r.date = dates[r.id];
  });

describe('undo and redo', () => {
  it('take back opening a graph, filters included, and take it forward again', () => {
    const opened = after(openMini(), RU, {
      type: 'loaded',
      dataset: people(1),
      origin: { name: 'other.gexf', format: 'GEXF' },
    });
    const restored = undoRedoReducer(opened, { type: 'undo' });
    expect(restored.story?.graph.order).toBe(7);
    expect(sorted(restored.visibility.nodes)).toEqual(['putin', 'russia']);
    // The story was opened without an origin: the notice names it by its title.
    expect(restored.notice).toEqual({ kind: 'restored', message: 'Restored Mini story.' });
    const again = undoRedoReducer(restored, { type: 'redo' });
    expect(again.story?.graph.order).toBe(1);
    expect(again.notice).toEqual({ kind: 'restored', message: 'Restored other.gexf.' });
    // One more undo and one more: back to the story, then to the story unfiltered.
    const back = undoRedoReducer(undoRedoReducer(again, { type: 'undo' }), { type: 'undo' });
    expect(back.visibility.nodes.size).toBe(7);
  });

  it('bring back the selection, pins, ego view, path and appearance of the step', () => {
    const path = { from: 'maduro', to: 'putin', directed: false, rules: null, bestSupported: false };
    const appearance = { ...DEFAULT_APPEARANCE, colourBy: 'metric:community' };
    const steps = after(
      openMini(),
      { type: 'select', selection: { kind: 'entity', id: 'maduro' } },
      { type: 'setEgo', hops: 1, direction: 'both' },
      { type: 'togglePin', id: 'maduro' },
      { type: 'setPath', path },
      { type: 'setAppearance', appearance },
    );
    const undo = (state: typeof steps) => undoRedoReducer(state, { type: 'undo' });
    const one = undo(steps);
    expect(one.appearance).toEqual(DEFAULT_APPEARANCE);
    expect(one.path).toBe(path);
    const two = undo(one);
    expect(two.path).toBeNull();
    expect([...two.pinned]).toEqual(['maduro']);
    const three = undo(two);
    expect(three.pinned.size).toBe(0);
    expect(three.ego?.centre).toBe('maduro');
    const four = undo(three);
    expect(four.ego).toBeNull();
    expect(four.visibility.nodes.size).toBe(7);
    expect(four.selection).toEqual({ kind: 'entity', id: 'maduro' });
    expect(undo(four).selection).toBeNull();
  });

  it('put moved nodes back where they were, and forward where the view had them', () => {
    const moved = after(openMini(), { type: 'moved', id: 'iran', from: { x: 1, y: 2 }, to: { x: 30, y: 40 } });
    const undone = undoRedoReducer(moved, { type: 'undo', positions: new Map([['iran', { x: 30, y: 40 }]]) });
    expect(undone.placement?.positions).toEqual(new Map([['iran', { x: 1, y: 2 }]]));
    const redone = undoRedoReducer(undone, { type: 'redo' });
    expect(redone.placement?.positions).toEqual(new Map([['iran', { x: 30, y: 40 }]]));
  });

  it('each tell the time bar that the view jumped; with nothing to take back or forward they change nothing', () => {
    const filtered = after(openMini(), RU);
    const undone = undoRedoReducer(filtered, { type: 'undo' });
    expect(undone.viewJumps).toBe(filtered.viewJumps + 1);
    expect(undoRedoReducer(undone, { type: 'redo' }).viewJumps).toBe(filtered.viewJumps + 2);
    expect(undoRedoReducer(undone, { type: 'undo' })).toBe(undone);
    expect(undoRedoReducer(filtered, { type: 'redo' })).toBe(filtered);
  });
});

describe('undo and redo in the middle of a time gesture', () => {
  it('undo takes back the gesture under way, leaving the earlier steps in history', () => {
    const first = after(dated(), { type: 'setTime', time: october });
    const further = after(
      first,
      { type: 'setTime', time: { ...october, from: october.from + 7 }, record: false },
      { type: 'setTime', time: { ...october, from: october.from + 14 }, record: false },
    );
    const undone = undoRedoReducer(further, { type: 'undo' });
    // Back to where the gesture began (the October window), not to the step before it.
    expect(undone.filters.time).toEqual(october);
    expect(undone.timeGesture).toBeNull();
    expect(undone.history).toBe(first.history);
    // The next undo goes on to the step before: no window at all.
    expect(explorerReducer(undone, { type: 'undo' }).filters.time).toBeUndefined();
    expect(undone.viewJumps).toBe(further.viewJumps + 1);
  });

  it('redo keeps as "now" the window the gesture began from', () => {
    const back = after(dated(), { type: 'setTime', time: october }, RU, { type: 'undo' });
    const moving = after(back, { type: 'setTime', time: { ...october, from: october.from + 14 }, record: false });
    const redone = explorerReducer(moving, { type: 'redo' });
    expect(redone.filters.picks.get(FIXED_FACETS.country)).toEqual(['RU']);
    // Undo after the redo comes back to the settled October window, not to the unsettled +14 days.
    expect(explorerReducer(redone, { type: 'undo' }).filters.time).toEqual(october);
  });
});

describe('sliceOf', () => {
  it('keeps what a step puts back', () => {
    const state = after(openMini(), RU, { type: 'togglePin', id: 'russia' });
    const slice = sliceOf(state);
    expect(slice.story).toBe(state.story);
    expect(slice.filters).toBe(state.filters);
    expect([...slice.pinned]).toEqual(['russia']);
    expect(Object.keys(slice).sort()).toEqual(
      ['appearance', 'arranged', 'ego', 'filters', 'layout', 'origin', 'path', 'pinned', 'selection', 'story'].sort(),
    );
  });
});
